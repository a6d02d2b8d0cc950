import { unprocessable, type components, type FieldError, type HogoAdapter } from '@hogo-kit/sdk';
import { fiscalYearOf, receiptNumberOf } from '../../support/application-status.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { missing, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { applicationView } from './deadlines.ts';

type Application = components['schemas']['Application'];
type ApplicationInput = components['schemas']['ApplicationInput'];
type Consultation = components['schemas']['Consultation'];

/** The items of 生活保護法第24条第1項 a written application states (第3号・第4号), with their Japanese names. */
const ARTICLE_24_ITEMS = [
  ['reason', '保護の開始を必要とする事由'],
  ['assetStatus', '資産の状況'],
  ['incomeStatus', '収入の状況'],
  ['workOrJobSearchStatus', '生業・就労又は求職活動の状況'],
  ['supportStatus', '扶養義務者の扶養の状況'],
  ['otherBenefitStatus', '他の法律に定める扶助の状況'],
] as const;

const blank = (text: string | undefined) => text !== undefined && text.trim() === '';

/**
 * 01.2.2: a written application must carry the items of 第24条第1項 (the schema requires them; here an item left
 * blank is named too). 「不明」「なし」 are answers — only an empty statement is asked for again.
 */
function blankItems(body: ApplicationInput): FieldError[] {
  if (body.specialCircumstanceNoForm) {
    return blank(body.specialCircumstanceNote)
      ? [{ pointer: '/body/specialCircumstanceNote', code: 'required-item-blank', message: { ja: '特別の事情の内容を入力してください', en: 'State the special circumstance' } }]
      : [];
  }
  const items: [string, string | undefined, string][] = [
    ...ARTICLE_24_ITEMS.map(([key, ja]) => [key, body[key], ja] as [string, string | undefined, string]),
    ['personInNeed/address/text', body.personInNeed.address?.text, '要保護者の住所又は居所'],
  ];
  return items
    .filter(([, value]) => blank(value))
    .map(([key, , ja]) => ({ pointer: `/body/${key}`, code: 'required-item-blank', message: { ja: `${ja}を入力してください（「不明」等の申告どおりの記載で足ります）`, en: `State ${key} as the applicant gave it ("unknown" is an answer)` } }));
}

/** The input as kept, with the seeded defects of registration (mutants/more-01-04.ts) applied when one is on. */
function keptInput(env: AreaEnv, body: ApplicationInput): ApplicationInput {
  let kept: ApplicationInput = body;
  if (hasMutant(env, 'application-address-dropped') && kept.personInNeed.address !== undefined) {
    const { address: _address, ...person } = kept.personInNeed;
    kept = { ...kept, personInNeed: person };
  }
  if (hasMutant(env, 'application-attachments-first-only') && kept.attachments !== undefined) kept = { ...kept, attachments: kept.attachments.slice(0, 1) };
  if (hasMutant(env, 'special-circumstance-note-dropped')) {
    const { specialCircumstanceNote: _note, ...rest } = kept;
    kept = rest;
  }
  if (hasMutant(env, 'applicant-name-dropped')) {
    const { applicant: _applicant, ...rest } = kept;
    kept = rest;
  }
  if (hasMutant(env, 'town-head-town-dropped')) {
    const { townLgCode: _code, townName: _name, ...rest } = kept;
    kept = rest;
  }
  return kept;
}

