import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, daysFromToday, must, mustRefuse, newHousehold } from '../../support/steps.ts';

const visit = (visitedOn: string, metRecipient: boolean) => ({ visitedOn, visitKind: 'home', metRecipient, summary: metRecipient ? '本人と面会し生活状況を確認した。' : '不在のため面会できなかった。' });

/** 06.3.2, 06.3.4: a visit that took place is registered; one dated after today is refused. */
export const futureVisitRefused = defineCheck({
  id: 'casework.visit-in-future-refused',
  title: { ja: '訪問記録を登録でき、当日より後の訪問日は拒否される', en: 'Visits are registered, and a visit dated after today is refused' },
  verifies: ['06.3.2', '06.3.4'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const path = { householdId };
    const registered = visit(daysFromToday(-3), true);
    const done = await must(ctx, cw, 'createVisitRecord', { path, body: registered }, 201, { ja: '訪問記録の登録', en: 'registering a visit' });
    await mustRefuse(ctx, cw, 'createVisitRecord', { path, body: visit(daysFromToday(40), true) }, { ja: '当日より後の日を訪問日とする訪問記録', en: 'a visit dated after today' });
    const visits = await allItems(ctx, cw, 'listVisitRecords', { path }, { ja: '訪問記録の一覧', en: 'listing visits' });
    if (visits.length !== 1 || visits[0]?.visitId !== done.visitId) {
      ctx.fail({ ja: `世帯の訪問記録が登録した1件だけでない（${visits.length} 件）`, en: `the household's visits are not just the one registered (${visits.length})` });
    }
    const differing = (['visitedOn', 'visitKind', 'metRecipient', 'summary'] as const).filter((k) => visits[0]?.[k] !== registered[k]);
    if (differing.length > 0) {
      ctx.fail({ ja: `訪問記録が登録したとおりに記録されない（${differing.join('・')}）`, en: `the visit is not recorded as registered (${differing.join(', ')})` });
    }
  },
});

/** 06.3.1, 06.3.5, 06.3.6: overdue on asOf when no visit with a meeting within the interval; absent visits do not count. */
export const overdueVisits = defineCheck({
  id: 'casework.overdue-visits',
  title: { ja: '訪問計画の間隔内に面会した訪問がない世帯が訪問遅延となり、不在の訪問は数えない', en: 'A household without a visit with a meeting within the interval is overdue; absent visits do not count' },
  verifies: ['06.3.1', '06.3.5', '06.3.6'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const path = { householdId };
    await must(ctx, cw, 'createVisitPlan', { path, body: { validFrom: '2024-01-01', intervalMonths: 1, purpose: '生活状況の把握' } }, 201, { ja: '訪問計画の登録', en: 'registering a visit plan' });
    await must(ctx, cw, 'createVisitRecord', { path, body: visit('2024-03-01', true) }, 201, { ja: '面会した訪問の登録', en: 'registering a visit with a meeting' });
    await must(ctx, cw, 'createVisitRecord', { path, body: visit('2024-04-10', false) }, 201, { ja: '不在の訪問の登録', en: 'registering an absent visit' });
    const overdueOn = async (asOf: string) =>
      (await allItems(ctx, cw, 'listOverdueVisits', { query: { asOf } }, { ja: `訪問遅延の一覧（${asOf}）`, en: `listing overdue visits (${asOf})` }, 200)).some((o) => o.householdId === householdId);
    if (await overdueOn('2024-03-20')) {
      ctx.fail({ ja: '間隔内（2024-03-01）に面会した世帯が 2024-03-20 時点で訪問遅延とされた', en: 'a household met on 2024-03-01 is overdue on 2024-03-20 with a monthly plan' });
    }
    if (!(await overdueOn('2024-04-20'))) {
      ctx.fail({
        ja: '月1回の訪問計画で最後の面会が 2024-03-01（2024-04-10 は不在）の世帯が、2024-04-20 時点で訪問遅延とされない',
        en: 'a household with a monthly plan, last met on 2024-03-01 (absent on 2024-04-10), is not overdue on 2024-04-20',
      });
    }
  },
});
