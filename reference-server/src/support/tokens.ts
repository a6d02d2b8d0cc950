import type { Principal, TokenVerifier } from '@hogo-kit/sdk';

/** The roles of the standard (code list `role`). */
export const ROLES = ['intake', 'caseworker', 'supervisor', 'manager', 'medical-clerk', 'accountant', 'system-admin', 'linkage'] as const;

/**
 * Development tokens: `dev-<role>` (staff `<role>-1`) and `dev-<role>-2` (a second member of staff with the
 * same role, for separation of duties). For local use and tests only; never a real credential.
 */
export function devTokens(): Record<string, Principal> {
  const tokens: Record<string, Principal> = {};
  for (const role of ROLES) {
    tokens[`dev-${role}`] = { staffId: `${role}-1`, roles: [role], name: `${role} 1` };
    tokens[`dev-${role}-2`] = { staffId: `${role}-2`, roles: [role], name: `${role} 2` };
  }
  return tokens;
}

export function devTokenVerifier(tokens = devTokens()): TokenVerifier {
  return (token) => tokens[token] ?? null;
}
