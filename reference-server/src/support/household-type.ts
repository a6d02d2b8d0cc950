import { ageOn } from './clock.ts';

/** The member items the 世帯類型 derivation reads. */
export interface TypedMember {
  birthDate: string;
  sex: string;
  relationship: string;
  disabilityAddition?: string;
  livingArrangement?: string;
  leftOn?: string;
}

/** 世帯類型 codes (code list householdType). */
export const HOUSEHOLD_TYPE = { elderly: '1', motherChild: '2', disabled: '3', sick: '4', other: '5' } as const;

const HEAD = '01';
const SPOUSES = new Set(['02', '09']);
const CHILD = '03';
const FEMALE = '2';
const HOSPITALISED = new Set(['02', '03']);

/** True when the member belongs to the household on the date: born by then and not yet left (leftOn is the day of leaving). */
export const presentOn = (member: TypedMember, date: string) => member.birthDate <= date && (member.leftOn === undefined || member.leftOn > date);

/** The members of the household on the date (departed members are kept in the record but do not count). */
export const membersOn = <M extends TypedMember>(members: readonly M[], date: string): M[] => members.filter((m) => presentOn(m, date));

/** The head of household (続柄 01) among the members present on the date. */
export const headOn = <M extends TypedMember>(members: readonly M[], date: string): M | undefined => membersOn(members, date).find((m) => m.relationship === HEAD);

/**
 * 世帯類型 by the 被保護者調査 definitions, as of a date (first match wins; MonthlyStatistics.byHouseholdType):
 * 1 高齢者世帯 — at least one member 65+ and every member 65+ or under 18;
 * 2 母子世帯 — the head is a woman under 65, no spouse (02/09), every other member is the head's child (03) under 18, at least one;
 * 3 障害者世帯 — the head has a disabilityAddition; 4 傷病者世帯 — the head is in hospital (生活形態 02/03); 5 その他.
 */
export function deriveHouseholdType(members: readonly TypedMember[], asOf: string): string {
  const present = membersOn(members, asOf);
  const ages = present.map((m) => ageOn(m.birthDate, asOf));
  if (ages.some((a) => a >= 65) && ages.every((a) => a >= 65 || a < 18)) return HOUSEHOLD_TYPE.elderly;
  const head = present.find((m) => m.relationship === HEAD);
  if (!head) return HOUSEHOLD_TYPE.other;
  const others = present.filter((m) => m !== head);
  if (
    head.sex === FEMALE &&
    ageOn(head.birthDate, asOf) < 65 &&
    !present.some((m) => SPOUSES.has(m.relationship)) &&
    others.length > 0 &&
    others.every((m) => m.relationship === CHILD && ageOn(m.birthDate, asOf) < 18)
  ) {
    return HOUSEHOLD_TYPE.motherChild;
  }
  if (head.disabilityAddition !== undefined) return HOUSEHOLD_TYPE.disabled;
  if (head.livingArrangement !== undefined && HOSPITALISED.has(head.livingArrangement)) return HOUSEHOLD_TYPE.sick;
  return HOUSEHOLD_TYPE.other;
}
