/**
 * 介護券 (09.1, 09.2.2, 09.2.3; flow `care-ticket`): issued per member × month × provider × kind of care, at most one
 * issued (not cancelled) at a time (409); only for a member aged 40 or over on the last day of the month, of a
 * household protected in the month whose decision in force in the month grants 介護扶助 (fujoType 05); validity
 * within the month and the protected period. The ticket records the member's 介護保険 status; an uninsured member
 * (40–64 without health insurance) has the whole cost covered by 介護扶助.
 */
import { conflict, type HogoAdapter, type components } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { ageOn } from '../../support/clock.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import type { Household } from '../../support/households.ts';
import { newId } from '../../support/ids.ts';
import { lastDayOf } from '../../support/months.ts';
import { page } from '../../support/page.ts';
import { decisionInForce, protectedDays, stateChanges } from '../../support/protection-periods.ts';
import { illegalTransition, missing, ruleBroken } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { publicPayerNumber, recipientNumber } from '../08-medical/numbers.ts';
import { assertMemberInMonth, memberFor, protectedSpanOfMonth, validityFor } from '../08-medical/ticket-rules.ts';
import { firstDayOf } from '../../support/months.ts';

export type CareTicket = components['schemas']['CareTicket'];

const CARE_ASSISTANCE = '05';

/** True when the decision in force on some protected day of the month grants 介護扶助. */
function careGrantedIn(reader: Reader, household: Household, month: string): boolean {
  return protectedDays(stateChanges(reader, household), firstDayOf(month), lastDayOf(month))
    .some((day) => decisionInForce(reader, household.householdId, day)?.fujoBreakdown?.some((f) => f.fujoType === CARE_ASSISTANCE));
}

/** The same designated care provider: the whole 10-digit number (mutant provider-number-last-seven-digits: its last 7 digits only). */
const sameProvider = (env: AreaEnv, a: string, b: string) =>
  (hasMutant(env, 'provider-number-last-seven-digits') ? a.slice(3) === b.slice(3) : a === b);

export function careTicketOperations(env: AreaEnv): Pick<HogoAdapter, 'issueCareTicket' | 'listCareTickets' | 'getCareTicket' | 'cancelCareTicket'> {
  return {
    async issueCareTicket({ body }, ctx) {
      return env.store.transact((tx) => {
        const found = memberFor(tx, body.memberId);
        const household = found.record.value;
        const monthEnd = lastDayOf(body.month);
        const age = ageOn(found.member.birthDate, monthEnd);
        if (age < 40 && !hasMutant(env, 'care-ticket-under-40')) {
          throw ruleBroken('under-40', '/body/memberId', {
            ja: `世帯員は対象月の末日に${age}歳であり、40歳未満の者には介護券を発行できません。`,
            en: `The member is ${age} on the last day of the month; no care ticket is issued to a member under 40.`,
          });
        }
        assertMemberInMonth(found, body.month);
        const span = protectedSpanOfMonth(tx, household, body.month);
        if (!careGrantedIn(tx, household, body.month) && !hasMutant(env, 'care-ticket-without-care-assistance')) {
          throw ruleBroken('care-assistance-not-granted', '/body/month', {
            ja: '対象月に適用される決定に介護扶助が含まれていません。',
            en: 'The decision in force in the month does not grant care assistance (fujoType 05).',
          });
        }
        // mutant care-ticket-validity-unchecked: the validity asked for is taken as it is.
        const validity = hasMutant(env, 'care-ticket-validity-unchecked')
          ? { validFrom: body.validFrom ?? span.first, validTo: body.validTo ?? span.last }
          : validityFor(span, body.month, body.validFrom, body.validTo);
        const duplicate = tx.select<CareTicket>('CareTicket', (t) => t.memberId === body.memberId
          && t.month === body.month && sameProvider(env, t.providerNumber, body.providerNumber) && t.serviceType === body.serviceType && t.status === 'issued')[0]?.value;
        if (duplicate && !hasMutant(env, 'duplicate-care-ticket')) {
          throw conflict('duplicate-ticket', {
            ja: `同一の世帯員・対象月・指定介護機関・介護扶助の種類の発行済の介護券（${duplicate.ticketNumber}）があります。`,
            en: `An issued care ticket (${duplicate.ticketNumber}) exists for the member, month, provider and kind of care.`,
          });
        }
        // mutant care-ticket-insurance-by-age-only: the member's recorded status is not read.
        const insured = (found.member.careInsuranceInsured === true && !hasMutant(env, 'care-ticket-insurance-by-age-only')) || age >= 65;
        const ticketId = newId(tx, 'CT');
        const ticket: CareTicket = {
          ticketId,
          ticketNumber: `K${body.month.replace('-', '')}${String(tx.next('ticketNumber:care')).padStart(7, '0')}`,
          memberId: body.memberId,
          householdId: household.householdId,
          // mutant care-ticket-month-of-issue: the ticket is dated to the month it is issued in, not the month asked for
          month: hasMutant(env, 'care-ticket-month-of-issue') ? env.clock.today().slice(0, 7) : body.month,
          providerNumber: body.providerNumber,
          ...(body.providerName !== undefined && { providerName: body.providerName }),
          serviceType: body.serviceType,
          ...validity,
          careInsuranceInsured: insured,
          fullCostCovered: !insured,
          selfPayAmount: body.selfPayAmount ?? 0,
          publicPayerNumber: publicPayerNumber(household.lgCode),
          recipientNumber: recipientNumber(body.memberId),
          status: 'issued',
          issuedAt: env.clock.now().toISOString(),
          issuedBy: ctx.principal.staffId,
        };
        return withEtag(ticketId, tx.put('CareTicket', ticketId, ticket));
      });
    },

    async listCareTickets({ query }) {
      const items = env.store.records<CareTicket>('CareTicket').map((r) => r.value).filter((t) =>
        (query.month === undefined || t.month === query.month)
        && (query.householdId === undefined || t.householdId === query.householdId)
        && (query.memberId === undefined || t.memberId === query.memberId)
        && (query.providerNumber === undefined || t.providerNumber === query.providerNumber || hasMutant(env, 'care-ticket-list-provider-ignored'))
        && (query.serviceType === undefined || t.serviceType === query.serviceType)
        && (query.status === undefined || t.status === query.status));
      return page(items, query);
    },

    async getCareTicket({ path }) {
      const record = env.store.get<CareTicket>('CareTicket', path.ticketId);
      if (!record) throw missing('介護券', 'care ticket');
      return withEtag(path.ticketId, record);
    },

    async cancelCareTicket({ path, body }) {
      return env.store.transact((tx) => {
        const record = tx.get<CareTicket>('CareTicket', path.ticketId);
        if (!record) throw missing('介護券', 'care ticket');
        // mutant cancelled-care-ticket-recancelled: the status is not checked, a cancelled ticket is cancelled again
        if (record.value.status !== 'issued' && !hasMutant(env, 'cancelled-care-ticket-recancelled')) throw illegalTransition('care-ticket', record.value.status, 'cancel');
        const ticket: CareTicket = {
          ...record.value,
          status: 'cancelled',
          cancelledOn: body.cancelledOn ?? env.clock.today(),
          // mutant care-ticket-cancellation-reason-dropped: the reason sent is not kept
          ...(!hasMutant(env, 'care-ticket-cancellation-reason-dropped') && { cancellationReason: body.reason }),
        };
        return withEtag(path.ticketId, tx.put('CareTicket', path.ticketId, ticket));
      });
    },
  };
}
