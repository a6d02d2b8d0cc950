/**
 * A HogoAdapter (edition 2.1) over the legacy tables: seven operations of the standard, each a few
 * lines of "read rows → map → answer". The engine behind hogoPlugin has already authenticated the
 * caller, checked the role, validated the request against the spec and handled Idempotency-Key.
 */
import type { HogoAdapter } from '../../src/adapter/types.ts';
import type { operations } from '../../src/generated/openapi-21.ts';
import { reply } from '../../src/adapter/types.ts';
import type { Principal } from '../../src/engine/types.ts';
import { HogoError, unprocessable } from '../../src/errors.ts';
import { createLegacyStore, type LegacyStore } from './legacy-model.ts';
import { householdFromRows, householdPatchToRow, householdToRows, memberFromRow, memberPatchToRow, memberToRow } from './mapping.ts';
import type { Relationship } from './codes.ts';
import { maskHousehold, maskMember } from './privacy.ts';
import { checkIfMatch, createRepository, householdEtag, memberEtag, type LegacyRepository } from './repository.ts';

export type LegacyOperations =
  | 'createHousehold' | 'getHousehold' | 'listHouseholds' | 'updateHousehold' | 'addMember' | 'getMember' | 'updateMember';
export type LegacyAdapter = Pick<HogoAdapter, LegacyOperations>;

const DEFAULT_LIMIT = 50;
/** listHouseholds' query as the spec types it (AdapterInput types an optional `query?` as empty). */
type ListQuery = NonNullable<operations['listHouseholds']['parameters']['query']>;
const HEAD: Relationship = '01';

/** The list cursor is the offset, encoded so that clients treat it as opaque. */
export const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    const message = { ja: '前頁の応答の nextCursor を指定してください。', en: "Send the previous page's nextCursor." };
    throw new HogoError(400, 'invalid-cursor', { ja: 'カーソルが不正です', en: 'The cursor is not valid' }, message, [
      { pointer: '/query/cursor', code: 'invalid-cursor', message },
    ]);
  }
  return Number(match[1]);
}

const oneHead = (pointer: string) =>
  unprocessable('one-head-of-household', { ja: '世帯主（続柄 01）は世帯に1人です。', en: 'A household has exactly one head (relationship 01).' }, [
    { pointer, code: 'one-head-of-household', message: { ja: '世帯主は1人としてください。', en: 'Give exactly one head of household.' } },
  ]);

export function createLegacyAdapter(store: LegacyStore = createLegacyStore()): LegacyAdapter {
  const repo: LegacyRepository = createRepository(store);
  const household = (SETAI_NO: string, principal: Principal) => {
    const row = repo.household(SETAI_NO);
    return reply(maskHousehold(householdFromRows(row, repo.membersOf(SETAI_NO)), principal), { etag: householdEtag(row) });
  };
  const headElsewhere = (SETAI_NO: string, KOJIN_ID?: string) =>
    repo.membersOf(SETAI_NO).some((r) => r.KOJIN_ID !== KOJIN_ID && memberFromRow(r).relationship === HEAD);

  return {
    async createHousehold({ body }, { principal }) {
      if (body.members.filter((m) => m.relationship === HEAD).length !== 1) throw oneHead('/body/members');
      const SETAI_NO = repo.nextSetaiNo();
      const rows = householdToRows(body, SETAI_NO, repo.nextKojinIds(body.members.length));
      repo.insertHousehold(rows.setai, rows.kojin);
      return household(SETAI_NO, principal);
    },

    async getHousehold({ path }, { principal }) {
      return household(path.householdId, principal);
    },

    async listHouseholds(input, { principal }) {
      const query = input.query as ListQuery;
      const offset = decodeCursor(query.cursor);
      const limit = query.limit ?? DEFAULT_LIMIT;
      const kana = query.nameKana?.replace(/[ 　]/g, '');
      const matches = repo.households()
        .map((row) => householdFromRows(row, repo.membersOf(row.SETAI_NO)))
        .filter((h) =>
          (query.caseNumber === undefined || h.caseNumber === query.caseNumber) &&
          (query.section === undefined || h.section === query.section) &&
          (query.assignedCaseworker === undefined || h.assignedCaseworker === query.assignedCaseworker) &&
          (query.protectionStatus === undefined || h.protectionStatus === query.protectionStatus) &&
          h.members.some((m) =>
            (kana === undefined || `${m.name.familyKana ?? ''}${m.name.givenKana ?? ''}`.replace(/[ 　]/g, '').startsWith(kana)) &&
            (query.birthDate === undefined || m.birthDate === query.birthDate) &&
            (query.addressNumber === undefined || m.addressNumber === query.addressNumber)));
      const items = matches.slice(offset, offset + limit).map((h) => maskHousehold(h, principal));
      return { items, nextCursor: offset + limit < matches.length ? encodeCursor(offset + limit) : null };
    },

    async updateHousehold({ path, body }, { principal, ifMatch }) {
      const current = repo.household(path.householdId);
      checkIfMatch(ifMatch, householdEtag(current));
      repo.saveHousehold(householdPatchToRow(body, current));
      return household(path.householdId, principal);
    },

    async addMember({ path, body }, { principal }) {
      const SETAI_NO = repo.household(path.householdId).SETAI_NO;
      if (body.relationship === HEAD && headElsewhere(SETAI_NO)) throw oneHead('/body/relationship');
      const [KOJIN_ID = ''] = repo.nextKojinIds(1);
      const { member } = repo.saveMember(memberToRow(body, { KOJIN_ID, SETAI_NO }));
      return reply(maskMember(memberFromRow(member), principal), { etag: memberEtag(member) });
    },

    async getMember({ path }, { principal }) {
      const row = repo.member(path.memberId);
      return reply(maskMember(memberFromRow(row), principal), { etag: memberEtag(row) });
    },

    async updateMember({ path, body }, { principal, ifMatch }) {
      const current = repo.member(path.memberId);
      checkIfMatch(ifMatch, memberEtag(current));
      if (body.relationship === HEAD && headElsewhere(current.SETAI_NO, current.KOJIN_ID)) throw oneHead('/body/relationship');
      const { member } = repo.saveMember(memberPatchToRow(body, current));
      return reply(maskMember(memberFromRow(member), principal), { etag: memberEtag(member) });
    },
  } satisfies LegacyAdapter;
}
