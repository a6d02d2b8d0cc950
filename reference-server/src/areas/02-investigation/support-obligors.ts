import { conflict, type components, type HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { missing, ruleBroken } from '../../support/refusals.ts';
import { assertMemberOf, assertNotBefore, byKeyThenId, householdInPath } from './common.ts';

type SupportObligor = components['schemas']['SupportObligor'];
type SupportInquiryInput = components['schemas']['SupportInquiryInput'];

/** 社援保発0330第2号: DV・虐待等の経緯 — the relative is neither asked nor notified (02.2.10). */
export const VIOLENCE_OR_ABUSE = '09';

/** その他扶養義務の履行が期待できない事情 — the circumstances must be written down (02.2.7). */
const OTHER_REASON = '99';

const STATUS_JA: Record<SupportObligor['supportInquiryStatus'], string> = { pending: '未処理', inquired: '照会済', answered: '回答済', excluded: '照会しない' };

const misfit = (obligor: SupportObligor, action: string) =>
  conflict('illegal-transition', {
    ja: `扶養照会の状況が「${STATUS_JA[obligor.supportInquiryStatus]}」のため、${action}は記録できません。`,
    en: `The support inquiry is ${obligor.supportInquiryStatus}; ${action} does not fit.`,
  });

/** The seeded defects of the steps of a support inquiry (mutants/more-01-04.ts); all off normally. */
interface StepDefects {
  inquiryDateDropped: boolean;
  answerAmountDropped: boolean;
  blankNoteAccepted: boolean;
  reasonNotKept: boolean;
  reasonsMerged: boolean;
  priorNoticeDateDropped: boolean;
}
const NO_DEFECTS: StepDefects = { inquiryDateDropped: false, answerAmountDropped: false, blankNoteAccepted: false, reasonNotKept: false, reasonsMerged: false, priorNoticeDateDropped: false };

const EXCLUSION_FIELDS = ['exclusionReason', 'exclusionNote', 'excludedOn', 'excludedBy'] as const;

/**
 * One step of the support inquiry (扶養照会), applied to the relative; throws when it does not fit. `protectVictims`
 * is off only under the seeded defect support-inquiry-to-dv-relative.
 */
function applyStep(obligor: SupportObligor, body: SupportInquiryInput, staffId: string, protectVictims = true, seeded: StepDefects = NO_DEFECTS): SupportObligor {
  const dvExcluded = protectVictims && obligor.supportInquiryStatus === 'excluded' && obligor.exclusionReason === VIOLENCE_OR_ABUSE;
  if (dvExcluded && (body.action === 'inquire' || body.action === 'priorNotice')) {
    throw ruleBroken('excluded-for-violence', '/body/action', {
      ja: 'DV・虐待等の経緯により扶養照会を行わないこととした扶養義務者には、扶養照会も法第24条第8項の通知も行えません。',
      en: 'A relative excluded for domestic violence or abuse can be neither asked for support nor notified under Art. 24(8).',
    });
  }
  const view = body.applicantViewOnInquiry !== undefined ? { applicantViewOnInquiry: body.applicantViewOnInquiry } : {};
  switch (body.action) {
    case 'inquire': {
      if (obligor.supportInquiryStatus !== 'pending' && obligor.supportInquiryStatus !== 'excluded') throw misfit(obligor, '扶養照会の実施');
      const rest: Partial<SupportObligor> = { ...obligor };
      for (const field of EXCLUSION_FIELDS) delete rest[field];
      // Seeded defect support-inquiry-date-dropped: the status changes but the day of the inquiry is not kept.
      return { ...(rest as SupportObligor), ...view, supportInquiryStatus: 'inquired', ...(seeded.inquiryDateDropped ? {} : { inquiredOn: body.date }) };
    }
    case 'recordAnswer': {
      if (obligor.supportInquiryStatus !== 'inquired') throw misfit(obligor, '回答の記録');
      if (obligor.inquiredOn !== undefined) assertNotBefore(body.date, obligor.inquiredOn, '/body/date', '回答日', 'The answer date');
      return {
        ...obligor,
        ...view,
        supportInquiryStatus: 'answered',
        answeredOn: body.date,
        // Seeded defect support-answer-amount-dropped: the monthly amount offered is not taken from the answer.
        monthlySupportAmount: seeded.answerAmountDropped ? 0 : body.monthlySupportAmount ?? 0,
        ...(body.nonFinancialSupport !== undefined ? { nonFinancialSupport: body.nonFinancialSupport } : {}),
        ...(body.answerNote !== undefined ? { answerNote: body.answerNote } : {}),
      };
    }
    case 'exclude': {
      if (obligor.supportInquiryStatus !== 'pending') throw misfit(obligor, '照会しない扱い');
      // Seeded defect exclusion-blank-note-accepted: a note of spaces passes for the circumstances.
      if (body.exclusionReason === OTHER_REASON && (seeded.blankNoteAccepted ? body.exclusionNote ?? '' : (body.exclusionNote ?? '').trim()) === '') {
        throw ruleBroken('exclusion-note-required', '/body/exclusionNote', {
          ja: '「その他」の理由では、扶養義務の履行が期待できないと判断した具体的な事情を記載してください。',
          en: 'For the reason "other", state the circumstances why support cannot be expected.',
        });
      }
      return {
        ...obligor,
        ...view,
        supportInquiryStatus: 'excluded',
        // Seeded defects: exclusion-reason-not-kept drops the reason; exclusion-reasons-merged records 08 (no contact for
        // about ten years) as 07 (relations broken off).
        ...(seeded.reasonNotKept ? {} : { exclusionReason: body.exclusionReason === '08' && seeded.reasonsMerged ? '07' : body.exclusionReason! }),
        ...(body.exclusionNote !== undefined ? { exclusionNote: body.exclusionNote } : {}),
        excludedOn: body.date,
        excludedBy: staffId,
      };
    }
    case 'priorNotice': {
      if (obligor.priorNoticeOn !== undefined) {
        throw conflict('already-notified', { ja: `法第24条第8項の通知は既に記録されています（${obligor.priorNoticeOn}）。`, en: `The Art. 24(8) notice is already recorded (${obligor.priorNoticeOn}).` });
      }
      // Seeded defect prior-notice-date-dropped: the notice is accepted but its date is not kept.
      return { ...obligor, ...view, ...(seeded.priorNoticeDateDropped ? {} : { priorNoticeOn: body.date }) };
    }
  }
}

/** 扶養義務者と扶養照会 (02.2.1–02.2.10). Nothing here ever changes an application (01.5.1, 01.5.2). */
export function supportObligors(env: AreaEnv): Pick<HogoAdapter, 'createSupportObligor' | 'listSupportObligors' | 'recordSupportInquiry'> {
  return {
    async createSupportObligor({ path, body }) {
      return env.store.transact((tx) => {
        const household = householdInPath(tx, path.householdId);
        if (body.memberId !== undefined) assertMemberOf(household, body.memberId, '/body/memberId');
        const obligorId = newId(tx, 'O');
        // Seeded defects: obligor-contact-dropped (phone/address not kept), obligor-applicant-view-dropped.
        const { phone: _phone, address: _address, ...noContact } = body as typeof body & { address?: unknown };
        const kept = hasMutant(env, 'obligor-contact-dropped') ? noContact : body;
        const { applicantViewOnInquiry: _view, ...noView } = kept;
        const obligor: SupportObligor = {
          ...(hasMutant(env, 'obligor-applicant-view-dropped') ? noView : kept),
          obligorId,
          householdId: household.householdId,
          supportInquiryStatus: 'pending',
          recordedAt: env.clock.now().toISOString(),
        };
        tx.put('SupportObligor', obligorId, obligor);
        return obligor;
      });
    },

    async listSupportObligors({ path, query }) {
      householdInPath(env.store, path.householdId);
      const items = env.store
        .select<SupportObligor>('SupportObligor', (o) => o.householdId === path.householdId)
        .map((r) => r.value)
        .filter((o) => query.memberId === undefined || o.memberId === query.memberId)
        .filter((o) => query.supportInquiryStatus === undefined || o.supportInquiryStatus === query.supportInquiryStatus || hasMutant(env, 'obligor-status-filter-ignored'))
        .sort(byKeyThenId((o) => o.recordedAt, (o) => o.obligorId));
      return page(items, query);
    },

    async recordSupportInquiry({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const record = tx.get<SupportObligor>('SupportObligor', path.obligorId);
        if (!record) throw missing('扶養義務者', 'liable relative');
        const updated = applyStep(record.value, body, ctx.principal.staffId, !hasMutant(env, 'support-inquiry-to-dv-relative'), {
          inquiryDateDropped: hasMutant(env, 'support-inquiry-date-dropped'),
          answerAmountDropped: hasMutant(env, 'support-answer-amount-dropped'),
          blankNoteAccepted: hasMutant(env, 'exclusion-blank-note-accepted'),
          reasonNotKept: hasMutant(env, 'exclusion-reason-not-kept'),
          reasonsMerged: hasMutant(env, 'exclusion-reasons-merged'),
          priorNoticeDateDropped: hasMutant(env, 'prior-notice-date-dropped'),
        });
        tx.put('SupportObligor', path.obligorId, updated);
        return updated;
      });
    },
  };
}
