import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { caseDecision, plainHousehold, protectedHousehold } from '../../data/protection.ts';
import { uniqueSection } from '../../data/fixtures.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, daysFromToday, must, newHousehold, type Step } from '../../support/steps.ts';

const visit = (visitedOn: string) => ({ visitedOn, visitKind: 'home', metRecipient: true, summary: '生活状況を確認した。' });
/** A monthly plan from a past date: with no visit, the household is overdue on any later asOf. */
const monthlyPlan = (validFrom: string) => ({ validFrom, intervalMonths: 1, purpose: '生活状況の把握' });

/** Overdue households on asOf, by the query, as the set of ids among `ours` (sorted). */
async function overdueAmong(ctx: CheckContext, client: HogoClient<Edition>, query: Record<string, string>, ours: string[], what: Step): Promise<string> {
  const items = await allItems(ctx, client, 'listOverdueVisits', { query }, what);
  return items.map((o) => String(o.householdId)).filter((id) => ours.includes(id)).sort().join(',');
}

/** 06.3.3: a household's visits listed in visitedOn order, whatever the order they were registered in. */
export const visitListOrder = defineCheck({
  id: 'casework.visit-list-in-date-order',
  title: { ja: '世帯の訪問記録を訪問日の順に一覧できる', en: "A household's visits are listed in visit-date order" },
  verifies: ['06.3.3'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const made = [];
    for (const days of [-10, -30, -20]) {
      made.push(await must(ctx, cw, 'createVisitRecord', { path: { householdId }, body: visit(daysFromToday(days)) }, 201, { ja: '訪問記録の登録', en: 'registering a visit' }));
    }
    const expected = [made[1], made[2], made[0]].map((v) => String(v?.visitId)).join(',');
    const listed = (await allItems(ctx, cw, 'listVisitRecords', { path: { householdId } }, { ja: '訪問記録の一覧', en: 'listing visits' })).map((v) => String(v.visitId)).join(',');
    if (listed !== expected) ctx.fail({ ja: `訪問記録の一覧が訪問日の順（${expected}）でない: ${listed}`, en: `the visits are not in visit-date order (${expected}): ${listed}` });
  },
});

/** 06.3.7: the overdue list narrowed by section, by case worker, and by both. */
export const overdueBySectionAndCaseworker = defineCheck({
  id: 'casework.overdue-visits-by-section-and-caseworker',
  title: { ja: '訪問遅延の一覧を係及び地区担当員で絞り込める', en: 'Overdue visits are listed by section and by case worker' },
  verifies: ['06.3.7'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const tag = uniqueSection().slice(-10);
    const [workerA, workerB] = [`conformance-cw-a${tag}`, `conformance-cw-b${tag}`];
    const [sectionS, sectionT] = [uniqueSection(), uniqueSection()];
    const made: Record<string, string> = {};
    for (const [key, section, worker] of [['SA', sectionS, workerA], ['SB', sectionS, workerB], ['TA', sectionT, workerA]] as const) {
      const { household, householdId } = await plainHousehold(ctx, { section, assignedCaseworker: worker }, cw);
      if (household.assignedCaseworker !== worker) ctx.skip(`a household registered with assignedCaseworker ${worker} (createHousehold did not keep it)`);
      await must(ctx, cw, 'createVisitPlan', { path: { householdId }, body: monthlyPlan('2024-01-01') }, 201, { ja: '訪問計画の登録', en: 'registering a visit plan' });
      made[key] = householdId;
    }
    const ours = Object.values(made);
    const asOf = '2024-06-01';
    const cases: [Record<string, string>, string[], Step][] = [
      [{ asOf, section: sectionS }, [made.SA!, made.SB!], { ja: '係で絞り込んだ訪問遅延の一覧', en: 'overdue visits by section' }],
      [{ asOf, assignedCaseworker: workerA }, [made.SA!, made.TA!], { ja: '地区担当員で絞り込んだ訪問遅延の一覧', en: 'overdue visits by case worker' }],
      [{ asOf, section: sectionS, assignedCaseworker: workerA }, [made.SA!], { ja: '係・地区担当員で絞り込んだ訪問遅延の一覧', en: 'overdue visits by section and case worker' }],
    ];
    for (const [query, wanted, what] of cases) {
      const want = [...wanted].sort().join(',');
      const got = await overdueAmong(ctx, cw, query, ours, what);
      if (got !== want) ctx.fail({ ja: `${what.ja}が ${want} でなく ${got || 'なし'}`, en: `${what.en}: ${got || 'none'} instead of ${want}` });
    }
  },
});

/** 06.3.8: households whose protection is discontinued or transferred drop out of the overdue list. */
export const overdueLeavesOutClosedCases = defineCheck({
  id: 'casework.overdue-visits-leave-out-closed-cases',
  title: { ja: '保護が廃止され、又は移管された世帯は訪問遅延の一覧に含まれない', en: 'Discontinued and transferred households are not listed as overdue' },
  verifies: ['06.3.8'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const section = uniqueSection();
    const startOn = daysFromToday(-100);
    const closedOn = daysFromToday(-5);
    const ours: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { householdId } = await protectedHousehold(ctx, { section, startOn }, cw);
      await must(ctx, cw, 'createVisitPlan', { path: { householdId }, body: monthlyPlan(startOn) }, 201, { ja: '訪問計画の登録', en: 'registering a visit plan' });
      ours.push(householdId);
    }
    const [toDiscontinue, toTransfer] = ours as [string, string];
    const listed = () => overdueAmong(ctx, cw, { section }, ours, { ja: '訪問遅延の一覧', en: 'listing overdue visits' });
    const before = await listed();
    if (before !== [...ours].sort().join(',')) {
      ctx.fail({ ja: `100日前から訪問のない保護中の世帯が訪問遅延とされない（${before || 'なし'}）`, en: `protected households unvisited for 100 days are not overdue (${before || 'none'})` });
    }
    await caseDecision(ctx, toDiscontinue, { type: 'discontinue', decidedOn: closedOn, effectiveOn: closedOn, discontinuationReason: '04', reasonText: '保護を要しなくなったため廃止する。（試験データ）' }, cw);
    await must(ctx, cw, 'transferCase', { path: { householdId: toTransfer }, body: {
      destinationLgCode: '011002', destinationOfficeName: '見本市福祉事務所', movedOn: daysFromToday(-10), destinationNotifiedOn: daysFromToday(-8),
      decidedOn: daysFromToday(-7), effectiveOn: closedOn, reasonText: '見本市へ転居したため、保護の実施責任を移管する。（試験データ）',
    } }, 201, { ja: '移管の登録', en: 'registering the transfer' });
    const after = await listed();
    if (after !== '') {
      ctx.fail({ ja: `廃止又は移管された世帯が訪問遅延の一覧に含まれる（${after}）`, en: `discontinued or transferred households are listed as overdue (${after})` });
    }
  },
});
