import type { Edition } from '@hogo-kit/sdk';
import { editionData } from '@hogo-kit/sdk/fastify';

export const MASK = '************';

/** Roles that may see 個人番号, as the spec's Member.myNumber `x-visible-to` says. */
export function myNumberRoles(edition: Edition): string[] {
  const schemas = (editionData(edition).openapi.components as { schemas: Record<string, { properties?: Record<string, { 'x-visible-to'?: string[] }> }> }).schemas;
  return schemas.Member?.properties?.myNumber?.['x-visible-to'] ?? [];
}

/** The member as the caller may see it: 個人番号 masked for roles without authority. */
export function maskMember<T extends { myNumber?: string }>(member: T, roles: readonly string[], edition: Edition): T {
  if (member.myNumber === undefined || roles.some((r) => myNumberRoles(edition).includes(r))) return member;
  return { ...member, myNumber: MASK };
}
