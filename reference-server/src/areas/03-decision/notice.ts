import { codeLists, codeLists20, type HogoAdapter } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { page } from '../../support/page.ts';
import { missing } from '../../support/refusals.ts';
import { isPrefectureCode, prefectureOf } from './prefectures.ts';
import { C, type Application, type ChangeApplication, type Decision, type DecisionNotice, type Household } from './types.ts';

const TITLES: Record<Decision['type'], string> = {
  start: '保護開始決定通知書',
  reject: '保護申請却下通知書',
  change: '保護変更決定通知書',
  suspend: '保護停止決定通知書',
  resume: '保護停止解除決定通知書',
  discontinue: '保護廃止決定通知書',
};

type Labels = Record<string, { codes: Record<string, { ja: string }> }>;

/** The Japanese label of the decision's start, rejection or discontinuation reason code. */
function reasonCategory(env: AreaEnv, d: Decision): string | undefined {
  const lists = (env.edition === '2.0' ? codeLists20 : codeLists) as unknown as Labels;
  const [list, code] = d.type === 'start' ? ['startReason', d.startReason]
    : d.type === 'reject' ? ['rejectionReason', d.rejectionReason]
    : d.type === 'discontinue' ? ['discontinuationReason', d.discontinuationReason] : [undefined, undefined];
  return list && code ? lists[list]?.codes[code]?.ja : undefined;
}

/** The applicant of an application decision, the applicant member of a change application, else the head of household. */
function addresseeOf(store: Reader, d: Decision, household: Household): DecisionNotice['addressee'] {
  if (d.applicationId) {
    const app = store.get<Application>(C.application, d.applicationId)?.value;
    if (app) {
      const person = app.applicantRelation !== '1' && app.applicant ? app.applicant : app.personInNeed;
      return { name: person.name, address: person.address ?? app.personInNeed.address ?? household.address };
    }
  }
  const members = household.members.filter((m) => m.leftOn === undefined);
  const ca = d.changeApplicationId ? store.get<ChangeApplication>(C.changeApplication, d.changeApplicationId)?.value : undefined;
  const member = household.members.find((m) => m.memberId === ca?.applicantMemberId)
    ?? members.find((m) => m.relationship === '01') ?? members[0] ?? household.members[0]!;
  return { name: member.name, address: household.address };
}

/** The 決定通知書 of a decision, built from the current data (03.6.1〜03.6.7). */
export function buildNotice(env: AreaEnv, store: Reader, d: Decision): DecisionNotice {
  const household = store.get<Household>(C.household, d.householdId)!.value;
  const lgCode = household.lgCode;
  const prefecture = prefectureOf(lgCode);
  const authority = `${prefecture}知事`;
  const defendant = isPrefectureCode(lgCode) ? prefecture : `${prefecture}内の地方公共団体（地方公共団体コード ${lgCode}）`;
  const granting = d.type === 'start' || d.type === 'change' || d.type === 'resume';
  // Seeded defect notice-delay-reason-after-day-30-only: the delay reason is printed only past day 30.
  const late = (d.daysFromApplication ?? 0) > (hasMutant(env, 'notice-delay-reason-after-day-30-only') ? 30 : 14);
  const notice: DecisionNotice = {
    decisionId: d.decisionId,
    householdId: d.householdId,
    ...(household.caseNumber !== undefined && { caseNumber: household.caseNumber }),
    noticeTitle: d.type === 'reject' && d.changeApplicationId ? '保護変更申請却下通知書' : TITLES[d.type],
    // Seeded defect notice-dated-on-decision-date: the notice carries the decision date as its date.
    issuedOn: hasMutant(env, 'notice-dated-on-decision-date') ? d.decidedOn : d.notifiedOn,
    issuer: { officeName: `${prefecture}（地方公共団体コード ${lgCode}）福祉事務所長`, lgCode },
    addressee: addresseeOf(store, d, household),
    decisionType: d.type,
    origin: d.origin,
    decidedOn: d.decidedOn,
    ...(d.effectiveOn !== undefined && { effectiveOn: d.effectiveOn }),
    // Seeded defect notice-without-fujo-breakdown: the types and degree of assistance are left off.
    ...(granting && d.fujoBreakdown && !hasMutant(env, 'notice-without-fujo-breakdown') && { fujoBreakdown: d.fujoBreakdown }),
    ...(granting && d.minimumCost !== undefined && !hasMutant(env, 'notice-without-calculation-breakdown') && { minimumCost: d.minimumCost, recognisedIncome: d.recognisedIncome, payment: d.payment }),
    // Seeded defect notice-reason-category-as-reasons: the label of the reason code is printed instead of the reasons.
    reasonText: hasMutant(env, 'notice-reason-category-as-reasons') ? reasonCategory(env, d) ?? d.reasonText : d.reasonText,
    ...(reasonCategory(env, d) !== undefined && { reasonCategory: reasonCategory(env, d) }),
    ...(late && d.delayReason !== undefined && { delayReason: d.delayReason }),
    appealInstruction: {
      authority,
      periodMonths: 3,
      text: `この決定に不服があるときは、この決定があったことを知った日の翌日から起算して3か月以内に、${authority}に対して審査請求をすることができます（生活保護法第64条、行政不服審査法第18条第1項）。`,
    },
    litigationInstruction: {
      defendant,
      periodMonths: 6,
      exhaustionRequired: true,
      text: `この決定の取消しを求める訴えは、審査請求に対する裁決を経た後でなければ提起することができません（生活保護法第69条）。この訴えは、裁決があったことを知った日から6か月以内に、${defendant}を被告として提起することができます（行政事件訴訟法第14条・第46条第1項）。`,
    },
    generatedAt: env.clock.now().toISOString(),
  };
  if (hasMutant(env, 'notice-without-appeal-instructions')) {
    const { appealInstruction: _a, litigationInstruction: _l, ...rest } = notice;
    return rest as DecisionNotice;
  }
  return notice;
}

/** getDecisionNotice: the notice of one decision. */
export function getDecisionNotice(env: AreaEnv): HogoAdapter['getDecisionNotice'] {
  return async ({ path }) => {
    const record = env.store.get<Decision>(C.decision, path.decisionId);
    if (!record) throw missing('決定', 'decision');
    return buildNotice(env, env.store, record.value);
  };
}

/** listDecisionNotices: notices whose notice date lies in [notifiedFrom, notifiedTo], optionally of one section (03.6.9). */
export function listDecisionNotices(env: AreaEnv): HogoAdapter['listDecisionNotices'] {
  return async ({ query }) => {
    const sectionOf = (householdId: string) => env.store.get<Household>(C.household, householdId)?.value.section;
    const decisions = env.store
      .records<Decision>(C.decision)
      .map((r) => r.value)
      .filter((d) => d.notifiedOn >= query.notifiedFrom && d.notifiedOn <= query.notifiedTo)
      .filter((d) => query.section === undefined || sectionOf(d.householdId) === query.section || hasMutant(env, 'notice-bulk-section-ignored'))
      .sort((a, b) => a.notifiedOn.localeCompare(b.notifiedOn) || a.decisionId.localeCompare(b.decisionId));
    const result = page(decisions, query);
    return { items: result.items.map((d) => buildNotice(env, env.store, d)), nextCursor: result.nextCursor };
  };
}
