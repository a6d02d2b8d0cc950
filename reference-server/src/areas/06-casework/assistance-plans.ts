import type { HogoAdapter } from '@hogo-kit/sdk';
import { recordsWhere, type Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { addMonths, byKeys, householdRecordInPath, staffOf, type Schemas } from './common.ts';

type AssistancePlan = Schemas['AssistancePlan'];

/** The household's plans with `current` (latest establishedOn; ties: registered last) and `reviewOverdue` for asOf. */
export function plansOf(tx: Reader, householdId: string, asOf: string): AssistancePlan[] {
  const plans = recordsWhere<AssistancePlan>(tx, 'AssistancePlan', (p) => p.householdId === householdId)
    .map((r) => r.value)
    .sort(byKeys((p) => p.establishedOn, (p) => p.createdAt, (p) => p.planId));
  const currentId = plans.at(-1)?.planId;
  return plans
    .map((p) => {
      const current = p.planId === currentId;
      return { ...p, current, reviewOverdue: current && asOf > p.reviewDueOn };
    })
    .reverse();
}

export function assistancePlans(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 06.2.1, 06.2.2, 06.2.4: a new plan; earlier plans stay as history. */
    async createAssistancePlan({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdRecordInPath(tx, path.householdId).value;
        const yearLater = addMonths(body.establishedOn, 12);
        const reviewDueOn = body.reviewDueOn ?? yearLater;
        if (reviewDueOn <= body.establishedOn || (reviewDueOn > yearLater && !hasMutant(env, 'review-date-beyond-a-year'))) {
          throw ruleBroken('review-date-out-of-range', '/body/reviewDueOn', {
            ja: `見直し予定日は策定日の翌日から1年以内（${yearLater}まで）の日としてください`,
            en: `The review date must be after the date the plan was set and no later than ${yearLater}`,
          });
        }
        const planId = newId(tx, 'AP');
        const plan: AssistancePlan = {
          planId,
          householdId: household.householdId,
          establishedOn: hasMutant(env, 'plan-established-on-from-clock') ? env.clock.today() : body.establishedOn,
          issues: body.issues,
          goal: body.goal,
          measures: body.measures,
          reviewDueOn,
          current: true,
          reviewOverdue: false,
          createdBy: staffOf(ctx),
          createdAt: env.clock.now().toISOString(),
        };
        tx.put('AssistancePlan', planId, plan);
        const plans = plansOf(tx, household.householdId, env.clock.today());
        for (const p of plans) {
          const stored = tx.get<AssistancePlan>('AssistancePlan', p.planId)!.value;
          if (stored.current !== p.current) tx.put('AssistancePlan', p.planId, { ...stored, current: p.current });
        }
        return plans.find((p) => p.planId === planId)!;
      });
    },

    /** 06.2.1, 06.2.3, 06.2.4: newest first, current flag and reviewOverdue for asOf. */
    async listAssistancePlans({ path, query }) {
      householdRecordInPath(env.store, path.householdId);
      const asOf = hasMutant(env, 'plan-overdue-ignores-as-of') ? env.clock.today() : query.asOf ?? env.clock.today();
      const plans = plansOf(env.store, path.householdId, asOf);
      return page(hasMutant(env, 'plan-history-not-listed') ? plans.filter((p) => p.current) : plans, query);
    },
  };
}
