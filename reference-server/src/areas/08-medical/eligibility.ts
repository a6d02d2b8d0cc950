/**
 * オンライン資格確認の登録データ (08.3.1–08.3.3, 08.3.6, 08.3.7): one record per member of every household protected
 * in the month (with or without tickets), the member's issued tickets of the month — none for a member under a
 * viewing restriction, who is only flagged.
 */
import type { HogoAdapter, components } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { groupBy } from '../../support/group.ts';
import { presentOn } from '../../support/household-type.ts';
import { firstDayOf, lastDayOf } from '../../support/months.ts';
import { page } from '../../support/page.ts';
import { householdsWithChanges } from '../../support/household-changes.ts';
import { protectedSpan } from '../../support/protection-periods.ts';
import { publicPayerNumber, recipientNumber } from './numbers.ts';
import type { MedicalTicket } from './tickets.ts';

type EligibilityRecord = components['schemas']['OnlineEligibilityRecord'];

export function eligibilityOperations(env: AreaEnv): Pick<HogoAdapter, 'getOnlineEligibilityData'> {
  return {
    async getOnlineEligibilityData({ query }) {
      const { month } = query;
      const issued = env.store
        // mutant cancelled-ticket-in-eligibility-data: cancelled tickets are kept.
        .select<MedicalTicket>('MedicalTicket', (t) => t.month === month && (t.status === 'issued' || hasMutant(env, 'cancelled-ticket-in-eligibility-data')))
        .map((r) => r.value);
      const ticketsOf = groupBy(issued, (t) => t.memberId);
      const records: EligibilityRecord[] = [];
      // Households as stored (read only: the records built below hold strings, numbers and the tickets' copies).
      for (const { household, changes } of householdsWithChanges(env.store)) {
        const span = protectedSpan(changes, firstDayOf(month), lastDayOf(month));
        if (!span) continue;
        for (const member of household.members.filter((m) => presentOn(m, span.first) || presentOn(m, span.last))) {
          // mutant eligibility-data-ticket-holders-only: members without a ticket of the month are left out.
          if (hasMutant(env, 'eligibility-data-ticket-holders-only') && !ticketsOf.has(member.memberId)) continue;
          // mutant restricted-ticket-in-eligibility-data: the member's viewing restriction is not read.
          const restricted = member.viewingRestricted === true && !hasMutant(env, 'restricted-ticket-in-eligibility-data');
          records.push({
            memberId: member.memberId,
            month,
            publicPayerNumber: publicPayerNumber(household.lgCode),
            recipientNumber: recipientNumber(member.memberId),
            eligibleFrom: span.first,
            eligibleTo: span.last,
            viewingRestricted: restricted,
            // mutant eligibility-data-without-tickets: eligibility only, never any ticket.
            tickets: restricted || hasMutant(env, 'eligibility-data-without-tickets') ? [] : (ticketsOf.get(member.memberId) ?? []).map((t) => ({
              ticketId: t.ticketId,
              ticketNumber: t.ticketNumber,
              kind: t.kind,
              institutionCode: t.institutionCode,
              ...(t.inpatient !== undefined && { inpatient: t.inpatient }),
              validFrom: t.validFrom,
              validTo: t.validTo,
              ...(t.selfPayAmount !== undefined && { selfPayAmount: t.selfPayAmount }),
            })),
          });
        }
      }
      return page(records, query);
    },
  };
}
