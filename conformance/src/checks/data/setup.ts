import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../engine/types.ts';
import { expectBody, type Json } from './households.ts';
import { addDays, protectedHousehold as sharedProtected, type Protected, type ProtectionOptions } from './protection.ts';
import { isObject, send } from '../support/http.ts';

export { addDays, caseDecision, plainHousehold, type Protected, type TestMember } from './protection.ts';

/**
 * Fixtures of areas 08, 09, 11 and 12, made through the standard API only: a household in a section of its own,
 * brought into protection by an application, an investigation and a 開始 decision taking effect on a chosen day.
 */

export type Fault = { ja: string; en: string };

/** YYYY-MM-DD of a Date (UTC). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The month `shift` months from the current one (negative: past), as YYYY-MM. */
export function monthFromNow(shift: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + shift, 1));
  return isoDay(d).slice(0, 7);
}

/** The day `day` of month YYYY-MM. */
export const dayOf = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}`;

/** The last day of month YYYY-MM. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDay(new Date(Date.UTC(y, m, 0)));
}

/** The month before YYYY-MM. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDay(new Date(Date.UTC(y, m - 2, 1))).slice(0, 7);
}

/** A random 15-digit 宛名番号 of the test range (starting 99). */
export function testAddressNumber(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(13));
  return `99${[...bytes].map((b) => String(b % 10)).join('')}`;
}

/** A random 10-digit institution / provider code of the test range (starting 99). */
export function testInstitutionCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `99${[...bytes].map((b) => String(b % 10)).join('')}`;
}

/** A household brought into protection from `startOn` through application (by intake) → investigation → 開始 decided 9 days later. */
export function protectedHousehold(ctx: CheckContext, options: ProtectionOptions & { startOn: string }): Promise<Protected> {
  return sharedProtected(ctx, { applicant: 'intake', investigate: true, decidedOn: addDays(options.startOn, 9), ...options });
}

/** The id of a member body. */
export const idOf = (m: Json | undefined): string => String(m?.memberId ?? '');

/** All items of a list operation (following nextCursor, at most `pages` pages). */
export async function listAll(ctx: CheckContext, client: HogoClient<Edition>, operationId: string, query: Record<string, string | number>, what: Fault, pages = 20): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < pages; i++) {
    const answer = await send(client, operationId, { query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) } });
    const body = expectBody(ctx, answer, 200, what);
    if (Array.isArray(body.items)) items.push(...body.items.filter(isObject));
    if (typeof body.nextCursor !== 'string' || body.nextCursor === '') break;
    cursor = body.nextCursor;
  }
  return items;
}

/** Ends the check as failed with every fault found, when there is one. */
export function failIfAny(ctx: CheckContext, faults: Fault[]): void {
  if (faults.length === 0) return;
  ctx.fail({ ja: faults.map((f) => f.ja).join('、'), en: faults.map((f) => f.en).join('; ') });
}
