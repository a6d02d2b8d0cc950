import type { components } from '@hogo-kit/sdk';
import type { Transaction } from '../../store/store.ts';
import { newId } from '../../support/ids.ts';

type S = components['schemas'];
export type Claim = S['Claim'];
export type ClaimPaymentRecord = S['ClaimPaymentRecord'];
export type DeductionAgreement = S['DeductionAgreement'];
export type RepaymentCalculation = S['RepaymentCalculation'];

/** States from which nothing more can be paid or written off (flow `claim`: paid, writtenOff are final). */
export const CLOSED = new Set(['paid', 'writtenOff']);

/** The same day `years` later (the last day of that month when it has no such day, e.g. 29 February). */
export function sameDayYearsLater(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** 時効完成予定日: 5 years after the later of the due date and the last payment date (地方自治法第236条). */
export function prescriptionDateOf(claim: Pick<Claim, 'dueDate' | 'payments'>): string {
  const latest = claim.payments.reduce((max, p) => (p.paidOn > max ? p.paidOn : max), claim.dueDate);
  return sameDayYearsLater(latest, 5);
}

export interface ClaimPaymentFacts {
  paidOn: string;
  amount: number;
  method: string;
  paymentId?: string;
  receiptNumber?: string;
  note?: string;
  recordedAt: string;
  recordedBy: string;
}

/**
 * Records a payment (納付 or a 法第78条の2 deduction) into the claim and stores it: balance, paid total, state
 * (partiallyPaid, or paid when the balance reaches 0) and prescription date. The caller has checked that the
 * claim is open and the amount does not exceed the balance.
 */
export function applyClaimPayment(tx: Transaction, claim: Claim, facts: ClaimPaymentFacts): Claim {
  const balanceAfter = Math.max(0, claim.balance - facts.amount); // callers refuse amounts above the balance
  const record: ClaimPaymentRecord = {
    claimPaymentId: newId(tx, 'CP'),
    paidOn: facts.paidOn,
    amount: facts.amount,
    method: facts.method as ClaimPaymentRecord['method'],
    ...(facts.paymentId !== undefined ? { paymentId: facts.paymentId } : {}),
    ...(facts.receiptNumber !== undefined ? { receiptNumber: facts.receiptNumber } : {}),
    ...(facts.note !== undefined ? { note: facts.note } : {}),
    balanceAfter,
    recordedAt: facts.recordedAt,
    recordedBy: facts.recordedBy,
  };
  const payments = [...claim.payments, record];
  const next: Claim = {
    ...claim,
    payments,
    paidTotal: claim.paidTotal + facts.amount,
    balance: balanceAfter,
    status: balanceAfter === 0 ? 'paid' : 'partiallyPaid',
    prescriptionDate: prescriptionDateOf({ dueDate: claim.dueDate, payments }),
  };
  tx.put('Claim', claim.claimId, next);
  return next;
}

/** Sum of the instalments due before a date. */
const dueBefore = (claim: Claim, date: string) =>
  (claim.instalments ?? []).filter((i) => i.dueDate < date).reduce((sum, i) => sum + i.amount, 0);

/** Seeded defects of the claim as answered (mutants overdue-from-due-date and prescribed-from-prescription-date). */
export interface ViewDefects { overdueOnDueDate?: boolean; prescribedOnDate?: boolean }

/** The claim as answered for a date: overdue (滞納) and prescribed (時効完成) computed for asOf. */
export function claimView(claim: Claim, asOf: string, defects: ViewDefects = {}): Claim {
  const owing = claim.balance > 0;
  const pastDue = defects.overdueOnDueDate ? asOf >= claim.dueDate : asOf > claim.dueDate;
  const overdue = owing && (claim.instalments?.length ? claim.paidTotal < dueBefore(claim, asOf) : pastDue);
  const prescribed = owing && (defects.prescribedOnDate ? asOf >= claim.prescriptionDate : asOf > claim.prescriptionDate);
  return { ...claim, asOf, overdue, prescribed };
}
