import type { AdapterContext } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { findMember, type Member } from '../../support/households.ts';
import { assertIfMatch } from '../../support/versions.ts';

/**
 * Seeded defects of updateMember (mutants/more-13-14.ts). Without a mutant, racyIfMatch answers false (the
 * version is checked inside the write transaction) and memberBase answers the member as stored.
 */

const ENTITY_TAGS = /^\s*(\*|(W\/)?"[^"]*"(\s*,\s*(W\/)?"[^"]*")*)\s*$/;

/**
 * bad-if-match-crashes: an If-Match that is not a list of entity tags throws a plain error (a 500).
 * member-update-race: the version is checked here, before the transaction and after a pause, so concurrent
 * updates of one version all pass the check; answers true when it did so (the transaction then skips it).
 */
export async function racyIfMatch(env: AreaEnv, ctx: AdapterContext, memberId: string): Promise<boolean> {
  if (hasMutant(env, 'bad-if-match-crashes') && !ENTITY_TAGS.test(ctx.ifMatch ?? '')) {
    throw new TypeError(`cannot parse If-Match ${String(ctx.ifMatch)}`);
  }
  if (!hasMutant(env, 'member-update-race')) return false;
  const found = findMember(env.store, memberId);
  if (found) assertIfMatch(ctx, memberId, found.record);
  await new Promise((resolve) => setTimeout(resolve, 5));
  return true;
}

/** member-patch-clears-omitted: what the update starts from — the stored member, or only its required items. */
export function memberBase(env: AreaEnv, member: Member): Member {
  if (!hasMutant(env, 'member-patch-clears-omitted')) return member;
  const { memberId, name, birthDate, sex, relationship, myNumber, addressNumber, viewingRestricted } = member;
  return { memberId, name, birthDate, sex, relationship, viewingRestricted, ...(myNumber !== undefined && { myNumber }), ...(addressNumber !== undefined && { addressNumber }) } as Member;
}
