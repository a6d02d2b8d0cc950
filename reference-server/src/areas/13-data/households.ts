import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { householdView, withHouseholdType, type Household, type Member } from '../../support/households.ts';
import { noteSearch } from '../../support/audit-detail.ts';
import { newId } from '../../support/ids.ts';
import { missing } from '../../support/refusals.ts';
import { assertIfMatch, withEtag } from '../../support/versions.ts';
import { searchHouseholds } from './search.ts';
import { assertBornBy, assertOneHead } from './rules.ts';
import { assertInputDefects, checkedText } from './input-defects.ts';
import { Guards, maskingRoles, storedName } from './defects.ts';

type MemberInput = Parameters<HogoAdapter['addMember']>[0]['body'];

/** A registered member: the input exactly as sent (characters never normalised) with its assigned id. */
export const newMember = (memberId: string, input: MemberInput): Member => ({ memberId, ...input, viewingRestricted: false }) as Member;

/** 世帯の登録・照会・検索・変更 (13.1.1, 13.1.4, 13.1.6, 13.1.7). */
export function householdOperations(env: AreaEnv): Pick<HogoAdapter, 'createHousehold' | 'getHousehold' | 'listHouseholds' | 'updateHousehold'> {
  const { store, clock, edition } = env;
  return {
    async createHousehold({ body }, ctx) {
      body = checkedText(env, body);
      assertInputDefects(env, body);
      const today = clock.today();
      const guards = new Guards(env);
      if (!hasMutant(env, 'birth-date-in-future-accepted')) {
        guards.check(() => body.members.forEach((m, i) => assertBornBy(m.birthDate, today, `/body/members/${i}/birthDate`)));
      }
      guards.check(() => assertOneHead(body.members, '/body/members', undefined, false, hasMutant(env, 'two-heads-accepted')));
      const created = await store.transact((tx) => {
        const householdId = newId(tx, 'H');
        const { members: sent, ...own } = body;
        // Seeded defect household-members-after-first-dropped: only the first member is registered.
        const members = hasMutant(env, 'household-members-after-first-dropped') ? sent.slice(0, 1) : sent;
        const registered = members.map((m) => newMember(newId(tx, 'M'), { ...m, name: storedName(env, m.name) }));
        const household: Household = withHouseholdType({ householdId, ...own, protectionStatus: 'none', members: registered } as Household, today);
        const record = tx.put('Household', householdId, household);
        return withEtag(householdId, record, householdView(record.value, maskingRoles(env, ctx), edition, today));
      });
      guards.rethrow();
      return created;
    },

    async getHousehold({ path }, ctx) {
      const record = store.get<Household>('Household', path.householdId);
      if (!record) throw missing('世帯', 'household');
      const view = householdView(record.value, maskingRoles(env, ctx), edition, clock.today());
      // Seeded defect read-without-etag (14.4.1): the single read answers without the version (ETag).
      if (hasMutant(env, 'read-without-etag')) return view;
      return withEtag(path.householdId, record, view);
    },

    async listHouseholds({ query }, ctx) {
      const today = clock.today();
      // Seeded defect cursor-limit-ignored: the page size asked for is ignored (pages of the default 50).
      let asked = hasMutant(env, 'cursor-limit-ignored') ? { ...query, limit: undefined } : query;
      // Seeded defects household-search-birth-date-ignored (13.1.6), household-list-section-ignored (13.1.7).
      if (hasMutant(env, 'household-search-birth-date-ignored')) asked = { ...asked, birthDate: undefined };
      if (hasMutant(env, 'household-list-section-ignored')) asked = { ...asked, section: undefined };
      // Seeded defect bad-cursor-restarts (14.5.2): a cursor that cannot be read starts the list again from the top.
      if (hasMutant(env, 'bad-cursor-restarts') && asked.cursor !== undefined) {
        try {
          searchHouseholds(store, asked);
        } catch {
          asked = { ...asked, cursor: undefined };
        }
      }
      const result = searchHouseholds(store, asked);
      noteSearch(env, ctx, query, result.items.length);
      return { ...result, items: result.items.map((h) => householdView(h, maskingRoles(env, ctx), edition, today)) };
    },

    async updateHousehold({ path, body }, ctx) {
      body = checkedText(env, body);
      return store.transact((tx) => {
        const current = tx.get<Household>('Household', path.householdId);
        if (!current) throw missing('世帯', 'household');
        if (!hasMutant(env, 'stale-update-accepted')) assertIfMatch(ctx, path.householdId, current);
        const today = clock.today();
        // Seeded defect household-patch-clears-omitted: the section, case worker and rent not sent are cleared.
        const { section, assignedCaseworker, monthlyRent, ...kept } = current.value;
        const base = hasMutant(env, 'household-patch-clears-omitted') ? kept : current.value;
        const record = tx.put('Household', path.householdId, withHouseholdType({ ...base, ...body } as Household, today));
        return withEtag(path.householdId, record, householdView(record.value, maskingRoles(env, ctx), edition, today));
      });
    },
  };
}
