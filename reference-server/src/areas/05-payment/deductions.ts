import type { Transaction } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { groupBy } from '../../support/group.ts';
import { applyClaimPayment, CLOSED, type Claim, type DeductionAgreement } from '../10-claim/ledger.ts';
import { monthWithin, type PaymentDeduction, type YearMonth } from './types.ts';

/**
 * The agreement that allows a deduction from the regular payment of `month` paid on `paymentDate`: recorded
 * for the claim (法第78条の2), covering the month, and requested in writing before the payment date. The most
 * recently recorded one wins when several apply.
 */
function agreementFor(env: AreaEnv, claim: Claim, month: YearMonth, paymentDate: string): DeductionAgreement | undefined {
  // mutant deduction-on-request-day: a payment made on the very day of the request is deducted from too
  const afterRequest = (a: DeductionAgreement) => a.requestedOn < paymentDate || (a.requestedOn === paymentDate && hasMutant(env, 'deduction-on-request-day'));
  return (claim.deductionAgreements ?? [])
    .filter((a) => monthWithin(month, a.startMonth, a.endMonth) && afterRequest(a))
    .at(-1);
}

/** Every household's open claims (read once per payment run). */
export function openClaimsByHousehold(tx: Transaction): Map<string, Claim[]> {
  return groupBy(tx.select<Claim>('Claim', (claim) => !CLOSED.has(claim.status) && claim.balance > 0).map((r) => r.value), (c) => c.householdId);
}

/**
 * mutant deduction-without-request: the request is not checked — any agreement of the claim is used whatever its
 * request date and months, and a claim without one has its whole balance taken (agreementId left empty).
 */
const unchecked = (claim: Claim): Pick<DeductionAgreement, 'agreementId' | 'monthlyAmount'> =>
  (claim.deductionAgreements ?? []).at(-1) ?? { agreementId: '', monthlyAmount: claim.balance };

/** The household's open claims with an applicable agreement, oldest assessment first. */
function deductibleClaims(env: AreaEnv, claims: readonly Claim[], month: YearMonth, paymentDate: string) {
  return [...claims]
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt) || a.claimId.localeCompare(b.claimId))
    .flatMap((claim) => {
      const agreement = hasMutant(env, 'deduction-without-request') ? unchecked(claim) : agreementFor(env, claim, month, paymentDate);
      return agreement ? [{ claim, agreement }] : [];
    });
}

/**
 * The 法第78条の2 deductions from one regular payment: per claim min(agreed monthly amount, balance, what remains
 * of the payment), so the recipient's part is never negative. Each deduction is recorded on its claim as a
 * payment with method `deduction` naming the assistance payment.
 */
export function deduct(
  tx: Transaction,
  env: AreaEnv,
  claims: readonly Claim[],
  payment: { paymentId: string; householdId: string; month: YearMonth; paymentDate: string },
  available: number,
  recordedAt: string,
): PaymentDeduction[] {
  const deductions: PaymentDeduction[] = [];
  let remaining = available;
  for (const { claim, agreement } of deductibleClaims(env, claims, payment.month, payment.paymentDate)) {
    // mutant deduction-whole-balance: the claim's balance is withheld instead of the agreed monthly amount;
    // mutant deduction-not-capped: what remains of the payment is not looked at
    const agreed = hasMutant(env, 'deduction-whole-balance') ? claim.balance : agreement.monthlyAmount;
    const amount = Math.min(agreed, hasMutant(env, 'deduction-above-balance') ? agreed : claim.balance, hasMutant(env, 'deduction-not-capped') ? Infinity : remaining);
    if (amount <= 0) continue;
    remaining -= amount;
    deductions.push({ claimId: claim.claimId, agreementId: agreement.agreementId, amount });
    applyClaimPayment(tx, claim, {
      paidOn: payment.paymentDate,
      amount,
      method: 'deduction',
      paymentId: payment.paymentId,
      recordedAt,
      recordedBy: 'system',
    });
  }
  return deductions;
}
