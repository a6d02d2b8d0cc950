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
import { codesOf, holdersOf, type HeldTicket, membersBeforeEnd, membersBetween, tally, typeDefects, typeOf, type Counted } from './population.ts';
import { householdsWithChanges } from '../../support/household-changes.ts';

type MonthlyStatistics = components['schemas']['MonthlyStatistics'];

const MEDICAL = '04';
const CARE = '05';
const TRANSFER = '13';


export function monthlyOperations(env: AreaEnv): Pick<HogoAdapter, 'getMonthlyStatistics'> {
  // mutant monthly-figures-cached: the first figures computed for a month are answered again, whatever changed since.
  const cached = new Map<string, MonthlyStatistics>();
  const caching = hasMutant(env, 'monthly-figures-cached');
  return {
    async getMonthlyStatistics({ path }) {
      const { month } = path;
      if (month > monthOf(env.clock.today())) {
        throw ruleBroken('month-not-begun', '/path/month', { ja: `${month}はまだ始まっていません。`, en: `The month ${month} has not begun yet.` });
      }
      const stale = caching ? cached.get(month) : undefined;
      if (stale) return stale;
      const [first, last] = [firstDayOf(month), lastDayOf(month)];
      const store = env.store;
      const all = householdsWithChanges(store);
      const defects = {
        suspendedAsProtected: hasMutant(env, 'suspended-counted-as-protected'),
        endedNotCounted: hasMutant(env, 'discontinued-month-not-protected'),
        exOfficioNotStarted: hasMutant(env, 'ex-officio-start-not-counted'),
        transferNotEnded: hasMutant(env, 'transfer-not-counted-as-discontinued'),
        types: typeDefects(env),
      };
      // mutant suspended-counted-as-protected: a 停止 is read as protection (a suspended month counts as protected).
      const stateOf = (changes: StateChange[]) => (defects.suspendedAsProtected ? changes.map((c) => (c.state === 'suspended' ? { ...c, state: 'protected' as const } : c)) : changes);
      const counted: Counted[] = [];
      for (const { household, changes, reader } of all) {
        const span = protectedSpan(stateOf(changes), first, last);
        if (!span) continue;
        // mutant discontinued-month-not-protected: a household whose protection ended in the month is left out.
        if (defects.endedNotCounted && stateOn(changes, last) === 'none') continue;
        const members = membersBetween(household.members, span.first, span.last);
        counted.push({ household, changes, reader, members, householdType: typeOf(members, last, defects.types) });
      }
      const inMonth = (d: string | undefined) => d !== undefined && d >= first && d <= last;
      const started = all.filter(({ household, reader }) => {
        const decisions = effectiveDecisions(reader, household.householdId);
        // mutant ex-officio-start-not-counted: only starts on application are counted.
        const starts = decisions.filter((d) => d.type === 'start' && !(defects.exOfficioNotStarted && d.origin === 'ex-officio'));
        return decisions.length > 0 ? starts.some((d) => inMonth(d.effectiveOn)) : inMonth(household.startedOn);
      });
      const startedPersons = started.reduce((n, { household, changes }) => {
        const span = protectedSpan(changes, first, last);
        return n + (span ? membersBetween(household.members, span.first, span.last) : household.members).length;
      }, 0);
      const discontinued = all.flatMap(({ household, reader }) => {
        const decisions = effectiveDecisions(reader, household.householdId);
        // mutant transfer-not-counted-as-discontinued: a 廃止 by 移管 (reason 13) is not counted.
        const ends = decisions.filter((d) => d.type === 'discontinue' && inMonth(d.effectiveOn) && !(defects.transferNotEnded && d.discontinuationReason === TRANSFER));
        const endedOn = decisions.length > 0 ? ends.at(-1)?.effectiveOn : (inMonth(household.endedOn) ? household.endedOn : undefined);
        return endedOn ? [membersBeforeEnd(household.members, endedOn).length] : [];
      });
      // The 扶助 granted on some protected day of the month, per household: worked out once, not once per 扶助の種類.
      const grantedTypes = new Map<Counted, Set<string>>();
      const grants = (c: Counted, fujoType: string) => {
        let types = grantedTypes.get(c);
        if (!types) {
          types = new Set(protectedDays(c.changes, first, last)
            .flatMap((day) => (decisionInForce(c.reader, c.household.householdId, day)?.fujoBreakdown ?? []).map((f) => f.fujoType)));
          grantedTypes.set(c, types);
        }
        return types.has(fujoType);
      };
      const cancelledToo = hasMutant(env, 'cancelled-tickets-counted');
      // Households and members holding an issued ticket of the month (cancelledToo: the seeded defect cancelled-tickets-counted).
      const issuedInMonth = (t: Readonly<HeldTicket>) => t.month === month && (t.status === 'issued' || cancelledToo);
      const medical = holdersOf(store, 'MedicalTicket', issuedInMonth);
      const care = holdersOf(store, 'CareTicket', issuedInMonth);
      const sections = [...new Set(counted.map((c) => c.household.section ?? ''))].sort();
      // mutant section-persons-heads-only: the persons of a 係 are its households (heads only).
      const bySection = tally(sections, counted, (c) => c.household.section ?? '', 'section')
        .map((row) => (hasMutant(env, 'section-persons-heads-only') ? { ...row, persons: row.households } : row));
      const body: MonthlyStatistics = {
        month,
        // mutant monthly-due-date-same-month: the deadline is the 20th of the month surveyed.
        dueDate: `${hasMutant(env, 'monthly-due-date-same-month') ? month : nextMonth(month)}-20`,
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
        bySection,
      };
      if (caching) cached.set(month, body);
      return body;
    },
  };
}
