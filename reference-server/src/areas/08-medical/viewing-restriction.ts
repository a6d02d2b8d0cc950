/** 閲覧制限 (08.3.4, 08.3.5): set (with a reason — the schema requires it) or lifted per member. */
import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { findMember } from '../../support/households.ts';
import { maskMember } from '../../support/privacy.ts';
import { missing } from '../../support/refusals.ts';

export function restrictionOperations(env: AreaEnv): Pick<HogoAdapter, 'setViewingRestriction'> {
  return {
    async setViewingRestriction({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const found = findMember(tx, path.memberId);
        if (!found) throw missing('世帯員', 'member');
        const member = { ...found.member, viewingRestricted: body.restricted };
        const members = found.record.value.members.map((m, i) => (i === found.index ? member : m));
        if (!hasMutant(env, 'viewing-restriction-not-saved')) tx.put('Household', found.record.value.householdId, { ...found.record.value, members });
        return maskMember(member, ctx.principal.roles, env.edition);
      });
    },
  };
}
