import { defineCheck } from '../../../engine/registry.ts';
import { caseDecision } from '../../data/protection.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import { assessClaim, claimBody, failWith, isoDay, protectedHousehold, readClaim, type Fault } from './support.ts';

/** 10.1.10: once protection is discontinued, claims of the household are still assessed and paid into. */
export const claimsAfterDiscontinuation = defineCheck({
  id: 'claim.managed-after-discontinuation',
  title: {
    ja: '保護を廃止した世帯についても返還金・徴収金を調定し、納付を記録できる',
    en: 'Claims of a household whose protection was discontinued can still be assessed and paid into',
  },
  verifies: ['10.1.10'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const before = String((await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 20_000, inKindCostAmount: 20_000 }))).claimId);
    await caseDecision(ctx, householdId, {
      type: 'discontinue', decidedOn: isoDay(0), effectiveOn: isoDay(0), discontinuationReason: '04',
      reasonText: '就労収入の増加により保護を要しなくなったため廃止する。（見本データ）',
    });
    const household = await must(ctx, caseworker, 'getHousehold', { path: { householdId } }, 200, { ja: '廃止した世帯の照会', en: 'reading the discontinued household' });
    if (household.protectionStatus !== 'discontinued') return ctx.skip(`a household discontinued by createCaseDecision (its protectionStatus is ${String(household.protectionStatus)})`);

    const after = await send(caseworker, 'createClaim', { body: claimBody(householdId, { basis: '78', principalAmount: 30_000, inKindCostAmount: 30_000, assessedOn: isoDay(0) }) });
    if (after.status !== 201) faults.push({ ja: `廃止後の世帯の徴収金の調定が 201 でなく ${after.status}`, en: `assessing a claim of the discontinued household answered ${after.status}, not 201` });
    const claims: [string, number][] = [[before, 5_000], ...(after.status === 201 ? [[String((after.body as Record<string, unknown>).claimId), 10_000] as [string, number]] : [])];
    for (const [claimId, amount] of claims) {
      const paid = await send(accountant, 'recordClaimPayment', { path: { claimId }, body: { paidOn: isoDay(0), amount, method: 'payment-slip' } });
      if (paid.status !== 200 && paid.status !== 201) faults.push({ ja: `廃止後の世帯の債権 ${claimId} への納付の記録が ${paid.status} で応答した`, en: `recording a payment into claim ${claimId} of the discontinued household answered ${paid.status}` });
      else if ((await readClaim(ctx, claimId)).paidTotal !== amount) faults.push({ ja: `廃止後の納付（${amount} 円）が債権 ${claimId} に反映されていない`, en: `the payment of ${amount} after the discontinuation is not on claim ${claimId}` });
    }
    failWith(ctx, { ja: '保護廃止後の債権管理ができない', en: 'Claims are not managed after the discontinuation' }, faults);
  },
});
