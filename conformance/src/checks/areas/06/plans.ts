import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, must, mustRefuse, newHousehold } from '../../support/steps.ts';

const plan = (establishedOn: string, reviewDueOn?: string) => ({
  establishedOn,
  issues: '就労意欲の低下',
  goal: '就労による自立',
  measures: '就労支援事業への参加を促す',
  ...(reviewDueOn !== undefined && { reviewDueOn }),
});

/** 06.2.1–06.2.4: a review date within one year, review overdue for asOf, the current plan and its history. */
export const assistancePlanReview = defineCheck({
  id: 'casework.assistance-plan-review',
  title: { ja: '援助方針の見直し予定日は1年以内に限られ、期限超過と現行の方針を識別できる', en: 'An assistance plan is reviewed within a year; overdue reviews and the current plan are identified' },
  verifies: ['06.2.1', '06.2.2', '06.2.3', '06.2.4'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const path = { householdId };
    await mustRefuse(ctx, cw, 'createAssistancePlan', { path, body: plan('2024-04-01', '2025-06-01') }, { ja: '策定日から1年を超える見直し予定日', en: 'a review date more than a year after the plan' });
    await mustRefuse(ctx, cw, 'createAssistancePlan', { path, body: plan('2024-04-01', '2024-04-01') }, { ja: '策定日と同じ日の見直し予定日', en: 'a review date on the day of the plan' });
    const first = await must(ctx, cw, 'createAssistancePlan', { path, body: plan('2024-04-01', '2025-03-01') }, 201, { ja: '援助方針の登録', en: 'registering a plan' });
    const list = (asOf: string) => allItems(ctx, cw, 'listAssistancePlans', { path, query: { asOf } }, { ja: '援助方針の一覧', en: 'listing plans' });
    let plans = await list('2025-02-28');
    if (plans.length !== 1) ctx.fail({ ja: `拒否された援助方針が登録されている（${plans.length} 件）`, en: `refused plans were registered (${plans.length} plans)` });
    const registered = plan('2024-04-01', '2025-03-01');
    const differing = (['establishedOn', 'issues', 'goal', 'measures', 'reviewDueOn'] as const).filter((k) => plans[0]?.[k] !== registered[k]);
    if (differing.length > 0) {
      ctx.fail({ ja: `登録した援助方針の内容が登録したとおりでない（${differing.join('・')}）`, en: `the plan does not read back as registered (${differing.join(', ')})` });
    }
    if (plans[0]?.reviewOverdue !== false || plans[0]?.current !== true) {
      ctx.fail({ ja: '見直し予定日前の現行の援助方針が、現行かつ期限内と示されない', en: 'the current plan before its review date is not shown as current and not overdue' });
    }
    plans = await list('2025-03-02');
    if (plans[0]?.reviewOverdue !== true) ctx.fail({ ja: '見直し予定日を過ぎた現行の援助方針が期限超過と識別されない', en: 'the current plan past its review date is not identified as overdue' });

    const second = await must(ctx, cw, 'createAssistancePlan', { path, body: plan('2025-03-10', '2026-03-01') }, 201, { ja: '新たな援助方針の登録', en: 'registering a new plan' });
    plans = await list('2025-03-20');
    const old = plans.find((p) => p.planId === first.planId);
    const now = plans.find((p) => p.planId === second.planId);
    if (!old || !now || old.current !== false || now.current !== true) {
      ctx.fail({ ja: '従前の援助方針が履歴として残らないか、現行の方針を識別できない', en: 'the previous plan is not kept as history or the current one is not identified' });
    }
  },
});