/** 保護申請: registration (01.2.x, 01.4.1, 01.5.1, 01.5.2), the 受理簿 list and the read with derived flags (01.3.x). */
export function applications(env: AreaEnv): Pick<HogoAdapter, 'createApplication' | 'listApplications' | 'getApplication'> {
  const applicationAsOf = applicationView(env);
  return {
    async createApplication({ body }, ctx) {
      return env.store.transact((tx) => {
        // Seeded defect: registration made conditional on knowing whether relatives support (01.5.1).
        if (hasMutant(env, 'support-condition-on-application') && body.supportStatus?.trim() === '不明') {
          throw ruleBroken('support-status-unknown', '/body/supportStatus', {
            ja: '扶養義務者の扶養の状況を確認してから申請してください。',
            en: 'Find out whether relatives can support before applying.',
          });
        }
        const blanks = hasMutant(env, 'blank-application-items-accepted') ? [] : blankItems(body);
        if (blanks.length > 0) {
          throw unprocessable('required-item-blank', { ja: '法第24条第1項の記載事項に未入力のものがあります。', en: 'Items of Art. 24(1) are blank.' }, blanks);
        }
        if (!body.viaTownHead && (body.townLgCode !== undefined || body.townName !== undefined)) {
          throw ruleBroken('not-via-town-head', body.townLgCode !== undefined ? '/body/townLgCode' : '/body/townName', {
            ja: '経由町村は町村長経由の申請（viaTownHead）のときに記録します。',
            en: 'A town is recorded only for an application lodged with a town head (viaTownHead).',
          });
        }
        if (body.householdId !== undefined && !tx.get('Household', body.householdId)) {
          throw unknownReference('/body/householdId', '世帯', 'household');
        }
        let consultation: Consultation | undefined;
        if (body.consultationId !== undefined) {
          consultation = tx.get<Consultation>('Consultation', body.consultationId)?.value;
          if (!consultation) throw unknownReference('/body/consultationId', '相談記録', 'consultation');
          if (consultation.applicationId !== undefined) {
            throw ruleBroken('consultation-already-linked', '/body/consultationId', {
              ja: `この相談記録からは既に申請（${consultation.applicationId}）が登録されています。`,
              en: `An application (${consultation.applicationId}) was already registered from this consultation.`,
            });
          }
        }
        // 01.2.5: the receipt number is sequential within the fiscal year of the application date.
        const receiptFiscalYear = fiscalYearOf(body.applicationDate);
        const receiptSerial = tx.next(hasMutant(env, 'receipt-number-not-sequential') ? 'receipt' : `receipt:${receiptFiscalYear}`);
        const applicationId = newId(tx, 'A');
        const stored: Application = applicationAsOf(
          {
            ...keptInput(env, body),
            applicationId,
            receiptNumber: receiptNumberOf(receiptFiscalYear, receiptSerial),
            receiptFiscalYear,
            receiptSerial,
            // Seeded defect electronic-application-not-distinguished: an electronic application is kept as one at the counter.
            channel: body.channel === '4' && hasMutant(env, 'electronic-application-not-distinguished') ? '1' : body.channel ?? '1',
            specialCircumstanceNoForm: body.specialCircumstanceNoForm ?? false,
            viaTownHead: body.viaTownHead ?? false,
            status: 'received',
            receivedAt: env.clock.now().toISOString(),
            receivedBy: ctx.principal.staffId,
          } as Application,
          env.clock.today(),
        );
        tx.put('Application', applicationId, stored);
        // 01.1.4: the consultation refers to the application registered from it.
        if (consultation && !hasMutant(env, 'consultation-link-dropped')) tx.put('Consultation', consultation.consultationId, { ...consultation, applicationId });
        return stored;
      });
    },

    async listApplications({ query }) {
      const asOf = query.asOf ?? env.clock.today();
      const items = env.store
        .records<Application>('Application')
        .map((r) => applicationAsOf(r.value, asOf))
        // Seeded defect withdrawn-application-deleted: a withdrawn application is treated as deleted.
        .filter((a) => !(a.status === 'withdrawn' && hasMutant(env, 'withdrawn-application-deleted')))
        .filter((a) => query.fiscalYear === undefined || a.receiptFiscalYear === query.fiscalYear || hasMutant(env, 'application-register-year-ignored'))
        .filter((a) => query.status === undefined || a.status === query.status)
        .filter((a) => query.householdId === undefined || a.householdId === query.householdId)
        .filter((a) => query.decisionOverdue === undefined || a.decisionOverdue === query.decisionOverdue)
        .filter((a) => query.deemedRejected === undefined || a.deemedRejected === query.deemedRejected)
        .filter((a) => query.forwardingOverdue === undefined || a.forwardingOverdue === query.forwardingOverdue)
        .sort((a, b) => a.receiptFiscalYear - b.receiptFiscalYear || a.receiptSerial - b.receiptSerial);
      return page(items, query);
    },

    async getApplication({ path, query }) {
      const record = env.store.get<Application>('Application', path.applicationId);
      if (!record || (record.value.status === 'withdrawn' && hasMutant(env, 'withdrawn-application-deleted'))) throw missing('申請', 'application');
      return withEtag(path.applicationId, record, applicationAsOf(record.value, query.asOf ?? env.clock.today()));
    },
  };
}
