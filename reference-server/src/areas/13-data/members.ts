import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { findMember, withHouseholdType, type Household, type Member } from '../../support/households.ts';
import { newId } from '../../support/ids.ts';
import { maskMember } from '../../support/privacy.ts';
import { missing, ruleBroken } from '../../support/refusals.ts';
import { assertIfMatch, etagOf } from '../../support/versions.ts';
import { reply } from '@hogo-kit/sdk';
import { newMember } from './households.ts';
import { assertBornBy, assertOneHead } from './rules.ts';
import { assertInputDefects, checkedText } from './input-defects.ts';
import { memberBase, racyIfMatch } from './member-defects.ts';
import { Guards, maskingRoles, storedName } from './defects.ts';

/**
 * 世帯員の追加・照会・変更 (13.1.3, 13.1.5, 13.1.8). Members live inside their household; a member's ETag is its id
 * with the household's version, so any change of the household makes an older member ETag stale.
 */
export function memberOperations(env: AreaEnv): Pick<HogoAdapter, 'addMember' | 'getMember' | 'updateMember'> {
  const { store, clock, edition } = env;
  return {
    async addMember({ path, body }, ctx) {
      body = checkedText(env, body);
      assertInputDefects(env, body);
      const today = clock.today();
      const guards = new Guards(env);
      const added = await store.transact((tx) => {
        const current = tx.get<Household>('Household', path.householdId);
        if (!current) throw missing('世帯', 'household');
        if (!hasMutant(env, 'birth-date-in-future-accepted')) guards.check(() => assertBornBy(body.birthDate, today, '/body/birthDate'));
        const member = newMember(newId(tx, 'M'), { ...body, name: storedName(env, body.name) });
        const members = [...current.value.members, member];
        guards.check(() => assertOneHead(members, '/body/relationship', current.value.members, false, hasMutant(env, 'two-heads-accepted')));
        // Seeded defect added-member-not-saved: the answer is given but nothing is written.
        const record = hasMutant(env, 'added-member-not-saved') ? current : tx.put('Household', path.householdId, withHouseholdType({ ...current.value, members }, today));
        return reply(maskMember(member, maskingRoles(env, ctx), edition), { etag: etagOf(member.memberId, record) });
      });
      guards.rethrow();
      return added;
    },

    async getMember({ path }, ctx) {
      const found = findMember(store, path.memberId);
      if (!found) throw missing('世帯員', 'member');
      // Seeded defect my-number-masked-for-supervisor (13.4.1): the supervisor is left out of the roles shown the number.
      const roles = maskingRoles(env, ctx).filter((r) => !(hasMutant(env, 'my-number-masked-for-supervisor') && r === 'supervisor'));
      return reply(maskMember(found.member, roles, edition), { etag: etagOf(path.memberId, found.record) });
    },

    async updateMember({ path, body }, ctx) {
      body = checkedText(env, body);
      assertInputDefects(env, body);
      const today = clock.today();
      const guards = new Guards(env);
      const racy = await racyIfMatch(env, ctx, path.memberId);
      const updated = await store.transact((tx) => {
        const found = findMember(tx, path.memberId);
        if (!found) throw missing('世帯員', 'member');
        if (!racy) assertIfMatch(ctx, path.memberId, found.record);
        const before = found.record.value.members;
        const member: Member = { ...memberBase(env, found.member), ...body, ...(body.name !== undefined ? { name: storedName(env, body.name) } : {}) };
        // mutant care-insurance-status-not-updated (09.2.1): the change of 介護保険 status is dropped.
        if (hasMutant(env, 'care-insurance-status-not-updated')) member.careInsuranceInsured = found.member.careInsuranceInsured;
        if (member.leftOn !== undefined && member.leftOn < member.birthDate) {
          guards.check(() => {
            throw ruleBroken('left-before-birth', '/body/leftOn', { ja: '世帯離脱日が生年月日より前です。', en: 'The date of leaving is before the date of birth.' });
          });
        }
        const members = before.map((m, i) => (i === found.index ? member : m));
        // Seeded defect departed-member-removed (13.1.8): a member who leaves is deleted from the household.
        const kept = hasMutant(env, 'departed-member-removed') && body.leftOn !== undefined ? members.filter((m) => m !== member) : members;
        const headLeaving = found.member.relationship === '01' && found.member.leftOn === undefined && body.leftOn !== undefined;
        const pointer = body.relationship !== undefined ? '/body/relationship' : '/body/leftOn';
        guards.check(() => assertOneHead(members, pointer, before, headLeaving, hasMutant(env, 'two-heads-accepted')));
        const householdId = found.record.value.householdId;
        const record = tx.put('Household', householdId, withHouseholdType({ ...found.record.value, members: kept }, today));
        return reply(maskMember(member, maskingRoles(env, ctx), edition), { etag: etagOf(path.memberId, record) });
      });
      guards.rethrow();
      return updated;
    },
  };
}
