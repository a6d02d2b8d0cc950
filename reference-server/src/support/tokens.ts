import type { Principal, TokenVerifier } from '@hogo-kit/sdk';

/** The roles of the standard (code list `role`). */
export const ROLES = ['intake', 'caseworker', 'supervisor', 'manager', 'medical-clerk', 'accountant', 'system-admin', 'linkage'] as const;

/** Roles each token carries besides its own: empty, except under the seeded defect system-admin-has-case-roles. */
export type ExtraRoles = Partial<Record<(typeof ROLES)[number], string[]>>;

/**
 * Development tokens: `dev-<role>` (staff `<role>-1`) and `dev-<role>-2` (a second member of staff with the
 * same role, for separation of duties). For local use and tests only; never a real credential.
 */
export function devTokens(extra: ExtraRoles = {}): Record<string, Principal> {
  const tokens: Record<string, Principal> = {};
  for (const role of ROLES) {
    const roles = [role, ...(extra[role] ?? [])];
    tokens[`dev-${role}`] = { staffId: `${role}-1`, roles, name: `${role} 1` };
    tokens[`dev-${role}-2`] = { staffId: `${role}-2`, roles: [...roles], name: `${role} 2` };
  }
  return tokens;
}

/** The extra roles of the seeded defect system-admin-has-case-roles: the administrator is also a case worker. */
export const SYSTEM_ADMIN_AS_CASEWORKER: ExtraRoles = { 'system-admin': ['caseworker'] };

export function devTokenVerifier(tokens = devTokens()): TokenVerifier {
  return (token) => tokens[token] ?? null;
}
