/**
 * 被保護者調査（月次調査）(11.1, 11.3): households protected in the month and their members, suspended households at
 * month end, by 世帯類型 (as of the month end), starts and discontinuations (移管 included) that took effect in the
 * month, by type of assistance (医療・介護 from the month's issued tickets) and by 係. Deadline: the 20th of the next
 * month. A month that has not begun is refused.
 */
import type { HogoAdapter, components } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { firstDayOf, lastDayOf, monthOf, nextMonth } from '../../support/months.ts';
import { decisionInForce, effectiveDecisions, protectedDays, protectedSpan, stateOn, type StateChange } from '../../support/protection-periods.ts';
import { ruleBroken } from '../../support/refusals.ts';
import type { CareTicket } from '../09-care/tickets.ts';
import type { MedicalTicket } from '../08-medical/tickets.ts';
import { codesOf, householdsWithChanges, membersBeforeEnd, membersBetween, tally, typeOf, type Counted } from './population.ts';

type MonthlyStatistics = components['schemas']['MonthlyStatistics'];

const MEDICAL = '04';
const CARE = '05';

/** Households and members holding an issued ticket of the month. */
function ticketHolders(tickets: readonly { memberId: string; householdId: string; month: string; status: string }[], month: string) {
  const issued = tickets.filter((t) => t.month === month && t.status === 'issued');
  return { households: new Set(issued.map((t) => t.householdId)).size, persons: new Set(issued.map((t) => t.memberId)).size };
}

export function monthlyOperations(env: AreaEnv): Pick<HogoAdapter, 'getMonthlyStatistics'> {
  return {
    async getMonthlyStatistics({ path }) {
      const { month } = path;
      if (month > monthOf(env.clock.today())) {
        throw ruleBroken('month-not-begun', '/path/month', { ja: `${month}はまだ始まっていません。`, en: `The month ${month} has not begun yet.` });
      }
      const [first, last] = [firstDayOf(month), lastDayOf(month)];
      const store = env.store;
      const all = householdsWithChanges(store);
      const defects = { suspendedAsProtected: hasMutant(env, 'suspended-counted-as-protected'), disabledFirst: hasMutant(env, 'household-type-order-wrong') };
      // mutant suspended-counted-as-protected: a 停止 is read as protection (a suspended month counts as protected).
      const stateOf = (changes: StateChange[]) => (defects.suspendedAsProtected ? changes.map((c) => (c.state === 'suspended' ? { ...c, state: 'protected' as const } : c)) : changes);
      const counted: Counted[] = [];
      for (const { household, changes } of all) {
        const span = protectedSpan(stateOf(changes), first, last);
        if (!span) continue;
        const members = membersBetween(household.members, span.first, span.last);
        counted.push({ household, changes, members, householdType: typeOf(members, last, defects.disabledFirst) });
      }
      const inMonth = (d: string | undefined) => d !== undefined && d >= first && d <= last;
      const decisionsOf = (householdId: string) => effectiveDecisions(store, householdId);
      const started = all.filter(({ household }) => {
        const decisions = decisionsOf(household.householdId);
        return decisions.length > 0 ? decisions.some((d) => d.type === 'start' && inMonth(d.effectiveOn)) : inMonth(household.startedOn);
      });
      const startedPersons = started.reduce((n, { household, changes }) => {
        const span = protectedSpan(changes, first, last);
        return n + (span ? membersBetween(household.members, span.first, span.last) : household.members).length;
      }, 0);
      const discontinued = all.flatMap(({ household }) => {
        const decisions = decisionsOf(household.householdId);
        const endedOn = decisions.length > 0
          ? decisions.filter((d) => d.type === 'discontinue' && inMonth(d.effectiveOn)).at(-1)?.effectiveOn
          : (inMonth(household.endedOn) ? household.endedOn : undefined);
        return endedOn ? [membersBeforeEnd(household.members, endedOn).length] : [];
      });
      const grants = (c: Counted, fujoType: string) => protectedDays(c.changes, first, last)
        .some((day) => decisionInForce(store, c.household.householdId, day)?.fujoBreakdown?.some((f) => f.fujoType === fujoType));
      const medical = ticketHolders(store.all<MedicalTicket>('MedicalTicket').map((r) => r.value), month);
      const care = ticketHolders(store.all<CareTicket>('CareTicket').map((r) => r.value), month);
      const sections = [...new Set(counted.map((c) => c.household.section ?? ''))].sort();
      const body: MonthlyStatistics = {
        month,
        dueDate: `${nextMonth(month)}-20`,
        generatedAt: env.clock.now().toISOString(),
        protectedHouseholds: counted.length,
        protectedPersons: counted.reduce((n, c) => n + c.members.length, 0),
        suspendedHouseholds: all.filter(({ changes }) => stateOn(stateOf(changes), last) === 'suspended').length,
        byHouseholdType: tally(codesOf(env.edition, 'householdType'), counted, (c) => c.householdType, 'householdType') as MonthlyStatistics['byHouseholdType'],
        startedHouseholds: started.length,
        startedPersons,
        discontinuedHouseholds: discontinued.length,
        discontinuedPersons: discontinued.reduce((n, p) => n + p, 0),
        byFujoType: codesOf(env.edition, 'fujoType').map((fujoType) => {
          if (fujoType === MEDICAL) return { fujoType, ...medical };
          if (fujoType === CARE) return { fujoType, ...care };
          const granted = counted.filter((c) => grants(c, fujoType));
          return { fujoType, households: granted.length, persons: granted.reduce((n, c) => n + c.members.length, 0) };
        }) as MonthlyStatistics['byFujoType'],
        bySection: tally(sections, counted, (c) => c.household.section ?? '', 'section'),
      };
      return body;
    },
  };
}
