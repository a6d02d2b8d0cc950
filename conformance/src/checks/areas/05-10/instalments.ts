import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { isRefusal } from '../../support/steps.ts';
import { claimBody, claimsOf, failWith, isoDay, protectedHousehold, readClaim, type Fault } from './support.ts';

/** 10.2.5: a claim records its instalment plan (due date and amount of each instalment); a plan not summing to the claim is refused. */
export const instalmentPlanRecorded = defineCheck({
  id: 'claim.instalment-plan-recorded',
  title: {
    ja: '債権ごとに各回の納期限と金額からなる分納計画を記録でき、調定額と合計が一致しない分納計画は拒否される',
    en: 'A claim records its instalment plan (due date and amount of each instalment); a plan not summing to the claim is refused',
  },
  verifies: ['10.2.5'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const plan = [{ dueDate: isoDay(30), amount: 20_000 }, { dueDate: isoDay(61), amount: 20_000 }, { dueDate: isoDay(91), amount: 20_000 }];
    const body = claimBody(householdId, { basis: '63', principalAmount: 60_000, inKindCostAmount: 60_000, dueDate: isoDay(30) });
    const short = await send(caseworker, 'createClaim', { body: { ...body, instalments: plan.slice(0, 2) } });
    if (!isRefusal(short)) faults.push({ ja: `合計（40000円）が調定額（60000円）と一致しない分納計画の調定が ${short.status} で応答した`, en: `a plan summing to 40000 for a claim of 60000 answered ${short.status}` });
    if ((await claimsOf(ctx, householdId)).length > 0) faults.push({ ja: '拒否されるべき分納計画の債権が記録されていた', en: 'the claim with the plan that must be refused was recorded' });

    const ok = await send(caseworker, 'createClaim', { body: { ...body, instalments: plan } });
    if (ok.status !== 201) faults.push({ ja: `分納計画付きの調定が 201 でなく ${ok.status}`, en: `a claim with an instalment plan answered ${ok.status}, not 201` });
    else {
      const claim = await readClaim(ctx, String((ok.body as Record<string, unknown>).claimId));
      const kept = (Array.isArray(claim.instalments) ? (claim.instalments as Record<string, unknown>[]) : []).map((i) => ({ dueDate: i.dueDate, amount: i.amount }));
      if (JSON.stringify(kept) !== JSON.stringify(plan)) faults.push({ ja: `債権の分納計画が登録どおり（3回、各20000円）でない（${JSON.stringify(kept)}）`, en: `the claim's instalment plan is not as assessed (3 × 20000): ${JSON.stringify(kept)}` });
    }
    failWith(ctx, { ja: '分納計画が記録されない', en: 'The instalment plan is not recorded' }, faults);
  },
});
