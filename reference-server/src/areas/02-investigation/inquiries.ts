import { conflict, type components, type HogoAdapter } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { stateChanges, stateOn } from '../../support/protection-periods.ts';
import { missing, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { applicationInBody, assertMemberOf, assertNotBefore, byKeyThenId, householdInBody, type Household } from './common.ts';

type Inquiry = components['schemas']['Inquiry'];
type InquiryInput = components['schemas']['InquiryInput'];
type SupportObligor = components['schemas']['SupportObligor'];

/** Target types about a former recipient or that person's liable relative (第29条第1項: protected period only). */
const FORMER_RECIPIENT_TARGETS = new Set(['2', '4']);
const MEMBER_TARGETS = new Set(['1', '2']);

/** The inquiry with answerOverdue computed for asOf. */
export function inquiryAsOf(inquiry: Inquiry, asOf: string): Inquiry {
  const answered = inquiry.answeredOn !== undefined && inquiry.answeredOn <= asOf;
  return { ...inquiry, asOf, answerOverdue: inquiry.answerDueDate !== undefined && asOf > inquiry.answerDueDate && !answered };
}

/** Seeded defect inquiry-overdue-on-due-date: an inquiry counts as overdue on its answer date itself. */
function inquiryAsOfOffByOne(inquiry: Inquiry, asOf: string): Inquiry {
  const answered = inquiry.answeredOn !== undefined && inquiry.answeredOn <= asOf;
  return { ...inquiry, asOf, answerOverdue: inquiry.answerDueDate !== undefined && asOf >= inquiry.answerDueDate && !answered };
}

/**
 * 02.1.5: every day asked about must lie in a period in which the household was protected (保護を受けていた期間;
 * a 停止 does not end it, a 廃止 or 移管 does).
 */
function assertWithinProtectedPeriod(reader: Reader, household: Household, from: string, to: string): void {
  const changes = stateChanges(reader, household);
  const inside = stateOn(changes, from) !== 'none' && !changes.some((c) => c.on > from && c.on <= to && c.state === 'none');
  if (!inside) {
    throw ruleBroken('outside-protected-period', '/body/periodFrom', {
      ja: `被保護者であった者及びその扶養義務者への照会は、保護を受けていた期間の事項に限られます（照会対象期間 ${from}〜${to}）。`,
      en: `An inquiry about a former recipient or that person's liable relative may only concern the period of protection (asked: ${from} to ${to}).`,
    });
  }
}

/** The household and application the inquiry is for, checked against each other (422 when they do not fit). */
function resolveSubject(reader: Reader, body: InquiryInput): Household | undefined {
  const household = body.householdId !== undefined ? householdInBody(reader, body.householdId, '/body/householdId') : undefined;
  if (body.applicationId !== undefined) {
    const application = applicationInBody(reader, body.applicationId, '/body/applicationId');
    if (household && application.householdId !== undefined && application.householdId !== household.householdId) {
      throw ruleBroken('application-of-another-household', '/body/applicationId', {
        ja: `申請（${application.applicationId}）は世帯（${household.householdId}）の申請ではありません。`,
        en: `The application ${application.applicationId} is not an application of the household ${household.householdId}.`,
      });
    }
    if (!household && application.householdId !== undefined) return householdInBody(reader, application.householdId, '/body/applicationId');
  }
  return household;
}

function checkTarget(reader: Reader, body: InquiryInput, household: Household | undefined): void {
  if (body.targetMemberId !== undefined) {
    if (!MEMBER_TARGETS.has(body.targetType)) {
      throw ruleBroken('target-does-not-fit', '/body/targetMemberId', { ja: '扶養義務者についての照会に世帯員は指定できません。', en: 'A member is named on an inquiry about a liable relative.' });
    }
    if (!household) throw unknownReference('/body/targetMemberId', '世帯員', 'member');
    assertMemberOf(household, body.targetMemberId, '/body/targetMemberId');
  }
  if (body.targetObligorId !== undefined) {
    if (MEMBER_TARGETS.has(body.targetType)) {
      throw ruleBroken('target-does-not-fit', '/body/targetObligorId', { ja: '要保護者についての照会に扶養義務者は指定できません。', en: 'A liable relative is named on an inquiry about the person in need.' });
    }
    const obligor = reader.get<SupportObligor>('SupportObligor', body.targetObligorId)?.value;
    if (!obligor) throw unknownReference('/body/targetObligorId', '扶養義務者', 'liable relative');
    if (!household || obligor.householdId !== household.householdId) {
      throw ruleBroken('obligor-of-another-household', '/body/targetObligorId', { ja: '扶養義務者がこの世帯の扶養義務者ではありません。', en: 'The liable relative is not one of this household.' });
    }
  }
}

/** 関係先照会（法第29条）: record (02.1.1, 02.1.5), answer (02.1.2), list (02.1.3, 02.1.4). */
export function inquiries(env: AreaEnv): Pick<HogoAdapter, 'createInquiry' | 'listInquiries' | 'recordInquiryAnswer'> {
  return {
    async createInquiry({ body }, ctx) {
      return env.store.transact((tx) => {
        const household = resolveSubject(tx, body);
        checkTarget(tx, body, household);
        if (body.periodFrom !== undefined && body.periodTo !== undefined) {
          assertNotBefore(body.periodTo, body.periodFrom, '/body/periodTo', '照会対象期間の終期', 'The end of the period');
        }
        if (body.answerDueDate !== undefined) assertNotBefore(body.answerDueDate, body.sentOn, '/body/answerDueDate', '回答期限', 'The answer date');
        if (FORMER_RECIPIENT_TARGETS.has(body.targetType) && !hasMutant(env, 'inquiry-former-recipient-any-period')) {
          // The schema requires householdId and the period for these targets.
          assertWithinProtectedPeriod(tx, household!, body.periodFrom!, body.periodTo!);
        }
        const inquiryId = newId(tx, 'Q');
        // Seeded defect inquiry-items-first-only: of several items asked about, only the first is kept.
        const items = hasMutant(env, 'inquiry-items-first-only') ? body.items.slice(0, 1) : body.items;
        const inquiry = inquiryAsOf(
          { ...body, items, inquiryId, status: 'sent', answerOverdue: false, createdAt: env.clock.now().toISOString(), createdBy: ctx.principal.staffId },
          env.clock.today(),
        );
        tx.put('Inquiry', inquiryId, inquiry);
        return inquiry;
      });
    },

    async listInquiries({ query }) {
      const asOf = query.asOf ?? env.clock.today();
      // The household of each application: only strings are taken from the read-only walk.
      const applications = new Map<string, { householdId?: string }>();
      env.store.scan<components['schemas']['Application']>('Application', (a) => { applications.set(a.applicationId, { householdId: a.householdId }); });
      const householdOf = (i: Readonly<Inquiry>) => i.householdId ?? (i.applicationId ? applications.get(i.applicationId)?.householdId : undefined);
      const items = env.store
        // householdId and applicationId are the stored ones (the as-of view adds asOf and answerOverdue only).
        .select<Inquiry>('Inquiry', (i) => (query.householdId === undefined || householdOf(i) === query.householdId || hasMutant(env, 'inquiry-household-filter-ignored'))
          && (query.applicationId === undefined || i.applicationId === query.applicationId))
        .map((r) => (hasMutant(env, 'inquiry-overdue-on-due-date') ? inquiryAsOfOffByOne : inquiryAsOf)(r.value, asOf))
        .filter((i) => query.householdId === undefined || householdOf(i) === query.householdId || hasMutant(env, 'inquiry-household-filter-ignored'))
        .filter((i) => query.applicationId === undefined || i.applicationId === query.applicationId)
        .filter((i) => query.status === undefined || i.status === query.status)
        .filter((i) => query.recipientType === undefined || i.recipientType === query.recipientType)
        .filter((i) => query.answerOverdue === undefined || i.answerOverdue === query.answerOverdue)
        .sort(byKeyThenId((i) => i.sentOn, (i) => i.inquiryId));
      return page(items, query);
    },

    async recordInquiryAnswer({ path, body }) {
      return env.store.transact((tx) => {
        const record = tx.get<Inquiry>('Inquiry', path.inquiryId);
        if (!record) throw missing('照会', 'inquiry');
        const inquiry = record.value;
        if (inquiry.status === 'answered') {
          throw conflict('already-answered', { ja: `この照会の回答は既に記録されています（回答日 ${inquiry.answeredOn}）。`, en: `The answer was already recorded (${inquiry.answeredOn}).` });
        }
        assertNotBefore(body.answeredOn, inquiry.sentOn, '/body/answeredOn', '回答日', 'The answer date');
        const answered = inquiryAsOf(
          {
            ...inquiry,
            status: 'answered',
            answeredOn: body.answeredOn,
            // Seeded defect inquiry-answer-summary-dropped: the inquiry is marked answered without what was answered.
            ...(hasMutant(env, 'inquiry-answer-summary-dropped') ? {} : { answerSummary: body.summary }),
            answerNoRecord: body.noRecord ?? false,
            ...(body.assetAmount !== undefined ? { answerAssetAmount: body.assetAmount } : {}),
            ...(body.monthlyIncome !== undefined ? { answerMonthlyIncome: body.monthlyIncome } : {}),
          },
          env.clock.today(),
        );
        tx.put('Inquiry', path.inquiryId, answered);
        return answered;
      });
    },
  };
}
