/**
 * The population the 被保護者調査 counts, computed from the store on every request (11.1.8): which households were
 * protected in a month or on a day (support/protection-periods.ts), which of their members count, their 世帯類型,
 * and the code lists of the edition that every breakdown lists in full.
 */
import { codeLists, codeLists20, type Edition } from '@hogo-kit/sdk';
import type { Reader, Selecting } from '../../store/store.ts';
import { addDays, ageOn } from '../../support/clock.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { deriveHouseholdType, HOUSEHOLD_TYPE } from '../../support/household-type.ts';
import type { Household, Member } from '../../support/households.ts';
import type { StateChange } from '../../support/protection-periods.ts';

export interface Counted {
  household: Household;
  changes: StateChange[];
  /** The store as seen by this household's rules: its own decisions only (householdsWithChanges). */
  reader: Reader;
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

/** Seeded defects of the 世帯類型 derivation (each read with hasMutant). */
export interface TypeDefects {
  /** household-type-order-wrong: 障害者世帯 is decided before 高齢者世帯. */
  disabledFirst: boolean;
  /** elderly-with-children-not-elderly: a member under 18 keeps a household of people 65+ from being 高齢者世帯. */
  childrenBreakElderly: boolean;
  /** mother-child-adult-child: the children of a 母子世帯 may be of any age. */
  adultChildren: boolean;
  /** hospitalised-head-not-sick: the head's 生活形態 is not read, so no household is 傷病者世帯. */
  hospitalIgnored: boolean;
}

export function typeDefects(env: AreaEnv): TypeDefects {
  return {
    disabledFirst: hasMutant(env, 'household-type-order-wrong'),
    childrenBreakElderly: hasMutant(env, 'elderly-with-children-not-elderly'),
    adultChildren: hasMutant(env, 'mother-child-adult-child'),
    hospitalIgnored: hasMutant(env, 'hospitalised-head-not-sick'),
  };
}

const NO_DEFECTS: TypeDefects = { disabledFirst: false, childrenBreakElderly: false, adultChildren: false, hospitalIgnored: false };

/** The 世帯類型 a seeded defect gives instead of the right one. */
function defective(type: string, members: readonly Member[], asOf: string, defects: TypeDefects): string {
  const head = members.find((m) => m.relationship === '01');
  const others = members.filter((m) => m !== head);
  if (defects.disabledFirst && type === HOUSEHOLD_TYPE.elderly && head?.disabilityAddition !== undefined) return HOUSEHOLD_TYPE.disabled;
  if (defects.childrenBreakElderly && type === HOUSEHOLD_TYPE.elderly && members.some((m) => ageOn(m.birthDate, asOf) < 18)) return HOUSEHOLD_TYPE.other;
  if (defects.hospitalIgnored && type === HOUSEHOLD_TYPE.sick) return HOUSEHOLD_TYPE.other;
  const motherOfAdults = head?.sex === '2' && ageOn(head.birthDate, asOf) < 65 && others.length > 0 && others.every((m) => m.relationship === '03');
  if (defects.adultChildren && type !== HOUSEHOLD_TYPE.elderly && motherOfAdults) return HOUSEHOLD_TYPE.motherChild;
  return type;
}

/** 世帯類型 of the counted members with ages on the date (members who left later in the period still count). */
export function typeOf(members: readonly Member[], asOf: string, defects: TypeDefects = NO_DEFECTS): string {
  const present = members.map(({ leftOn: _left, ...m }) => m);
  return defective(deriveHouseholdType(present, asOf), present, asOf, defects);
}

/** The ticket fields the surveys count holders by. */
export interface HeldTicket {
  memberId: string;
  householdId: string;
  month: string;
  status: string;
  validFrom: string;
  validTo: string;
}

/** Households and members holding a ticket that `counts`: a read-only walk of the tickets, keeping only their ids. */
export function holdersOf(store: Selecting, collection: 'MedicalTicket' | 'CareTicket', counts: (ticket: Readonly<HeldTicket>) => boolean) {
  const households = new Set<string>();
  const persons = new Set<string>();
  store.scan<HeldTicket>(collection, (ticket) => {
    if (!counts(ticket)) return;
    households.add(ticket.householdId);
    persons.add(ticket.memberId);
  });
  return { households: households.size, persons: persons.size };
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
