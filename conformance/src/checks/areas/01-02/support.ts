import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../../engine/types.ts';
import { expectBody, type Json } from '../../data/households.ts';
import { send, type Answer, isObject } from '../../support/http.ts';
import { pointersOf } from '../../support/problem.ts';

export type Fault = { ja: string; en: string };

/** A date plus some days (YYYY-MM-DD, UTC calendar arithmetic). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A past application date that no other check of this area is likely to share (a random day of 2024). */
export function pastDate(): string {
  const offset = crypto.getRandomValues(new Uint16Array(1))[0]! % 300;
  return addDays('2024-04-10', offset);
}

/** A synthetic name with a random suffix, so a search finds only what the check made. */
export function uniqueGiven(): string {
  const n = crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000;
  return `太郎${String(n).padStart(6, '0')}`;
}

/** A written application (申請書による申請) by the person in need with every item of 法第24条第1項. */
export function writtenApplication(applicationDate: string, overrides: Json = {}): Json {
  return {
    applicationDate,
    applicantRelation: '1',
    personInNeed: {
      name: { family: '見本', given: '太郎', familyKana: 'ミホン', givenKana: 'タロウ' },
      birthDate: '1970-05-01',
      sex: '1',
      address: { lgCode: '131016', text: '見本町一丁目1番1号' },
    },
    reason: '失職し生活費が尽きたため',
    assetStatus: '預金 1万円',
    incomeStatus: 'なし',
    workOrJobSearchStatus: '求職中',
    supportStatus: '不明',
    otherBenefitStatus: 'なし',
    ...overrides,
  };
}

/** Registers an application; any other answer than 201 ends the check naming the step. */
export async function registerApplication(ctx: CheckContext, client: HogoClient<Edition>, body: Json, step?: Fault): Promise<Json> {
  const answer = await send(client, 'createApplication', { body });
  return expectBody(ctx, answer, 201, step ?? { ja: '試験用の申請の登録（createApplication）', en: 'registering the test application (createApplication)' });
}

/** Reads an application as of a day. */
export async function readApplication(ctx: CheckContext, client: HogoClient<Edition>, applicationId: string, asOf?: string): Promise<Json> {
  const answer = await send(client, 'getApplication', { path: { applicationId }, ...(asOf !== undefined && { query: { asOf } }) });
  return expectBody(ctx, answer, 200, { ja: `申請 ${applicationId} の照会（getApplication）`, en: `reading application ${applicationId} (getApplication)` });
}

/** Every application matching a query, following the cursor (up to 20 pages). */
export async function listAllApplications(ctx: CheckContext, client: HogoClient<Edition>, query: Record<string, string | number | boolean>): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const answer = await send(client, 'listApplications', { query: { ...query, limit: 100, ...(cursor !== undefined && { cursor }) } });
    const body = expectBody(ctx, answer, 200, { ja: '申請の一覧（listApplications）', en: 'listing applications (listApplications)' });
    if (Array.isArray(body.items)) items.push(...body.items.filter(isObject));
    if (typeof body.nextCursor !== 'string' || body.nextCursor === '') break;
    cursor = body.nextCursor;
  }
  return items;
}

/** True when an answer is a refusal of the request's content (400 or 422). */
export const refusedAsInvalid = (answer: Answer) => answer.status === 400 || answer.status === 422;

/** True when some pointer of the problem names the member (e.g. "reason" matches /body/reason). */
export function pointsAt(answer: Answer, member: string): boolean {
  return pointersOf(answer).some((p) => p === `/body/${member}` || p.endsWith(`/${member}`));
}

/** A fault for an answer that was expected to be a refusal. */
export function notRefused(answer: Answer, step: Fault, expected = '400 又は 422'): Fault {
  return { ja: `${step.ja}が拒否されなかった（期待 ${expected}、実際 ${answer.status}）`, en: `${step.en} was not refused (expected ${expected}, got ${answer.status})` };
}

/** Ends the check listing every fault. */
export function failWith(ctx: CheckContext, what: Fault, faults: Fault[]): void {
  if (faults.length === 0) return;
  ctx.fail({ ja: `${what.ja} — ${faults.map((f) => f.ja).join('、')}`, en: `${what.en} — ${faults.map((f) => f.en).join('; ')}` });
}

/** Compares a value read back with the one sent. */
export function expectEqual(faults: Fault[], label: Fault, actual: unknown, expected: unknown): void {
  if (canonical(actual) !== canonical(expected)) {
    faults.push({ ja: `${label.ja}が ${JSON.stringify(expected)} ではなく ${JSON.stringify(actual)}`, en: `${label.en} is ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}` });
  }
}

/** JSON with object keys sorted, so that member order does not matter. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
