/**
 * Row access over the legacy tables: find, insert, replace, number allocation and row versions.
 * A vendor replaces this file with their own database access; the adapter does not change.
 */
import { notFound, preconditionFailed } from '../../src/errors.ts';
import { table, type KojinRow, type LegacyStore, type SetaiRow } from './legacy-model.ts';

export const HOUSEHOLD = { ja: '世帯', en: 'household' };
export const MEMBER = { ja: '世帯員', en: 'member' };

/** Strong ETags from the row version (UPDATE_CNT): a household's version also moves with its members'. */
export const householdEtag = (row: SetaiRow) => `"SETAI-${row.SETAI_NO}-${row.UPDATE_CNT}"`;
export const memberEtag = (row: KojinRow) => `"KOJIN-${row.KOJIN_ID}-${row.UPDATE_CNT}"`;

/** If-Match against the current ETag (RFC 9110: strong comparison, a list, or *); stale → 412. */
export function checkIfMatch(ifMatch: string | undefined, etag: string): void {
  if (ifMatch === undefined) return; // the engine already answered 428 where If-Match is required
  const tags = ifMatch.split(',').map((tag) => tag.trim());
  if (!tags.includes('*') && !tags.includes(etag)) throw preconditionFailed();
}

const nextNumber = (ids: readonly string[], width: number) =>
  String(ids.reduce((max, id) => Math.max(max, Number(id) || 0), 0) + 1).padStart(width, '0');

export function createRepository(store: LegacyStore) {
  const setai = () => table(store, 'SETAI');
  const kojin = () => table(store, 'KOJIN');
  return {
    households: () => setai() as readonly SetaiRow[],
    household(SETAI_NO: string): SetaiRow {
      const row = setai().find((r) => r.SETAI_NO === SETAI_NO);
      if (!row) throw notFound(HOUSEHOLD);
      return row;
    },
    membersOf: (SETAI_NO: string): KojinRow[] => kojin().filter((r) => r.SETAI_NO === SETAI_NO),
    member(KOJIN_ID: string): KojinRow {
      const row = kojin().find((r) => r.KOJIN_ID === KOJIN_ID);
      if (!row) throw notFound(MEMBER);
      return row;
    },
    nextSetaiNo: () => nextNumber(setai().map((r) => r.SETAI_NO), 7),
    nextKojinIds: (count: number) => {
      const first = Number(nextNumber(kojin().map((r) => r.KOJIN_ID), 10));
      return Array.from({ length: count }, (_, i) => String(first + i).padStart(10, '0'));
    },
    insertHousehold(row: SetaiRow, members: KojinRow[]): void {
      setai().push(row);
      kojin().push(...members);
    },
    /** Writes the row with UPDATE_CNT + 1 and returns it. */
    saveHousehold(row: SetaiRow): SetaiRow {
      const rows = setai();
      const saved = { ...row, UPDATE_CNT: row.UPDATE_CNT + 1 };
      rows[rows.findIndex((r) => r.SETAI_NO === row.SETAI_NO)] = saved;
      return saved;
    },
    /** Inserts or replaces a member row (UPDATE_CNT + 1 on replace) and touches its household. */
    saveMember(row: KojinRow): { member: KojinRow; household: SetaiRow } {
      const rows = kojin();
      const index = rows.findIndex((r) => r.KOJIN_ID === row.KOJIN_ID);
      const member = index < 0 ? row : { ...row, UPDATE_CNT: row.UPDATE_CNT + 1 };
      if (index < 0) rows.push(member);
      else rows[index] = member;
      const household = this.saveHousehold(this.household(row.SETAI_NO));
      return { member, household };
    },
  };
}

export type LegacyRepository = ReturnType<typeof createRepository>;
