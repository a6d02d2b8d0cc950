import type { HogoAdapter } from '@hogo-kit/sdk';
import { valuesWhere, type Reader } from '../../store/store.ts';
import type { Household, Member } from '../../support/households.ts';
import { page } from '../../support/page.ts';

type Query = Parameters<HogoAdapter['listHouseholds']>[0]['query'];

/** nameKana: one word matches the start of the family or given kana; two words (space-separated) family then given. */
function kanaMatches(member: Member, nameKana: string): boolean {
  const words = nameKana.split(/[ 　]+/).filter((w) => w.length > 0);
  const family = member.name.familyKana ?? '';
  const given = member.name.givenKana ?? '';
  if (words.length === 0) return true;
  if (words.length === 1) return family.startsWith(words[0]!) || given.startsWith(words[0]!);
  return family.startsWith(words[0]!) && given.startsWith(words.slice(1).join(''));
}

/** The person-level conditions (氏名カナ, 生年月日, 宛名番号) must all hold for one and the same member. */
function personMatches(member: Member, query: Query): boolean {
  return (query.nameKana === undefined || kanaMatches(member, query.nameKana))
    && (query.birthDate === undefined || member.birthDate === query.birthDate)
    && (query.addressNumber === undefined || member.addressNumber === query.addressNumber);
}

const byPerson = (query: Query) => query.nameKana !== undefined || query.birthDate !== undefined || query.addressNumber !== undefined;

/**
 * Households matching every given condition, ordered by householdId, one page of them — as stored (deep-frozen, not
 * copied: a list of 100,000 households no longer copies them all per request); the caller builds its views from them.
 */
export function searchHouseholds(reader: Reader, query: Query): { items: Readonly<Household>[]; nextCursor: string | null } {
  const matching = valuesWhere<Household>(reader, 'Household', (h) => (query.caseNumber === undefined || h.caseNumber === query.caseNumber)
      && (query.section === undefined || h.section === query.section)
      && (query.assignedCaseworker === undefined || h.assignedCaseworker === query.assignedCaseworker)
      && (query.protectionStatus === undefined || h.protectionStatus === query.protectionStatus)
      && (!byPerson(query) || h.members.some((m) => personMatches(m, query))))
    .sort((a, b) => (a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0));
  return page(matching, { cursor: query.cursor, limit: query.limit });
}
