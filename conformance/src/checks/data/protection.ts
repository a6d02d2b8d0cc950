import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../engine/types.ts';
import { isObject, send, type Answer } from '../support/http.ts';
import { requireClient } from '../support/roles.ts';
import { householdInput, LG_CODE, member, uniqueSection, type MemberFixture } from './fixtures.ts';
import { expectBody, membersOf, registerHousehold, type Json } from './households.ts';

/**
 * The one fixture of a household in protection, shared by every area's checks: a household in a section of
 * its own, an application (法第24条第1項 items stated), optionally an investigation, and a 開始 decision — all
 * made through the standard API, as any target's own users would make them.
 */

type Step = { ja: string; en: string };

/** YYYY-MM-DD `days` from today (UTC; negative: past). */
export const dayFromToday = (days = 0): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** `date` + `days` calendar days (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A member of a test household, with the 宛名番号 the linkage checks use. */
export type TestMember = MemberFixture & { addressNumber?: string };

export interface PlainOptions {
  members?: TestMember[];
  section?: string;
  household?: Record<string, unknown>;
  /** A staff id to register as the household's 地区担当員. */
  assignedCaseworker?: string;
}

export interface ProtectionOptions extends PlainOptions {
  /** The application date and the effective date of the 開始 (default: yesterday). */
  startOn?: string;
  /** The day the 開始 is decided (default: startOn). */
  decidedOn?: string;
  /** The fujoBreakdown of the 開始 (default: 生活扶助 70,000 yen in cash). */
  fujo?: Json[];
  /** Starts an investigation the day after the application before deciding (default: no). */
  investigate?: boolean;
  /** The role that registers the application (default: caseworker). */
  applicant?: 'intake' | 'caseworker';
  /** Replaces the start decision's body (what is not given keeps the default). */
  decision?: Json;
}

export interface Protected {
  householdId: string;
  section: string;
  /** The members as read after the 開始. */
  members: Json[];
  applicationId: string;
  decisionId: string;
  /** The 開始 decision as answered. */
  decision: Json;
  /** The household as read after the 開始. */
  household: Json;
}

/** A registered household not (yet) in protection. */
export async function plainHousehold(ctx: CheckContext, options: PlainOptions = {}, client?: HogoClient<Edition>) {
  const caseworker = client ?? requireClient(ctx, 'caseworker');
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

/** The body of a written application for the household (every item of 法第24条第1項 stated). */
export function applicationBody(householdId: string, applicationDate: string, head: Json = {}): Json {
  const name = isObject(head.name) ? head.name : { family: '見本', given: '太郎' };
  return {
    applicationDate, channel: '1', applicantRelation: '1', householdId,
    personInNeed: { name: { family: name.family, given: name.given }, address: { lgCode: LG_CODE, text: '見本町一丁目1番1号' } },
    reason: '失業により収入がなくなり、生活に困窮しているため。（試験データ）',
    assetStatus: '預貯金なし。', incomeStatus: 'なし。', workOrJobSearchStatus: '求職中。',
    supportStatus: '不明。', otherBenefitStatus: 'なし。', attachments: ['01', '02'],
  };
}

/** A household brought into protection: application → (investigation) → 開始 effective on startOn. */
export async function protectedHousehold(ctx: CheckContext, options: ProtectionOptions = {}, client?: HogoClient<Edition>): Promise<Protected> {
  const caseworker = client ?? requireClient(ctx, 'caseworker');
  const applicant = options.applicant === 'intake' ? requireClient(ctx, 'intake') : caseworker;
  const startOn = options.startOn ?? dayFromToday(-1);
  const plain = await plainHousehold(ctx, options, caseworker);
  const application = expectBody(ctx, await send(applicant, 'createApplication', { body: applicationBody(plain.householdId, startOn, plain.members[0]) }), 201,
    { ja: '試験用の保護の申請（createApplication）', en: 'the test application (createApplication)' });
  const applicationId = String(application.applicationId);
  if (options.investigate) {
    const investigation = await send(caseworker, 'startInvestigation', { path: { applicationId }, body: { startedOn: addDays(startOn, 1) } });
    if (investigation.status >= 300) failStep(ctx, investigation, { ja: '調査の開始（startInvestigation）', en: 'starting the investigation (startInvestigation)' });
  }
  const body = {
    type: 'start', decidedOn: options.decidedOn ?? startOn, effectiveOn: startOn, startReason: '06',
    reasonText: '資産・収入の調査の結果、最低生活費に満たないことを確認したため保護を開始する。（試験データ）',
    fujoBreakdown: options.fujo ?? [{ fujoType: '01', monthlyAmount: 70_000, inKind: false }],
    ...options.decision,
  };
  const answer = await send(caseworker, 'decideApplication', { path: { applicationId }, body });
  if (answer.status !== 201 || !isObject(answer.body)) failStep(ctx, answer, { ja: '保護開始の決定（decideApplication）', en: 'the start decision (decideApplication)' });
  const decision = answer.body as Json;
  const household = expectBody(ctx, await send(caseworker, 'getHousehold', { path: { householdId: plain.householdId } }), 200,
    { ja: '試験用の世帯の照会（getHousehold）', en: 'reading the test household (getHousehold)' });
  return { householdId: plain.householdId, section: plain.section, members: membersOf(household), applicationId, decisionId: String(decision.decisionId), decision, household };
}

/** A decision of a protected household (createCaseDecision, ex officio), e.g. 変更, 停止 or 廃止. */
export async function caseDecision(ctx: CheckContext, householdId: string, body: Record<string, unknown>, client?: HogoClient<Edition>): Promise<Json> {
  const caseworker = client ?? requireClient(ctx, 'caseworker');
  const answer = await send(caseworker, 'createCaseDecision', { path: { householdId }, body: { origin: 'ex-officio', ...body } });
  if (answer.status >= 300) failStep(ctx, answer, { ja: `決定（${String(body.type)}）の登録（createCaseDecision）`, en: `recording the ${String(body.type)} decision (createCaseDecision)` });
  return answer.body as Json;
}

/** Ends the check as failed naming the step, with the start of the problem body. */
export function failStep(ctx: CheckContext, answer: Answer, what: Step): never {
  const detail = isObject(answer.body) ? ` ${JSON.stringify(answer.body).slice(0, 400)}` : '';
  return ctx.fail({ ja: `${what.ja}が失敗した（状態コード ${answer.status}）${detail}`, en: `${what.en} failed (status ${answer.status})${detail}` });
}
