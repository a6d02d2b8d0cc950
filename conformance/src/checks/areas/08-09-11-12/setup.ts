import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../../engine/types.ts';
import { householdInput, member, uniqueSection, type MemberFixture } from '../../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { isObject, send, type Answer } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';

/**
 * Fixtures of areas 08, 09, 11 and 12, made through the standard API only: a household in a section of its own,
 * brought into protection by an application, an investigation and a 開始 decision taking effect on a chosen day.
 */

export type Fault = { ja: string; en: string };

/** A member of a test household, with the 宛名番号 the linkage checks use. */
export type TestMember = MemberFixture & { addressNumber?: string };

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

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
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

export interface PlainOptions {
  members?: TestMember[];
  section?: string;
  household?: Record<string, unknown>;
  /** A staff id to register as the household's 地区担当員. */
  assignedCaseworker?: string;
}

export interface ProtectedOptions extends PlainOptions {
  /** The day protection begins (the application date and the effective date of the 開始). */
  startOn: string;
  /** The fujoBreakdown of the 開始 (default: 生活扶助 only). */
  fujo?: { fujoType: string; monthlyAmount: number; inKind: boolean }[];
}

export interface Protected {
  householdId: string;
  section: string;
  members: Json[];
  applicationId: string;
  household: Json;
}

const step = (ja: string, en: string) => ({ ja, en });

/** A registered household not (yet) in protection. */
export async function plainHousehold(ctx: CheckContext, options: PlainOptions = {}) {
  const caseworker = requireClient(ctx, 'caseworker');
  const section = options.section ?? uniqueSection();
  const body = householdInput(section, { members: options.members ?? [member()], ...options.household });
  let created: Json | undefined;
  if (options.assignedCaseworker !== undefined) {
    // A staff id of the test range; a system that accepts only its own staff ids is tried again without one.
    const answer = await send(caseworker, 'createHousehold', { body: { ...body, assignedCaseworker: options.assignedCaseworker } });
    if (answer.status === 201 && isObject(answer.body)) created = answer.body;
    else ctx.note(`createHousehold with assignedCaseworker ${options.assignedCaseworker} answered ${answer.status}; registered without it`);
  }
  created ??= await registerHousehold(ctx, caseworker, body);
  return { household: created, householdId: String(created.householdId), section, members: membersOf(created) };
}

/** A household brought into protection from `startOn` through application → investigation → 開始. */
export async function protectedHousehold(ctx: CheckContext, options: ProtectedOptions): Promise<Protected> {
  const intake = requireClient(ctx, 'intake');
  const caseworker = requireClient(ctx, 'caseworker');
  const plain = await plainHousehold(ctx, options);
  const head = plain.members[0] ?? {};
  const name = isObject(head.name) ? head.name : { family: '見本', given: '太郎' };
  const application = expectBody(ctx, await send(intake, 'createApplication', {
    body: {
      applicationDate: options.startOn, channel: '1', applicantRelation: '1', householdId: plain.householdId,
      personInNeed: { name: { family: name.family, given: name.given }, address: { lgCode: '131016', text: '見本町一丁目1番1号' } },
      reason: '失業により収入がなくなり、生活に困窮しているため。（試験データ）',
      assetStatus: '預貯金なし。', incomeStatus: 'なし。', workOrJobSearchStatus: '求職中。',
      supportStatus: '不明。', otherBenefitStatus: 'なし。', attachments: ['01', '02'],
    },
  }), 201, step('試験用の保護の申請（createApplication）', 'the test application (createApplication)'));
  const applicationId = String(application.applicationId);
  const investigation = await send(caseworker, 'startInvestigation', { path: { applicationId }, body: { startedOn: addDays(options.startOn, 1) } });
  if (investigation.status >= 300) failStep(ctx, investigation, step('調査の開始（startInvestigation）', 'starting the investigation (startInvestigation)'));
  const decision = await send(caseworker, 'decideApplication', {
    path: { applicationId },
    body: {
      type: 'start', decidedOn: addDays(options.startOn, 9), effectiveOn: options.startOn, startReason: '06',
      reasonText: '資産・収入の調査の結果、最低生活費に満たないことを確認したため保護を開始する。（試験データ）',
      fujoBreakdown: options.fujo ?? [{ fujoType: '01', monthlyAmount: 70_000, inKind: false }],
    },
  });
  if (decision.status >= 300) failStep(ctx, decision, step('保護開始の決定（decideApplication）', 'the start decision (decideApplication)'));
  const household = expectBody(ctx, await send(caseworker, 'getHousehold', { path: { householdId: plain.householdId } }), 200,
    step('試験用の世帯の照会（getHousehold）', 'reading the test household (getHousehold)'));
  return { householdId: plain.householdId, section: plain.section, members: membersOf(household), applicationId, household };
}

/** A decision of the household (createCaseDecision), e.g. 停止 or 廃止. */
export async function caseDecision(ctx: CheckContext, householdId: string, body: Record<string, unknown>): Promise<Json> {
  const caseworker = requireClient(ctx, 'caseworker');
  const answer = await send(caseworker, 'createCaseDecision', { path: { householdId }, body: { origin: 'ex-officio', ...body } });
  if (answer.status >= 300) failStep(ctx, answer, step(`決定（${String(body.type)}）の登録（createCaseDecision）`, `recording the ${String(body.type)} decision (createCaseDecision)`));
  return answer.body as Json;
}

function failStep(ctx: CheckContext, answer: Answer, what: Fault): never {
  const detail = isObject(answer.body) ? ` ${JSON.stringify(answer.body).slice(0, 400)}` : '';
  return ctx.fail({ ja: `${what.ja}が失敗した（状態コード ${answer.status}）${detail}`, en: `${what.en} failed (status ${answer.status})${detail}` });
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
