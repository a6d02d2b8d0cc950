/**
 * 個人番号 (My Number) in responses: shown in full only to the roles the standard names in
 * Member.myNumber's `x-visible-to` (requirement 13.4.1); every other role gets the masked form
 * (13.4.2: in no response — reads, lists, and the answers to creating requests alike).
 */
import type { Principal } from '../../src/engine/types.ts';
import { editionData } from '../../src/editions.ts';
import type { Household, Member } from './mapping.ts';

export const MASKED_MY_NUMBER = '************';

type SchemaNode = { properties?: Record<string, SchemaNode>; 'x-visible-to'?: string[] };

/** Read from the spec (2.1), not copied: caseworker, supervisor, manager. */
export const MY_NUMBER_VISIBLE_TO: readonly string[] =
  (editionData('2.1').openapi as { components: { schemas: Record<string, SchemaNode> } })
    .components.schemas.Member?.properties?.myNumber?.['x-visible-to'] ?? [];

export function mayReadMyNumber(principal: Principal): boolean {
  return principal.roles.some((role) => MY_NUMBER_VISIBLE_TO.includes(role));
}

export function maskMember(member: Member, principal: Principal): Member {
  if (member.myNumber === undefined || mayReadMyNumber(principal)) return member;
  return { ...member, myNumber: MASKED_MY_NUMBER };
}

export function maskHousehold(household: Household, principal: Principal): Household {
  if (mayReadMyNumber(principal)) return household;
  return { ...household, members: household.members.map((member) => maskMember(member, principal)) };
}
