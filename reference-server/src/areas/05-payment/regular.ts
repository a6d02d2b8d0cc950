import type { Transaction } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import type { Claim } from '../10-claim/ledger.ts';
import { deduct } from './deductions.ts';
import { amountDecisionOn, statusOn } from './in-force.ts';
import { methodRecord, recipientName } from './method.ts';
import {
  firstDayOf, IN_KIND_FUJO, monthWithin,
  type Decision, type Household, type Payment, type PaymentDisbursement, type PaymentItem, type PaymentMethod, type YearMonth,
} from './types.ts';

export interface RunFacts {
  runId: string;
  month: YearMonth;
  paymentDate: string;
  createdAt: string;
  createdBy: string;
}

/** The cash items of the decision: inKind false, not 医療扶助・介護扶助, and a monthly amount above 0. */
export function cashItems(fujoBreakdown: { fujoType: string; monthlyAmount: number; inKind: boolean }[] = [], inKindToo = false): PaymentItem[] {
  return fujoBreakdown
    .filter((f) => (inKindToo || (!f.inKind && !IN_KIND_FUJO.has(f.fujoType))) && f.monthlyAmount > 0)
    .map((f) => ({ fujoType: f.fujoType as PaymentItem['fujoType'], amount: f.monthlyAmount }));
}

/** The recipient's own part: by transfer to the recorded account, or at the counter. */
export function recipientDisbursement(household: Household, method: PaymentMethod, amount: number): PaymentDisbursement {
  return {
    method: method.method === 'transfer' ? 'transfer' : 'counter',
    payeeName: recipientName(household),
    ...(method.method === 'transfer' && method.bankAccount ? { bankAccount: method.bankAccount } : {}),
    amount,
  };
}

/** Proxy payments (代理納付) of the month, each min(monthly amount, what remains of the payment). */
function proxyDisbursements(method: PaymentMethod, month: YearMonth, gross: number): PaymentDisbursement[] {
  let remaining = gross;
  const out: PaymentDisbursement[] = [];
  for (const p of method.proxyPayments.filter((x) => monthWithin(month, x.startMonth, x.endMonth))) {
    const amount = Math.min(p.monthlyAmount, remaining);
    if (amount <= 0) continue;
    remaining -= amount;
    out.push({ method: 'proxy', proxyTarget: p.target, payeeName: p.payeeName, ...(p.bankAccount ? { bankAccount: p.bankAccount } : {}), amount });
  }
  return out;
}

/** Mutant deductions-not-itemised only: several parts recorded as one, under the first part's claim or payee. */
const lump = <T extends { amount: number }>(parts: T[]): T[] =>
  parts.length < 2 ? parts : [{ ...parts[0]!, amount: parts.reduce((sum, p) => sum + p.amount, 0) }];

/**
 * The regular payment of one household for the run's month, or undefined when the household is not in
 * protection on the first day of the month or its decision grants no cash. Stores the payment and the
 * deductions it records on claims.
 */
export function payHousehold(
  tx: Transaction, env: AreaEnv, household: Household, decisions: readonly Decision[], claims: readonly Claim[], run: RunFacts,
): Payment | undefined {
  const day = firstDayOf(run.month);
  // mutant unprotected-household-paid: suspended and discontinued cases are paid on their last amounts
  if (statusOn(decisions, day) !== 'protected' && !hasMutant(env, 'unprotected-household-paid')) return undefined;
  const decision = amountDecisionOn(decisions, day);
  // mutant in-kind-paid-in-cash: 医療扶助・介護扶助 amounts of the decision are paid in cash
  const items = cashItems(decision?.fujoBreakdown, hasMutant(env, 'in-kind-paid-in-cash'));
  if (!decision || items.length === 0) return undefined;
  const gross = items.reduce((sum, i) => sum + i.amount, 0);
  const method = methodRecord(tx, household.householdId).value;
  const proxies = proxyDisbursements(method, run.month, gross);
  const proxyAmount = proxies.reduce((sum, d) => sum + d.amount, 0);
  const paymentId = newId(tx, 'PAY');
  const itemised = deduct(tx, env, claims, { paymentId, householdId: household.householdId, month: run.month, paymentDate: run.paymentDate }, gross - proxyAmount, run.createdAt);
  // mutant deductions-not-itemised: the deductions (and below the proxy payments) are recorded as one lump each
  const lumped = hasMutant(env, 'deductions-not-itemised');
  const deductions = lumped ? lump(itemised) : itemised;
  const deductionAmount = deductions.reduce((sum, d) => sum + d.amount, 0);
  // never below 0 (mutant deduction-not-capped: the deductions are taken in full and the recipient's part cut to 0)
  const recipientAmount = Math.max(0, gross - proxyAmount - deductionAmount);
  const payment: Payment = {
    paymentId,
    householdId: household.householdId,
    kind: 'regular',
    month: run.month,
    paymentDate: run.paymentDate,
    runId: run.runId,
    decisionId: decision.decisionId,
    items,
    grossAmount: gross,
    deductions,
    deductionAmount,
    proxyAmount,
    recipientAmount,
    // mutant proxy-not-split-out: the proxy payments are paid with the recipient's part, as one payment to the recipient
    disbursements: hasMutant(env, 'proxy-not-split-out')
      ? [recipientDisbursement(household, method, recipientAmount + proxyAmount)]
      : [...(lumped ? lump(proxies) : proxies), recipientDisbursement(household, method, recipientAmount)],
    createdAt: run.createdAt,
    createdBy: run.createdBy,
  };
  tx.put('Payment', paymentId, payment);
  return payment;
}
