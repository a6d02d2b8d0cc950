import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../../engine/types.ts';
import { householdInput, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, registerHousehold, type Json } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { protectedHousehold as sharedProtected } from '../../data/protection.ts';

/** Synthetic fixtures of the checks of areas 05 and 10: protected households, payment runs, claims — all made through the API. */

export type Fault = { ja: string; en: string };

/** A date as YYYY-MM-DD, `days` from today (UTC). */
export function isoDay(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const monthOf = (date: string) => date.slice(0, 7);

/** The fujoBreakdown of the fixtures' start decisions: two cash items and one in-kind item with a monthly cost. */
export const FUJO = [
  { fujoType: '01', monthlyAmount: 71_230, inKind: false },
  { fujoType: '03', monthlyAmount: 40_000, inKind: false },
  { fujoType: '04', monthlyAmount: 25_000, inKind: true },
];
/** A complete bank account of the test range (bank code 9999) for transfers to a test household's head. */
export const TEST_ACCOUNT = { bankCode: '9999', branchCode: '001', accountType: '1', accountNumber: '1234567', accountHolderKana: 'ミホン タロウ' };

/** The cash part of FUJO: what a regular payment of a household started with it pays (05.1.2, 05.1.6). */
export const CASH_TOTAL = 111_230;

export interface Protected {
  householdId: string;
  decisionId: string;
  household: Json;
}

/** A household in protection (the shared fixture), started yesterday with the given fujoBreakdown. */
export async function protectedHousehold(ctx: CheckContext, fujoBreakdown: Json[] = FUJO): Promise<Protected> {
  const made = await sharedProtected(ctx, { fujo: fujoBreakdown });
  return { householdId: made.householdId, decisionId: made.decisionId, household: made.household };
}

function randomInt(below: number): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! % below;
}

/** A month far ahead (2100–9899: some 94,000 months) that no other run is likely to have used. */
export function freshMonth(): string {
  return `${2100 + randomInt(7800)}-${String(1 + randomInt(12)).padStart(2, '0')}`;
}

/** The 25th of the month before `month` (the payment date of its regular payment, paid in advance). */
export function paymentDateFor(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return `${prev}-25`;
}

/**
 * Runs the regular payment of a month no run has used yet (a fresh month; another is tried when the target
 * answers 409 because that month was run before), or of the month given (prepared for it, e.g. with deduction
 * agreements of that month only), paid on `paymentDate` (default: the 25th of the month before). Answers the run
 * and its month.
 */
export async function runFreshMonth(ctx: CheckContext, headers: Record<string, string> = {}, month?: string, paymentDate?: string): Promise<{ run: Json; month: string; body: Json }> {
  const accountant = requireClient(ctx, 'accountant');
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const m = month ?? freshMonth();
    const body = { month: m, paymentDate: paymentDate ?? paymentDateFor(m) };
    const answer = await send(accountant, 'createPaymentRun', { body, headers });
    if (answer.status === 409 && month === undefined) continue;
    const run = expectBody(ctx, answer, 201, { ja: `${m} の定例支給の実行（createPaymentRun）`, en: `the payment run of ${m} (createPaymentRun)` });
    return { run, month: m, body };
  }
  return ctx.fail({ ja: '5か月続けて定例支給の実行が 409 で拒否された', en: 'the payment run was refused with 409 for five months in a row' });
}

/** The payments of a household (listPayments with the filters given, every page). */
export async function paymentsOf(ctx: CheckContext, client: HogoClient<Edition>, query: Record<string, string>): Promise<Json[]> {
  const out: Json[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page += 1) {
    const answer = await send(client, 'listPayments', { query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) } });
    const body = expectBody(ctx, answer, 200, { ja: '支給の一覧（listPayments）', en: 'listing payments (listPayments)' });
    if (Array.isArray(body.items)) out.push(...body.items.filter(isObject));
    if (typeof body.nextCursor !== 'string' || body.nextCursor === '') break;
    cursor = body.nextCursor;
  }
  return out;
}

/** The household's regular payments of a month. */
export async function regularPayments(ctx: CheckContext, householdId: string, month: string): Promise<Json[]> {
  const payments = await paymentsOf(ctx, requireClient(ctx, 'accountant'), { householdId, month });
  return payments.filter((p) => p.kind === 'regular');
}

/**
 * Records the recipient's written request (法第78条の2) for deductions of `monthlyAmount` from the regular
 * payments of `month` only (a fresh month the check then runs, so that the runs of other checks deduct nothing),
 * or from the current month on when no month is given. A refusal ends the check.
 */
export async function agreeDeduction(ctx: CheckContext, claimId: string, monthlyAmount: number, month?: string, requestedOn = isoDay(-1)): Promise<Json> {
  const body = { requestedOn, monthlyAmount, startMonth: month ?? monthOf(isoDay(-1)), ...(month ? { endMonth: month } : {}), livelihoodConfirmed: true, documentReference: '見本-申出-0001' };
  const answer = await send(requireClient(ctx, 'caseworker'), 'createDeductionAgreement', { path: { claimId }, body });
  return expectBody(ctx, answer, 201, { ja: '徴収の申出の登録（createDeductionAgreement）', en: 'recording the deduction request (createDeductionAgreement)' });
}

/** A claim as getClaim answers it. */
export async function readClaim(ctx: CheckContext, claimId: string): Promise<Json> {
  const answer = await send(requireClient(ctx, 'accountant'), 'getClaim', { path: { claimId } });
  return expectBody(ctx, answer, 200, { ja: '債権の照会（getClaim）', en: 'reading the claim (getClaim)' });
}

/** The body of a claim of the household (basis 78 unless given), covered by an in-kind cost so that no payment is needed. */
export function claimBody(householdId: string, overrides: Json = {}): Json {
  const month = monthOf(isoDay(-1));
  return {
    householdId, basis: '78', periodFrom: month, periodTo: month,
    principalAmount: 100_000, inKindCostAmount: 100_000, surchargeAmount: 0,
    assessedOn: isoDay(-1), dueDate: isoDay(29),
    reason: '収入の未申告が判明したため徴収する。（見本データ）',
    ...overrides,
  };
}

/** Assesses a claim; a refusal ends the check. */
export async function assessClaim(ctx: CheckContext, body: Json): Promise<Json> {
  const answer = await send(requireClient(ctx, 'caseworker'), 'createClaim', { body });
  return expectBody(ctx, answer, 201, { ja: '試験用の債権の調定（createClaim）', en: 'assessing the test claim (createClaim)' });
}

/** Ends the check with every fault found. */
export function failWith(ctx: CheckContext, what: Fault, faults: Fault[]): void {
  if (faults.length === 0) return;
  ctx.fail({ ja: `${what.ja} — ${faults.map((f) => f.ja).join('、')}`, en: `${what.en} — ${faults.map((f) => f.en).join('; ')}` });
}

/** The claims of a household (listClaims by householdId, one page of up to 100). */
export async function claimsOf(ctx: CheckContext, householdId: string): Promise<Json[]> {
  const answer = await send(requireClient(ctx, 'accountant'), 'listClaims', { query: { householdId, limit: 100 } });
  const body = expectBody(ctx, answer, 200, { ja: '債権の一覧（listClaims）', en: 'listing claims (listClaims)' });
  return Array.isArray(body.items) ? body.items.filter(isObject) : [];
}
