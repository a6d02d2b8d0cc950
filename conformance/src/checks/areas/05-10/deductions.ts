import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { agreeDeduction, assessClaim, CASH_TOTAL, claimBody, failWith, freshMonth, protectedHousehold, readClaim, regularPayments, runFreshMonth, type Fault } from './support.ts';

type Json = Record<string, unknown>;
const deductionsOf = (payment: Json): Json[] => (Array.isArray(payment.deductions) ? (payment.deductions as Json[]) : []);

/** 10.3.2 (prohibited): nothing is withheld for a claim without a recorded request. */
export const noDeductionWithoutAgreement = defineCheck({
  id: 'deduction.none-without-agreement',
  title: {
    ja: '法第78条の2の申出が記録されていない債権について、定例支給から徴収されない',
    en: 'Nothing is deducted from a regular payment for a claim without a recorded Art. 78-2 request',
  },
  verifies: ['10.3.2'],
  async run(ctx) {
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const claim = await assessClaim(ctx, claimBody(householdId, { basis: '78', principalAmount: 50_000, inKindCostAmount: 50_000 }));
    const claimId = String(claim.claimId);
    const before = await readClaim(ctx, claimId);
    const { month } = await runFreshMonth(ctx);
    const [payment] = await regularPayments(ctx, householdId, month);
    if (!payment) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `the household in protection has no regular payment of ${month}` });
    const taken = deductionsOf(payment);
    if (taken.length > 0 || Number(payment.deductionAmount) > 0) {
      faults.push({ ja: `申出のない債権について定例支給から ${String(payment.deductionAmount)} 円が徴収された`, en: `${String(payment.deductionAmount)} yen was deducted from the regular payment for a claim without a request` });
    }
    const after = await readClaim(ctx, claimId);
    if (after.balance !== before.balance || after.paidTotal !== before.paidTotal) {
      faults.push({ ja: `申出のない債権の残高が ${String(before.balance)} 円から ${String(after.balance)} 円に変わった`, en: `the balance of the claim without a request changed from ${String(before.balance)} to ${String(after.balance)}` });
    }
    failWith(ctx, { ja: '申出（同意）のない徴収が行われた', en: 'A deduction was made without a recorded request' }, faults);
  },
});

/** 05.1.7, 10.3.1, 10.3.8: the agreed monthly amount is withheld, itemised per claim, and recorded as a payment into the claim. */
export const agreedDeductionApplied = defineCheck({
  id: 'deduction.agreed-amount-applied',
  title: {
    ja: '申出が記録された債権について同意された月額が定例支給から徴収され、債権ごとに記録され、債権の納付となる',
    en: 'The agreed monthly amount is deducted for a claim with a recorded request, itemised per claim and recorded as a payment into the claim',
  },
  verifies: ['05.1.7', '10.3.1', '10.3.8'],
  async run(ctx) {
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const claim = await assessClaim(ctx, claimBody(householdId, { basis: '78', principalAmount: 100_000, inKindCostAmount: 100_000 }));
    const claimId = String(claim.claimId);
    const month = freshMonth();
    await agreeDeduction(ctx, claimId, 10_000, month);
    const recorded = await readClaim(ctx, claimId);
    if (!Array.isArray(recorded.deductionAgreements) || recorded.deductionAgreements.length !== 1) faults.push({ ja: '債権に徴収の同意が記録されていない', en: 'the claim does not show the deduction agreement' });
    await runFreshMonth(ctx, {}, month);
    const [payment] = await regularPayments(ctx, householdId, month);
    if (!payment) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `the household in protection has no regular payment of ${month}` });
    const taken = deductionsOf(payment);
    if (taken.length !== 1 || taken[0]!.claimId !== claimId || taken[0]!.amount !== 10_000) {
      faults.push({ ja: `支給の徴収内訳が債権 ${claimId} の 10000 円でない（${JSON.stringify(taken)}）`, en: `the payment's deductions are not 10000 yen for claim ${claimId} (${JSON.stringify(taken)})` });
    }
    if (payment.deductionAmount !== 10_000 || payment.recipientAmount !== CASH_TOTAL - 10_000) {
      faults.push({ ja: `徴収額合計・受給者支払額が 10000/${CASH_TOTAL - 10_000} でなく ${String(payment.deductionAmount)}/${String(payment.recipientAmount)}`, en: `deduction/recipient amounts are ${String(payment.deductionAmount)}/${String(payment.recipientAmount)}, not 10000/${CASH_TOTAL - 10_000}` });
    }
    const after = await readClaim(ctx, claimId);
    const viaDeduction = (Array.isArray(after.payments) ? (after.payments as Json[]) : []).filter((p) => p.method === 'deduction');
    if (after.balance !== 90_000 || viaDeduction.length !== 1 || viaDeduction[0]!.amount !== 10_000) {
      faults.push({ ja: `債権の残高が 90000 円でないか、保護金品からの徴収による納付が記録されていない（残高 ${String(after.balance)}）`, en: `the claim's balance is not 90000 or the deduction is not recorded as a payment (balance ${String(after.balance)})` });
    }
    failWith(ctx, { ja: '同意された徴収が正しく反映されない', en: 'The agreed deduction is not applied as the rules say' }, faults);
  },
});

