import { codeLists } from '@hogo-kit/sdk';
import { ageOn } from '../../support/clock.ts';
import type { Household, Member } from '../../support/households.ts';

type Lists = typeof codeLists;
type Value = string | number | boolean | undefined;

/** What one item reads: from the household, from the member (the head in a household row), or derived. */
interface Item {
  read: (h: Household, m: Member | undefined, asOf: string, present: readonly Member[]) => Value;
  /** The code list whose names replace the codes under codeValues=label (option 13.5.5). */
  codeList?: keyof Lists;
}

/** Every extractable item (code list extractionItem); 個人番号 is deliberately not one of them. */
export const ITEMS: Record<string, Item> = {
  'household-id': { read: (h) => h.householdId },
  'case-number': { read: (h) => h.caseNumber },
  'lg-code': { read: (h) => h.lgCode },
  section: { read: (h) => h.section },
  'assigned-caseworker': { read: (h) => h.assignedCaseworker },
  'protection-status': { read: (h) => h.protectionStatus, codeList: 'protectionStatus' },
  'household-type': { read: (h) => h.householdType, codeList: 'householdType' },
  grade: { read: (h) => h.grade, codeList: 'kyuchi' },
  'winter-region': { read: (h) => h.winterRegion, codeList: 'winterRegion' },
  'postal-code': { read: (h) => h.address.postalCode },
  address: { read: (h) => h.address.text },
  'monthly-rent': { read: (h) => h.monthlyRent },
  'started-on': { read: (h) => h.startedOn },
  'ended-on': { read: (h) => h.endedOn },
  'member-count': { read: (_h, _m, _a, present) => present.length },
  'member-id': { read: (_h, m) => m?.memberId },
  'address-number': { read: (_h, m) => m?.addressNumber },
  'family-name': { read: (_h, m) => m?.name.family },
  'given-name': { read: (_h, m) => m?.name.given },
  'family-name-kana': { read: (_h, m) => m?.name.familyKana },
  'given-name-kana': { read: (_h, m) => m?.name.givenKana },
  'birth-date': { read: (_h, m) => m?.birthDate },
  age: { read: (_h, m, asOf) => (m ? ageOn(m.birthDate, asOf) : undefined) },
  sex: { read: (_h, m) => m?.sex, codeList: 'sex' },
  relationship: { read: (_h, m) => m?.relationship, codeList: 'relationship' },
  'living-arrangement': { read: (_h, m) => m?.livingArrangement, codeList: 'livingArrangement' },
  'work-status': { read: (_h, m) => m?.workStatus, codeList: 'workStatus' },
  'disability-addition': { read: (_h, m) => m?.disabilityAddition, codeList: 'disabilityAddition' },
  'pregnancy-status': { read: (_h, m) => m?.pregnancyStatus, codeList: 'pregnancyStatus' },
  'care-insurance-insured': { read: (_h, m) => m?.careInsuranceInsured },
};

/** The Japanese name of an item (header=label) or its code (header=code). */
export function headerOf(item: string, header: 'label' | 'code'): string {
  const codes = codeLists.extractionItem.codes as Record<string, { ja: string }>;
  return header === 'code' ? item : codes[item]?.ja ?? item;
}

/** One cell: characters exactly as stored, dates as stored (YYYY-MM-DD), money as integer yen, codes or their names. */
export function cellOf(item: string, value: Value, codeValues: 'code' | 'label'): string {
  if (value === undefined) return '';
  const list = ITEMS[item]?.codeList;
  if (codeValues === 'label' && list && typeof value === 'string') {
    return (codeLists[list].codes as Record<string, { ja: string }>)[value]?.ja ?? value;
  }
  return String(value);
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted and its quotes doubled. */
export const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Rows joined with CRLF, every row (the last included) ending in CRLF. */
export const csvOf = (rows: readonly string[][]) => rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
