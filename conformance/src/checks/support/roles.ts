import { codeLists, codeLists20, type Edition, type HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../engine/types.ts';

/** The staff roles (code list `role`) of an edition. */
export function rolesOf(edition: Edition): string[] {
  return Object.keys((edition === '2.0' ? codeLists20 : codeLists).role.codes);
}

/**
 * The client of a role, or undefined when the run has no token for it (the check then names the role it
 * could not try in a skip, after checking everything else: a fault found first still fails the check).
 */
export function clientOf(ctx: CheckContext, role: string): HogoClient<Edition> | undefined {
  try {
    return ctx.as(role);
  } catch {
    return undefined;
  }
}

/** Like clientOf, but a missing token ends the check as skipped at once. */
export function requireClient(ctx: CheckContext, role: string): HogoClient<Edition> {
  return clientOf(ctx, role) ?? ctx.skip(`token for the role ${role}`);
}

/** Ends the check as skipped when some roles could not be tried for lack of a token. */
export function skipForMissing(ctx: CheckContext, missing: string[]): void {
  if (missing.length > 0) ctx.skip(`tokens for the roles ${missing.join(', ')}`);
}
