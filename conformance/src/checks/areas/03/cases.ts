import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../../engine/types.ts';
import { isObject, send, type Answer } from '../../support/http.ts';
import { householdInput, LG_CODE, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, registerHousehold, type Json } from '../../data/households.ts';
import type { Fault } from '../../data/refusals.ts';
import { protectedHousehold as sharedProtected } from '../../data/protection.ts';

/**
 * Fixtures of the area-03 checks (決定): a household, an application linked to it and decisions on it, all
 * synthetic and made through the standard API. Dates are fixed past dates, so the day counts of 法第24条
 * (14 / 30 days from the application date, 初日不算入) are known exactly.
 */

export type Client = HogoClient<Edition>;

/** The application date every fixture uses. */
export const APPLIED_ON = '2025-04-01';

/** `date` + `days` calendar days (YYYY-MM-DD). */
export function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const step = (ja: string, en: string): Fault => ({ ja, en });

/** A new household (protectionStatus none) in a section of its own; answers its id. */
export async function newHousehold(ctx: CheckContext, client: Client): Promise<string> {
  const created = await registerHousehold(ctx, client, householdInput(uniqueSection()));
  return String(created.householdId);
}

/** A written application (法第24条第1項 items all stated) for the household; answers its id. */
export async function newApplication(ctx: CheckContext, client: Client, householdId: string, applicationDate = APPLIED_ON): Promise<string> {
  const answer = await send(client, 'createApplication', {
    body: {
      applicationDate,
      applicantRelation: '1',
      householdId,
      personInNeed: { name: { family: '見本', given: '太郎' }, address: { lgCode: LG_CODE, text: '見本町一丁目1番1号' } },
      reason: '失業により収入がなくなったため',
      assetStatus: 'なし',
      incomeStatus: 'なし',
      workOrJobSearchStatus: '求職中',
      supportStatus: '不明',
      otherBenefitStatus: 'なし',
    },
  });
  const body = expectBody(ctx, answer, 201, step('試験用の申請の登録（createApplication）', 'registering the test application (createApplication)'));
  return String(body.applicationId);
}

/** The body of a start decision on an application (notified on `decidedOn`). */
export function startBody(decidedOn: string, overrides: Json = {}): Json {
  return {
    type: 'start',
    decidedOn,
    effectiveOn: APPLIED_ON,
    reasonText: '資産・収入を調査した結果、最低生活費に満たないため保護を開始します。',
    startReason: '06',
    fujoBreakdown: [
      { fujoType: '01', monthlyAmount: 70000, inKind: false },
      { fujoType: '04', monthlyAmount: 0, inKind: true },
    ],
    ...overrides,
  };
}

/** The body of a rejection of an application. */
export function rejectBody(decidedOn: string, overrides: Json = {}): Json {
  return { type: 'reject', decidedOn, reasonText: '収入が最低生活費を上回るため申請を却下します。', rejectionReason: '01', ...overrides };
}

/** An ex-officio case decision (change, suspend, resume, discontinue) effective on `on`. */
export function caseBody(type: string, on: string, overrides: Json = {}): Json {
  return {
    type,
    origin: 'ex-officio',
    decidedOn: on,
    effectiveOn: on,
    reasonText: `${type} の決定の理由（適合性試験）`,
    ...(type === 'discontinue' && { discontinuationReason: '04' }),
    ...((type === 'change' || type === 'resume') && { fujoBreakdown: [{ fujoType: '01', monthlyAmount: 65000, inKind: false }] }),
    ...overrides,
  };
}

/** A decision that must be registered (201); answers its body. */
export async function decide(ctx: CheckContext, client: Client, operationId: string, path: Record<string, string>, body: Json, what: Fault): Promise<Json> {
  const answer = await send(client, operationId, { path, body });
  return expectBody(ctx, answer, 201, what);
}

/** A household with protection started on an application of APPLIED_ON (decided the same day). */
export async function protectedHousehold(ctx: CheckContext, client: Client): Promise<{ householdId: string; applicationId: string; start: Json }> {
  const made = await sharedProtected(ctx, { startOn: APPLIED_ON, decision: startBody(APPLIED_ON) }, client);
  return { householdId: made.householdId, applicationId: made.applicationId, start: made.decision };
}

/** The household as read now. */
export async function readHousehold(ctx: CheckContext, client: Client, householdId: string): Promise<Json> {
  const answer = await send(client, 'getHousehold', { path: { householdId } });
  return expectBody(ctx, answer, 200, step('世帯の照会（getHousehold）', 'reading the household (getHousehold)'));
}

/** One decision as read now. */
export async function readDecision(ctx: CheckContext, client: Client, decisionId: string): Promise<Json> {
  const answer = await send(client, 'getDecision', { path: { decisionId } });
  return expectBody(ctx, answer, 200, step(`決定 ${decisionId} の照会（getDecision）`, `reading decision ${decisionId} (getDecision)`));
}

/** Every decision of the household (listDecisions, one page of up to 100). */
export async function decisionsOf(ctx: CheckContext, client: Client, householdId: string): Promise<Json[]> {
  const answer = await send(client, 'listDecisions', { path: { householdId }, query: { limit: 100 } });
  const body = expectBody(ctx, answer, 200, step('世帯の決定の一覧（listDecisions）', 'listing the household decisions (listDecisions)'));
  return Array.isArray(body.items) ? body.items.filter(isObject) : [];
}

/**
 * Records a fault unless the answer is a refusal: a 4xx other than 401, 403 and 404 (the request was
 * understood and turned down — 400 or 422 for invalid content, 409 for a state that forbids it).
 */
export function expectRefused(answer: Answer, what: Fault, faults: Fault[]): void {
  const refused = answer.status >= 400 && answer.status < 500 && ![401, 403, 404].includes(answer.status);
  if (!refused) faults.push({ ja: `${what.ja}が拒否されなかった（状態コード ${answer.status}）`, en: `${what.en} was not refused (status ${answer.status})` });
}

/** Records a fault unless the answer is 409 (a transition the flow does not allow). */
export function expectConflict(answer: Answer, what: Fault, faults: Fault[]): void {
  if (answer.status !== 409) faults.push({ ja: `${what.ja}が 409 で拒否されなかった（状態コード ${answer.status}）`, en: `${what.en} was not refused with 409 (status ${answer.status})` });
}

/** Records a fault when `actual` is not `expected`. */
export function expectEqual(actual: unknown, expected: unknown, what: Fault, faults: Fault[]): void {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  if (typeof expected === 'object' && expected !== null) {
    faults.push({ ja: `${what.ja}が変わっていた（または期待と異なる）`, en: `${what.en} changed (or differs from what was expected)` });
  } else {
    faults.push({ ja: `${what.ja}が ${JSON.stringify(expected)} でなく ${JSON.stringify(actual)}`, en: `${what.en} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}` });
  }
}
