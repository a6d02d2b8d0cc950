import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { agreeDeduction, assessClaim, CASH_TOTAL, claimBody, failWith, freshMonth, isoDay, monthOf, protectedHousehold, readClaim, regularPayments, runFreshMonth, type Fault } from './support.ts';

type Json = Record<string, unknown>;
const agreementBody = (overrides: Json = {}) => ({
  requestedOn: isoDay(-1), monthlyAmount: 5_000, startMonth: monthOf(isoDay(-1)), livelihoodConfirmed: true, documentReference: '見本-申出-0002', ...overrides,
});
const refused = (status: number) => status === 400 || status === 409 || status === 422;

/** 10.3.3 and 10.3.4: agreements only for Art. 77-2 / 78 claims, and only with the livelihood confirmation. */
export const agreementRules = defineCheck({
  id: 'deduction.agreement-rules',
  title: {
    ja: '徴収の同意は法第77条の2・第78条の債権に限り、生活維持の確認があるときに限り登録できる',
    en: 'A deduction agreement is recorded only for Art. 77-2 / 78 claims and only with the livelihood confirmed',
  },
  verifies: ['10.3.3', '10.3.4'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const on63 = String((await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 30_000, inKindCostAmount: 30_000 }))).claimId);
    const on78 = String((await assessClaim(ctx, claimBody(householdId, { basis: '78', principalAmount: 30_000, inKindCostAmount: 30_000 }))).claimId);
    const agree = (claimId: string, overrides: Json = {}) => send(caseworker, 'createDeductionAgreement', { path: { claimId }, body: agreementBody(overrides) });

    const a63 = await agree(on63);
    if (!refused(a63.status)) faults.push({ ja: `法第63条の返還金への徴収の同意が ${a63.status} で応答した`, en: `an agreement for an Art. 63 repayment answered ${a63.status}` });
    const unconfirmed = await agree(on78, { livelihoodConfirmed: false });
    if (!refused(unconfirmed.status)) faults.push({ ja: `生活維持の確認のない同意が ${unconfirmed.status} で応答した`, en: `an agreement without the livelihood confirmation answered ${unconfirmed.status}` });
    const { livelihoodConfirmed: _omit, ...withoutFlag } = agreementBody();
    const missing = await send(caseworker, 'createDeductionAgreement', { path: { claimId: on78 }, body: withoutFlag });
    if (!refused(missing.status)) faults.push({ ja: `生活維持の確認を欠く同意が ${missing.status} で応答した`, en: `an agreement lacking the livelihood confirmation answered ${missing.status}` });
    for (const claimId of [on63, on78]) {
      const claim = await readClaim(ctx, claimId);
      if (Array.isArray(claim.deductionAgreements) && claim.deductionAgreements.length > 0) faults.push({ ja: `拒否されるべき同意が債権 ${claimId} に記録されていた`, en: `an agreement that must be refused was recorded on claim ${claimId}` });
    }
    const ok = await agree(on78);
    if (ok.status !== 201) faults.push({ ja: `法第78条の徴収金への確認付きの同意が 201 でなく ${ok.status}`, en: `a confirmed agreement for an Art. 78 claim answered ${ok.status}, not 201` });
    else {
      const kept = (await readClaim(ctx, on78)).deductionAgreements;
      const shown = [ok.body as Json, ...(Array.isArray(kept) ? (kept as Json[]) : [])];
      if (shown.length !== 2 || shown.some((a) => a.livelihoodConfirmed !== true)) faults.push({ ja: '登録された同意に生活維持の確認が記録されていない', en: 'the agreement is not recorded with the livelihood confirmation' });
    }
    failWith(ctx, { ja: '徴収の同意の登録が規則どおりでない', en: 'Deduction agreements are not recorded as the rules say' }, faults);
  },
});

/** 05.1.8: the deduction is capped so that the recipient's part is never negative. */
export const recipientNeverNegative = defineCheck({
  id: 'deduction.recipient-part-not-negative',
  title: {
    ja: '同意月額が支給額を超えても、徴収は支給額までに調整され受給者への支払額は0円以上となる',
    en: 'When the agreed amount exceeds the payment, the deduction is capped so that the recipient’s part is not negative',
  },
  verifies: ['05.1.8'],
  async run(ctx) {
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const claimId = String((await assessClaim(ctx, claimBody(householdId, { basis: '78', principalAmount: 500_000, inKindCostAmount: 500_000 }))).claimId);
    const month = freshMonth();
    await agreeDeduction(ctx, claimId, 200_000, month);
    await runFreshMonth(ctx, {}, month);
    const [payment] = await regularPayments(ctx, householdId, month);
    if (!payment) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `the household in protection has no regular payment of ${month}` });
    const deduction = Number(payment.deductionAmount);
    const recipient = Number(payment.recipientAmount);
    if (!(recipient >= 0) || deduction > CASH_TOTAL || deduction + recipient + Number(payment.proxyAmount ?? 0) !== Number(payment.grossAmount)) {
      faults.push({ ja: `支給額 ${String(payment.grossAmount)} 円に対し徴収額 ${deduction} 円・受給者支払額 ${recipient} 円`, en: `gross ${String(payment.grossAmount)}, deduction ${deduction}, recipient ${recipient}` });
    }
    if (deduction !== CASH_TOTAL) faults.push({ ja: `徴収額が上限（支給額 ${CASH_TOTAL} 円）に調整されていない（${deduction} 円）`, en: `the deduction is not adjusted to the cap (${CASH_TOTAL}): ${deduction}` });
    failWith(ctx, { ja: '受給者への支払額の下限が守られていない', en: 'The recipient’s part is not kept at or above 0' }, faults);
  },
});
