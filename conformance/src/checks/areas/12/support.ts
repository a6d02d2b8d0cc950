import type { CheckContext } from '../../../engine/types.ts';
import { member } from '../../data/fixtures.ts';
import { expectBody, type Json } from '../../data/households.ts';
import { dayOf, idOf, listAll, monthFromNow, plainHousehold, protectedHousehold, testAddressNumber, type Fault } from '../../data/setup.ts';
import { isObject, send, type Answer } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';

/**
 * What the checks of area 12 share: a change sent through the linkage interface (as the linkage role), a 総合照会,
 * one linked system's result on the 調査リスト, and a person of the test range (a fresh 宛名番号) registered as the
 * member of a household of its own. Every check uses a fresh 宛名番号, so the data of the linked systems it reads is
 * its own. No check changes the linkage status of a linked system (shared by every check running at the same time).
 */

/** Area 12 exists from edition 2.1. */
export const EDITIONS = ['2.1' as const];

export interface ItemInput {
  code: string;
  value: string | null;
  asOf?: string;
}

/** The body of a change reported by a linked system about one person (LinkageChangeInput), with a fresh change id. */
export function linkageChange(addressNumber: string, system: string, changeType: string, effectiveDate: string, items: ItemInput[]): Json {
  return { system, changeId: `conformance-${crypto.randomUUID()}`, addressNumber, changeType, effectiveDate, items };
}

/** Sends a change as the linkage role, whatever the answer. */
export async function receive(ctx: CheckContext, body: Json): Promise<Answer> {
  return send(requireClient(ctx, 'linkage'), 'receiveLinkageChange', { body });
}

/** Sends a change as the linkage role and expects it received (201); answers the receipt. */
export async function mustReceive(ctx: CheckContext, body: Json): Promise<Json> {
  return expectBody(ctx, await receive(ctx, body), 201, {
    ja: `業務システム（${String(body.system)}）からの異動データの受信（receiveLinkageChange）`,
    en: `receiving a change from ${String(body.system)} (receiveLinkageChange)`,
  });
}

/** A 総合照会 by the role, expected to answer the 調査リスト (201). */
export async function inquire(ctx: CheckContext, role: string, body: Json): Promise<Json> {
  return expectBody(ctx, await send(requireClient(ctx, role), 'createComprehensiveInquiry', { body }), 201, {
    ja: `総合照会（createComprehensiveInquiry、${role}）`, en: `the comprehensive inquiry (createComprehensiveInquiry, ${role})`,
  });
}

/** The results of a 調査リスト. */
export const resultsOf = (inquiry: unknown): Json[] => (isObject(inquiry) && Array.isArray(inquiry.results) ? inquiry.results.filter(isObject) : []);

/** The result of one linked system on a 調査リスト. */
export const resultFor = (inquiry: unknown, system: string): Json | undefined => resultsOf(inquiry).find((r) => r.system === system);

/** The items of one result. */
export const itemsIn = (result: Json | undefined): Json[] => (result && Array.isArray(result.items) ? result.items.filter(isObject) : []);

/** One item of a result by code. */
export const itemFor = (result: Json | undefined, code: string): Json | undefined => itemsIn(result).find((i) => i.code === code);

/** A person of the test range registered as the only member of a household of its own (not in protection). */
export async function registeredPerson(ctx: CheckContext) {
  const addressNumber = testAddressNumber();
  const fixture = await plainHousehold(ctx, { members: [{ ...member(), addressNumber }] });
  return { addressNumber, memberId: idOf(fixture.members[0]), householdId: fixture.householdId };
}

/** A person of the test range (or of `addressNumber`), the only member of a household in protection from `startOn` (default: the 1st, two months ago). */
export async function protectedPerson(ctx: CheckContext, options: { startOn?: string; addressNumber?: string } = {}) {
  const addressNumber = options.addressNumber ?? testAddressNumber();
  const fixture = await protectedHousehold(ctx, { startOn: options.startOn ?? dayOf(monthFromNow(-2), 1), members: [{ ...member(), addressNumber }] });
  return { addressNumber, memberId: idOf(fixture.members[0]), householdId: fixture.householdId };
}

/** The change alerts of a household (listChangeAlerts filtered by householdId, and more when given). */
export async function alertsOf(ctx: CheckContext, householdId: string, query: Record<string, string | number> = {}): Promise<Json[]> {
  return listAll(ctx, requireClient(ctx, 'supervisor'), 'listChangeAlerts', { householdId, ...query },
    { ja: '異動検知アラートの一覧（listChangeAlerts）', en: 'listing the change alerts (listChangeAlerts)' });
}

/** The date in Japan (YYYY-MM-DD) of a timestamp. */
export const jstDate = (iso: string): string => new Date(Date.parse(iso) + 9 * 3600_000).toISOString().slice(0, 10);

/** Time of an ISO timestamp in ms, NaN when it is not one. */
export const timeOf = (value: unknown): number => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN);

/** A fault naming a value that differs from what was expected. */
export const differs = (what: Fault, expected: unknown, actual: unknown): Fault => ({
  ja: `${what.ja}が ${JSON.stringify(actual) ?? 'なし'}（${JSON.stringify(expected)} であるべき）`,
  en: `${what.en} is ${JSON.stringify(actual) ?? 'absent'} (expected ${JSON.stringify(expected)})`,
});