/** 05.4.2 and 05.1.9: ledger and run totals are the sums of the payments, recipient = gross − deductions − proxy. */
export const ledgerTotals = defineCheck({
  id: 'payment.ledger-totals',
  title: {
    ja: '支給台帳の合計（支給額・徴収額・代理納付額・受給者支払額）が期間内の支給の合計と一致する',
    en: 'The ledger totals (gross, deductions, proxy, paid to the recipient) are the sums over the payments of the period',
  },
  verifies: ['05.4.2', '05.4.1'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, decisionId } = await protectedHousehold(ctx);
    const claim = await assessClaim(ctx, claimBody(householdId, { basis: '78', principalAmount: 100_000, inKindCostAmount: 100_000 }));
    const month = freshMonth();
    await agreeDeduction(ctx, String(claim.claimId), 7_000, month);
    await runFreshMonth(ctx, {}, month);
    expectBody(ctx, await send(caseworker, 'createOccasionalPayment', {
      path: { householdId },
      body: { decisionId, item: 'clothing', items: [{ fujoType: '01', amount: 12_000 }], month, paymentDate: paymentDateForOccasional(month), reason: '冬季の被服の購入（見本データ）' },
    }), 201, { ja: '随時支給の登録（createOccasionalPayment）', en: 'recording an occasional payment (createOccasionalPayment)' });
    const ledger = expectBody(ctx, await send(caseworker, 'getPaymentLedger', { path: { householdId }, query: { from: month, to: month } }), 200, {
      ja: '支給台帳の照会（getPaymentLedger）', en: 'reading the payment ledger (getPaymentLedger)',
    });
    const payments = Array.isArray(ledger.payments) ? (ledger.payments as Json[]) : [];
    if (payments.length !== 2) faults.push({ ja: `台帳の支給が 2 件（定例・随時）でなく ${payments.length} 件`, en: `the ledger holds ${payments.length} payments, not 2 (regular and occasional)` });
    const expected = { grossTotal: CASH_TOTAL + 12_000, deductionTotal: 7_000, proxyTotal: 0, recipientTotal: CASH_TOTAL + 12_000 - 7_000 };
    for (const [key, value] of Object.entries(expected)) {
      if (ledger[key] !== value) faults.push({ ja: `台帳の ${key} が ${value} でなく ${String(ledger[key])}`, en: `the ledger's ${key} is ${String(ledger[key])}, not ${value}` });
    }
    failWith(ctx, { ja: '支給台帳の合計が正しくない', en: 'The ledger totals are wrong' }, faults);
  },
});

/** The 10th of the month (an occasional payment's date). */
const paymentDateForOccasional = (month: string) => `${month}-10`;
