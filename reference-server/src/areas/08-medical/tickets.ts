/**
 * 医療券・調剤券 (08.2, flow `ticket`): issued per member × month × institution × kind, at most one issued (not
 * cancelled) at a time (409), only for members of households protected in the month, 調剤券 only to 薬局 and 医療券
 * only to other institutions, validity within the month and the protected period, continuing care (a 医療券 to the
 * same institution last month) only on a current 医療要否意見書 (option 08.1.3).
 */
import type { HogoAdapter, components } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { firstDayOf, lastDayOf, previousMonth } from '../../support/months.ts';
import { page } from '../../support/page.ts';
import { conflict } from '@hogo-kit/sdk';
import { illegalTransition, missing, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { publicPayerNumber, recipientNumber } from './numbers.ts';
import type { MedicalOpinion } from './opinions.ts';
import { assertMemberInMonth, memberFor, protectedSpanOfMonth, validityFor } from './ticket-rules.ts';
import type { Reader } from '../../store/store.ts';

export type MedicalTicket = components['schemas']['MedicalTicket'];
type Input = components['schemas']['MedicalTicketInput'];

const MEDICAL = '1';
const DISPENSING = '2';
const PHARMACY = '4';

function assertKindFitsInstitution(body: Input): void {
  if (body.kind === DISPENSING && body.institutionType !== PHARMACY) {
    throw ruleBroken('kind-institution-mismatch', '/body/institutionType', {
      ja: '調剤券は薬局に対してのみ発行できます。', en: 'A dispensing ticket can be issued only to a pharmacy.',
    });
  }
  if (body.kind === MEDICAL && body.institutionType === PHARMACY) {
    throw ruleBroken('kind-institution-mismatch', '/body/institutionType', {
      ja: '医療券は薬局に対しては発行できません。', en: 'A medical ticket cannot be issued to a pharmacy.',
    });
  }
  if (body.kind === DISPENSING && body.inpatient === true) {
    throw ruleBroken('inpatient-on-dispensing', '/body/inpatient', {
      ja: '入院の区分は医療券にのみ記載します。', en: 'Inpatient care applies to medical tickets only.',
    });
  }
}

function opinionFor(reader: Reader, body: Input): MedicalOpinion | undefined {
  if (body.opinionId === undefined) return undefined;
  const opinion = reader.get<MedicalOpinion>('MedicalOpinion', body.opinionId)?.value;
  if (!opinion || opinion.memberId !== body.memberId) throw unknownReference('/body/opinionId', '世帯員の医療要否意見書', "member's medical opinion");
  return opinion;
}

/** Option 08.1.3: a 医療券 continuing last month's 医療券 to the same institution needs a current opinion (要, period covering the month). */
function assertContinuingCareOpinion(tickets: MedicalTicket[], body: Input, opinion: MedicalOpinion | undefined): void {
  if (body.kind !== MEDICAL) return;
  const last = previousMonth(body.month);
  const continuing = tickets.some((t) => t.memberId === body.memberId && t.kind === MEDICAL && t.month === last
    && t.institutionCode === body.institutionCode && t.status === 'issued');
  if (!continuing) return;
  if (!opinion || !opinion.careRequired || opinion.periodFrom > body.month || opinion.periodTo < body.month) {
    throw ruleBroken('opinion-required', '/body/opinionId', {
      ja: '継続医療の医療券には、医療の要否が「要」で見込期間が対象月を含む医療要否意見書の指定が必要です。',
      en: 'A continuing-care medical ticket needs an opinion stating that treatment is required for a period including the month.',
    });
  }
}

const wholeMonth = (month: string) => ({ first: firstDayOf(month), last: lastDayOf(month) });

/** The same designated institution: the whole 10-digit code (mutant institution-code-last-seven-digits: its last 7 digits only). */
const sameInstitution = (env: AreaEnv, a: string, b: string) =>
  (hasMutant(env, 'institution-code-last-seven-digits') ? a.slice(3) === b.slice(3) : a === b);

export function ticketOperations(env: AreaEnv): Pick<HogoAdapter, 'issueMedicalTicket' | 'listMedicalTickets' | 'getMedicalTicket' | 'cancelMedicalTicket'> {
  return {
    async issueMedicalTicket({ body }, ctx) {
      return env.store.transact((tx) => {
        const found = memberFor(tx, body.memberId);
        if (!hasMutant(env, 'ticket-kind-institution-mismatch')) assertKindFitsInstitution(body);
        const opinion = opinionFor(tx, body);
        assertMemberInMonth(found, body.month);
        // mutant ticket-outside-protection: the whole month is taken as protected, whatever the decisions say.
        const span = hasMutant(env, 'ticket-outside-protection') ? wholeMonth(body.month) : protectedSpanOfMonth(tx, found.record.value, body.month);
        const validity = validityFor(span, body.month, body.validFrom, body.validTo);
        const tickets = tx.all<MedicalTicket>('MedicalTicket').map((r) => r.value);
        if (!hasMutant(env, 'continuing-care-without-opinion')) assertContinuingCareOpinion(tickets, body, opinion);
        const duplicate = tickets.find((t) => t.memberId === body.memberId && t.month === body.month
          && sameInstitution(env, t.institutionCode, body.institutionCode) && t.kind === body.kind && (t.status === 'issued' || hasMutant(env, 'cancelled-ticket-blocks-reissue')));
        if (duplicate && !hasMutant(env, 'duplicate-medical-ticket')) {
          throw conflict('duplicate-ticket', {
            ja: `同一の世帯員・対象月・指定医療機関・券種別の発行済の券（${duplicate.ticketNumber}）があります。`,
            en: `An issued ticket (${duplicate.ticketNumber}) of the same kind exists for the member, month and institution.`,
          });
        }
        const ticketId = newId(tx, 'MT');
        const ticket: MedicalTicket = {
          ticketId,
          ticketNumber: `M${body.month.replace('-', '')}${String(tx.next('ticketNumber:medical')).padStart(7, '0')}`,
          kind: body.kind,
          memberId: body.memberId,
          householdId: found.record.value.householdId,
          month: hasMutant(env, 'ticket-month-from-issue-date') ? env.clock.today().slice(0, 7) : body.month,
          institutionCode: body.institutionCode,
          ...(body.institutionName !== undefined && { institutionName: body.institutionName }),
          institutionType: body.institutionType,
          ...(body.inpatient !== undefined && { inpatient: body.inpatient }),
          ...(body.diseaseName !== undefined && { diseaseName: body.diseaseName }),
          ...validity,
          ...(body.opinionId !== undefined && { opinionId: body.opinionId }),
          selfPayAmount: body.selfPayAmount ?? 0,
          publicPayerNumber: publicPayerNumber(found.record.value.lgCode),
          // mutant recipient-number-per-ticket: numbered per ticket instead of per member.
          recipientNumber: recipientNumber(hasMutant(env, 'recipient-number-per-ticket') ? ticketId : body.memberId),
          status: 'issued',
          issuedAt: env.clock.now().toISOString(),
          issuedBy: ctx.principal.staffId,
        };
        return withEtag(ticketId, tx.put('MedicalTicket', ticketId, ticket));
      });
    },

    async listMedicalTickets({ query }) {
      const items = env.store.records<MedicalTicket>('MedicalTicket').map((r) => r.value).filter((t) =>
        (query.month === undefined || t.month === query.month)
        && (query.householdId === undefined || t.householdId === query.householdId)
        && (query.memberId === undefined || t.memberId === query.memberId)
        && (query.institutionCode === undefined || t.institutionCode === query.institutionCode || hasMutant(env, 'ticket-list-institution-ignored'))
        && (query.kind === undefined || t.kind === query.kind)
        && (query.status === undefined || t.status === query.status || hasMutant(env, 'ticket-list-status-ignored')));
      return page(items, query);
    },

    async getMedicalTicket({ path }) {
      const record = env.store.get<MedicalTicket>('MedicalTicket', path.ticketId);
      if (!record) throw missing('医療券・調剤券', 'ticket');
      return withEtag(path.ticketId, record);
    },

    async cancelMedicalTicket({ path, body }) {
      return env.store.transact((tx) => {
        const record = tx.get<MedicalTicket>('MedicalTicket', path.ticketId);
        if (!record) throw missing('医療券・調剤券', 'ticket');
        if (record.value.status !== 'issued' && !hasMutant(env, 'cancelled-ticket-cancelled-again')) throw illegalTransition('ticket', record.value.status, 'cancel');
        const ticket: MedicalTicket = {
          ...record.value,
          status: 'cancelled',
          cancelledOn: body.cancelledOn ?? env.clock.today(),
          ...(!hasMutant(env, 'cancellation-reason-not-kept') && { cancellationReason: body.reason }),
        };
        return withEtag(path.ticketId, tx.put('MedicalTicket', path.ticketId, ticket));
      });
    },
  };
}
