/**
 * 被保護者調査（年次調査）(11.2): households protected on 31 July and their members present that day, suspended
 * households, by 世帯類型, by type of assistance (医療・介護 from July tickets valid on 31 July), by 世帯類型 × 世帯人員,
 * by 5-year age band × sex, by 就労状況 and by 生活形態 (unrecorded counted apart). Reference date 31 July, deadline
 * 31 August. A year whose 31 July has not come is refused.
 */
import type { HogoAdapter, components } from '@hogo-kit/sdk';
import { ageOn } from '../../support/clock.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { presentOn } from '../../support/household-type.ts';
import { decisionInForce, stateOn } from '../../support/protection-periods.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { codesOf, holdersOf, tally, type HeldTicket, typeDefects, typeOf, type Counted } from './population.ts';
import { householdsWithChanges } from '../../support/household-changes.ts';

type AnnualStatistics = components['schemas']['AnnualStatistics'];

const BANDS = Array.from({ length: 18 }, (_, i) => ({ ageFrom: i * 5, ageTo: i === 17 ? null : i * 5 + 4 }));

/** Holds an issued ticket of the month valid on the day (`anyDay`: the seeded defect annual-ticket-validity-ignored). */
const validOn = (month: string, day: string, anyDay: boolean) => (t: Readonly<HeldTicket>) =>
  t.month === month && t.status === 'issued' && (anyDay || (t.validFrom <= day && day <= t.validTo));

export function annualOperations(env: AreaEnv): Pick<HogoAdapter, 'getAnnualStatistics'> {
  return {
    async getAnnualStatistics({ path }) {
      const year = Number(path.year);
      // mutant annual-reference-date-wrong: the survey is taken on the first of July.
      const referenceDate = `${path.year}-07-${hasMutant(env, 'annual-reference-date-wrong') ? '01' : '31'}`;
      if (year < 2000 || referenceDate > env.clock.today()) {
        throw ruleBroken('reference-date-not-reached', '/path/year', {
          ja: `${path.year}年の調査基準日（7月31日）はまだ到来していないか、対象外の年です。`,
          en: `31 July ${path.year} has not come yet, or the year is out of range.`,
        });
      }
      const store = env.store;
      const all = householdsWithChanges(store);
      const defects = typeDefects(env);
      const counted: Counted[] = all.filter(({ changes }) => stateOn(changes, referenceDate) === 'protected').map(({ household, changes, reader }) => {
        const members = household.members.filter((m) => presentOn(m, referenceDate));
        return { household, changes, reader, members, householdType: typeOf(members, referenceDate, defects) };
      });
      const persons = counted.flatMap((c) => c.members);
      const types = codesOf(env.edition, 'householdType');
      const anyDay = hasMutant(env, 'annual-ticket-validity-ignored');
      const medical = holdersOf(store, 'MedicalTicket', validOn(`${path.year}-07`, referenceDate, anyDay));
      const care = holdersOf(store, 'CareTicket', validOn(`${path.year}-07`, referenceDate, anyDay));
      // mutant household-size-capped-at-5: households of 6 or more are counted as 5.
      const largest = hasMutant(env, 'household-size-capped-at-5') ? 5 : 6;
      // mutant age-band-age-at-year-start: ages are taken on 1 January instead of 31 July.
      const ageDay = hasMutant(env, 'age-band-age-at-year-start') ? `${path.year}-01-01` : referenceDate;
      // mutants work-status-unrecorded-as-not-working / living-arrangement-unrecorded-as-home: unrecorded members counted under a code.
      const workStatusOf = (m: (typeof persons)[number]) => m.workStatus ?? (hasMutant(env, 'work-status-unrecorded-as-not-working') ? '0' : undefined);
      const livingOf = (m: (typeof persons)[number]) => m.livingArrangement ?? (hasMutant(env, 'living-arrangement-unrecorded-as-home') ? '01' : undefined);
      const body: AnnualStatistics = {
        year,
        referenceDate,
        dueDate: `${path.year}-08-31`,
        generatedAt: env.clock.now().toISOString(),
        protectedHouseholds: counted.length,
        protectedPersons: persons.length,
        suspendedHouseholds: all.filter(({ changes }) => stateOn(changes, referenceDate) === 'suspended').length,
        byHouseholdType: tally(types, counted, (c) => c.householdType, 'householdType') as AnnualStatistics['byHouseholdType'],
        byFujoType: codesOf(env.edition, 'fujoType').map((fujoType) => {
          if (fujoType === '04') return { fujoType, ...medical };
          if (fujoType === '05') return { fujoType, ...care };
          const granted = counted.filter((c) => decisionInForce(c.reader, c.household.householdId, referenceDate)?.fujoBreakdown?.some((f) => f.fujoType === fujoType));
          return { fujoType, households: granted.length, persons: granted.reduce((n, c) => n + c.members.length, 0) };
        }) as AnnualStatistics['byFujoType'],
        byHouseholdTypeAndSize: types.flatMap((householdType) => [1, 2, 3, 4, 5, 6].map((size) => ({
          householdType,
          size,
          households: counted.filter((c) => c.householdType === householdType && Math.max(1, Math.min(largest, c.members.length)) === size).length,
        }))) as AnnualStatistics['byHouseholdTypeAndSize'],
        byAgeGroupAndSex: BANDS.flatMap((band) => codesOf(env.edition, 'sex').map((sex) => ({
          ...band,
          sex,
          persons: persons.filter((m) => {
            const age = ageOn(m.birthDate, ageDay);
            return m.sex === sex && age >= band.ageFrom && (band.ageTo === null || age <= band.ageTo);
          }).length,
        }))) as AnnualStatistics['byAgeGroupAndSex'],
        byWorkStatus: codesOf(env.edition, 'workStatus').map((workStatus) => ({ workStatus, persons: persons.filter((m) => workStatusOf(m) === workStatus).length })) as AnnualStatistics['byWorkStatus'],
        workStatusUnrecorded: persons.filter((m) => workStatusOf(m) === undefined).length,
        byLivingArrangement: codesOf(env.edition, 'livingArrangement').map((livingArrangement) => ({ livingArrangement, persons: persons.filter((m) => livingOf(m) === livingArrangement).length })) as AnnualStatistics['byLivingArrangement'],
        livingArrangementUnrecorded: persons.filter((m) => livingOf(m) === undefined).length,
      };
      return body;
    },
  };
}
