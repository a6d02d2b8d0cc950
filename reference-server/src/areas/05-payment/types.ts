import type { components } from '@hogo-kit/sdk';

type S = components['schemas'];
export type Household = S['Household'];
export type Decision = S['Decision'];
export type Payment = S['Payment'];
export type PaymentItem = S['PaymentItem'];
export type PaymentRun = S['PaymentRun'];
export type PaymentDisbursement = S['PaymentDisbursement'];
export type PaymentDeduction = S['PaymentDeduction'];
export type PaymentMethod = S['PaymentMethod'];
export type PaymentBankAccount = S['PaymentBankAccount'];
export type PaymentProxyPayment = S['PaymentProxyPayment'];
export type PaymentLedger = S['PaymentLedger'];

/** A calendar month YYYY-MM. */
export type YearMonth = string;

/** The first day (YYYY-MM-DD) of a month. */
export const firstDayOf = (month: YearMonth) => `${month}-01`;

/** The month (YYYY-MM) of a date. */
export const monthOf = (date: string): YearMonth => date.slice(0, 7);

/** The month n months after (or before, n < 0) a month. */
export function addMonths(month: YearMonth, n: number): YearMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** True when month lies in [from, to] (to open-ended when absent). */
export const monthWithin = (month: YearMonth, from: YearMonth | undefined, to: YearMonth | undefined) =>
  (from === undefined || from <= month) && (to === undefined || month <= to);

/** 医療扶助 (04) and 介護扶助 (05) are given in kind (法第34条, 第34条の2) and never paid in cash. */
export const IN_KIND_FUJO = new Set(['04', '05']);
