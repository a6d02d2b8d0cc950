import type { components, Edition } from '@hogo-kit/sdk';
import { recordsWhere, type Reader, type Stored } from '../store/store.ts';
import { deriveHouseholdType } from './household-type.ts';
import { maskMember } from './privacy.ts';
import { missing, unknownReference } from './refusals.ts';

export type Household = components['schemas']['Household'];
export type Member = components['schemas']['Member'];

/** The household with its 世帯類型 derived from its members as of the date (ages change, so it is derived on every read). */
export function withHouseholdType(household: Household, asOf: string): Household {
  return { ...household, householdType: deriveHouseholdType(household.members, asOf) as Household['householdType'] };
}

/** The household as the caller may see it: 世帯類型 as of today, 個人番号 masked for roles without authority. */
export function householdView(household: Household, roles: readonly string[], edition: Edition, today: string): Household {
  const typed = withHouseholdType(household, today);
  return { ...typed, members: typed.members.map((m) => maskMember(m, roles, edition)) };
}

export interface FoundMember {
  record: Stored<Household>;
  member: Member;
  index: number;
}

/** The member with the household record it belongs to (members are kept inside their household). */
export function findMember(reader: Reader, memberId: string): FoundMember | undefined {
  for (const record of recordsWhere<Household>(reader, 'Household', (h) => h.members.some((m) => m.memberId === memberId))) {
    const index = record.value.members.findIndex((m) => m.memberId === memberId);
    if (index >= 0) return { record, member: record.value.members[index]!, index };
  }
  return undefined;
}

/** The household record named in the path (with its version), or 404. */
export function householdRecordInPath(reader: Reader, householdId: string): Stored<Household> {
  const record = reader.get<Household>('Household', householdId);
  if (!record) throw missing('世帯', 'household');
  return record;
}

/** The household named in the path, or 404. */
export const householdInPath = (reader: Reader, householdId: string): Household => householdRecordInPath(reader, householdId).value;

/** The household named in the body, or 422 pointing at it. */
export function householdInBody(reader: Reader, householdId: string, pointer: string): Household {
  const record = reader.get<Household>('Household', householdId);
  if (!record) throw unknownReference(pointer, '世帯', 'household');
  return record.value;
}
