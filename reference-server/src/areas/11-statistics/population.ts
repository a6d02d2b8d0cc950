/**
 * The population the 被保護者調査 counts, computed from the store on every request (11.1.8): which households were
 * protected in a month or on a day (support/protection-periods.ts), which of their members count, their 世帯類型,
 * and the code lists of the edition that every breakdown lists in full.
 */
import { codeLists, codeLists20, type Edition } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { addDays } from '../../support/clock.ts';
import { deriveHouseholdType, HOUSEHOLD_TYPE } from '../../support/household-type.ts';
import type { Household, Member } from '../../support/households.ts';
import { stateChanges, type StateChange } from '../../support/protection-periods.ts';

export interface Counted {
  household: Household;
  changes: StateChange[];
  members: Member[];
  householdType: string;
}

/** The codes of one code list of the edition, in code-list order. */
export function codesOf(edition: Edition, list: 'householdType' | 'fujoType' | 'sex' | 'workStatus' | 'livingArrangement'): string[] {
  const lists = (edition === '2.0' ? codeLists20 : codeLists) as Record<string, { codes: Record<string, unknown> }>;
  return Object.keys(lists[list]!.codes);
}

/** Members present on at least one day between from and to (born by `to`, not left by `from`). */
export const membersBetween = (members: readonly Member[], from: string, to: string) =>
  members.filter((m) => m.birthDate <= to && (m.leftOn === undefined || m.leftOn > from));

/**
 * 世帯類型 of the counted members with ages on the date (members who left later in the period still count).
 * `disabledFirst` is the seeded defect household-type-order-wrong: 障害者世帯 is decided before 高齢者世帯.
 */
export function typeOf(members: readonly Member[], asOf: string, disabledFirst = false): string {
  const present = members.map(({ leftOn: _left, ...m }) => m);
  const type = deriveHouseholdType(present, asOf);
  const head = present.find((m) => m.relationship === '01');
  return disabledFirst && type === HOUSEHOLD_TYPE.elderly && head?.disabilityAddition !== undefined ? HOUSEHOLD_TYPE.disabled : type;
}

/** Every household with its changes of protection state. */
export function householdsWithChanges(reader: Reader): { household: Household; changes: StateChange[] }[] {
  return reader.all<Household>('Household').map(({ value }) => ({ household: value, changes: stateChanges(reader, value) }));
}

/** Members counted for a discontinuation: those present on the last day before it took effect (or leaving that day). */
export const membersBeforeEnd = (members: readonly Member[], effectiveOn: string) =>
  membersBetween(members, addDays(effectiveOn, -2), addDays(effectiveOn, -1));

/** Households and persons of a set of counted households, by a key, listing every code given. */
export function tally<K extends string>(codes: readonly string[], counted: readonly Counted[], keyOf: (c: Counted) => string, name: K) {
  return codes.map((code) => {
    const matching = counted.filter((c) => keyOf(c) === code);
    return { [name]: code, households: matching.length, persons: matching.reduce((n, c) => n + c.members.length, 0) } as
      { [P in K]: string } & { households: number; persons: number };
  });
}
