/**
 * Legacy rows ↔ the standard's resources. Pure functions: no store, no access control.
 * Reading a row the standard cannot represent throws LegacyDataError (the engine then answers 500
 * `adapter-error` and reports it); writing a value the legacy columns cannot hold throws a 422.
 */
import type { components } from '../../src/generated/openapi-21.ts';
import { editionData } from '../../src/editions.ts';
import { unprocessable } from '../../src/errors.ts';
import {
  dateFromLegacy, dateToLegacy, HOGO_JOTAI, KYUCHI, KYUCHI_BACK, LegacyDataError, lookup, optionalCode,
  SEIBETSU, SEIBETSU_BACK, TOKI, TOKI_BACK, ZOKUGARA, zokugaraOf,
} from './codes.ts';
import { fullToHalfKana, halfToFullKana } from './kana.ts';
import type { KojinRow, SetaiRow } from './legacy-model.ts';

type Schemas = components['schemas'];
export type Household = Schemas['Household'];
export type HouseholdInput = Schemas['HouseholdInput'];
export type HouseholdPatch = Schemas['HouseholdPatch'];
export type Member = Schemas['Member'];
export type MemberInput = Schemas['MemberInput'];
export type MemberPatch = Schemas['MemberPatch'];
export type PersonName = Schemas['PersonName'];

/** 氏 and 名 are one column, separated by a full-width space; the kana by a half-width one. */
const KANJI_SEPARATOR = '\u3000';
const KANA_SEPARATOR = ' ';

/** The standard's kana pattern, read from the spec rather than copied. */
const kanaSchema = (editionData('2.1').openapi as { components: { schemas: Record<string, { properties: Record<string, { pattern: string }> }> } })
  .components.schemas.PersonName?.properties.familyKana?.pattern;
const KANA = new RegExp(kanaSchema ?? '^[\\s\\S]*$', 'u');

/** Drops undefined properties, so a resource carries only the items that have a value. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const kanaOrNone = (half: string | undefined) => {
  const full = halfToFullKana(half ?? '');
  // A reading with characters the standard's kana does not allow (e.g. ･) is left out: kana is optional.
  return full !== '' && KANA.test(full) ? full : undefined;
};

export function nameFromLegacy(row: Pick<KojinRow, 'SHIMEI_KANJI' | 'SHIMEI_KANA' | 'KOJIN_ID'>): PersonName {
  const cut = row.SHIMEI_KANJI.indexOf(KANJI_SEPARATOR);
  if (cut <= 0 || cut === row.SHIMEI_KANJI.length - 1) throw new LegacyDataError(`KOJIN ${row.KOJIN_ID} SHIMEI_KANJI`);
  const kanaCut = row.SHIMEI_KANA.indexOf(KANA_SEPARATOR);
  const [familyKana, givenKana] = kanaCut < 0 ? [row.SHIMEI_KANA, ''] : [row.SHIMEI_KANA.slice(0, kanaCut), row.SHIMEI_KANA.slice(kanaCut + 1)];
  return defined({
    family: row.SHIMEI_KANJI.slice(0, cut),
    given: row.SHIMEI_KANJI.slice(cut + 1),
    familyKana: kanaOrNone(familyKana),
    givenKana: kanaOrNone(givenKana),
  });
}

/** The kanji are stored exactly as sent (no normalisation): surrogate pairs and variation selectors included. */
export function nameToLegacy(name: PersonName, pointer: string): Pick<KojinRow, 'SHIMEI_KANJI' | 'SHIMEI_KANA'> {
  const unstorable = (field: string, ja: string, en: string) =>
    unprocessable('name-not-storable', { ja: '氏名をこのシステムに保存できません。', en: 'The name cannot be stored by this system.' }, [
      { pointer: `${pointer}/name/${field}`, code: 'name-not-storable', message: { ja, en } },
    ]);
  if (name.family.includes(KANJI_SEPARATOR)) throw unstorable('family', '氏に全角空白を含めることはできません。', 'The family name may not contain a full-width space.');
  if (name.familyKana?.includes(KANA_SEPARATOR)) throw unstorable('familyKana', '氏（カナ）に半角空白を含めることはできません。', 'The family-name kana may not contain a half-width space.');
  const kana = name.familyKana || name.givenKana ? `${fullToHalfKana(name.familyKana ?? '')}${KANA_SEPARATOR}${fullToHalfKana(name.givenKana ?? '')}` : '';
  return { SHIMEI_KANJI: `${name.family}${KANJI_SEPARATOR}${name.given}`, SHIMEI_KANA: kana };
}

const flag = (value: '' | '0' | '1') => (value === '' ? undefined : value === '1');
const flagToLegacy = (value: boolean | undefined): '' | '0' | '1' => (value === undefined ? '' : value ? '1' : '0');

export function memberFromRow(row: KojinRow): Member {
  const at = (column: string) => `KOJIN ${row.KOJIN_ID} ${column}`;
  const birthDate = dateFromLegacy(row.SEINENGAPPI, at('SEINENGAPPI'));
  if (birthDate === undefined) throw new LegacyDataError(at('SEINENGAPPI'));
  return defined({
    memberId: row.KOJIN_ID,
    addressNumber: row.ATENA_NO || undefined,
    name: nameFromLegacy(row),
    birthDate,
    sex: lookup(SEIBETSU, row.SEIBETSU_KBN, at('SEIBETSU_KBN')),
    relationship: lookup(ZOKUGARA, row.ZOKUGARA_CD, at('ZOKUGARA_CD')),
    myNumber: row.KOJIN_NO || undefined,
    livingArrangement: optionalCode('livingArrangement', row.SEIKATSU_KEITAI_CD, at('SEIKATSU_KEITAI_CD')),
    workStatus: optionalCode('workStatus', row.SHUROU_CD, at('SHUROU_CD')),
    disabilityAddition: optionalCode('disabilityAddition', row.SHOGAI_KASAN_KBN, at('SHOGAI_KASAN_KBN')),
    pregnancyStatus: optionalCode('pregnancyStatus', row.NINSANPU_KBN, at('NINSANPU_KBN')),
    careInsuranceInsured: flag(row.KAIGO_HIHO_FLG),
    viewingRestricted: row.ETSURAN_SEIGEN_FLG === '1',
    leftOn: dateFromLegacy(row.RIDATSU_YMD, at('RIDATSU_YMD')),
    leaveReason: optionalCode('memberLeaveReason', row.RIDATSU_RIYU_CD, at('RIDATSU_RIYU_CD')),
  } satisfies Member);
}

/** The columns a member's standard items set (everything but ids, 閲覧制限 and the row version). */
type MemberColumns = Omit<KojinRow, 'KOJIN_ID' | 'SETAI_NO' | 'ETSURAN_SEIGEN_FLG' | 'UPDATE_CNT'>;

function memberColumns(member: MemberInput & Pick<MemberPatch, 'leftOn' | 'leaveReason'>, pointer: string): MemberColumns {
  return {
    ATENA_NO: member.addressNumber ?? '',
    ...nameToLegacy(member.name, pointer),
    SEINENGAPPI: dateToLegacy(member.birthDate),
    SEIBETSU_KBN: SEIBETSU_BACK[member.sex],
    ZOKUGARA_CD: zokugaraOf(member.relationship, member.sex),
    KOJIN_NO: member.myNumber ?? '',
    SEIKATSU_KEITAI_CD: member.livingArrangement ?? '',
    SHUROU_CD: member.workStatus ?? '',
    SHOGAI_KASAN_KBN: member.disabilityAddition ?? '',
    NINSANPU_KBN: member.pregnancyStatus ?? '',
    KAIGO_HIHO_FLG: flagToLegacy(member.careInsuranceInsured),
    RIDATSU_YMD: dateToLegacy(member.leftOn),
    RIDATSU_RIYU_CD: member.leaveReason ?? '',
  };
}

export function memberToRow(input: MemberInput, ids: { KOJIN_ID: string; SETAI_NO: string }, pointer = '/body'): KojinRow {
  return { ...ids, ...memberColumns(input, pointer), ETSURAN_SEIGEN_FLG: '0', UPDATE_CNT: 0 };
}

/** Applies a MemberPatch to a row: the patch over the row's current standard items, then back to columns. */
export function memberPatchToRow(patch: MemberPatch, current: KojinRow, pointer = '/body'): KojinRow {
  const { memberId: _id, viewingRestricted: _restricted, ...now } = memberFromRow(current);
  const next = { ...now, ...patch };
  return { ...current, ...memberColumns(next, pointer) };
}

export function householdFromRows(setai: SetaiRow, kojin: readonly KojinRow[]): Household {
  const at = (column: string) => `SETAI ${setai.SETAI_NO} ${column}`;
  return defined({
    householdId: setai.SETAI_NO,
    caseNumber: setai.CASE_NO || undefined,
    lgCode: setai.KEN_SHI_CD,
    address: defined({
      postalCode: setai.YUBIN_NO ? `${setai.YUBIN_NO.slice(0, 3)}-${setai.YUBIN_NO.slice(3)}` : undefined,
      lgCode: setai.JUSHO_CD,
      text: setai.JUSHO,
      isResidence: setai.KYOSHO_FLG === '1',
    }),
    grade: lookup(KYUCHI, setai.KYUCHI_KBN, at('KYUCHI_KBN')),
    winterRegion: lookup(TOKI, setai.TOKI_KBN, at('TOKI_KBN')),
    protectionStatus: lookup(HOGO_JOTAI, setai.HOGO_JOTAI_KBN, at('HOGO_JOTAI_KBN')),
    section: setai.KAKARI || undefined,
    assignedCaseworker: setai.TANTO_CW || undefined,
    monthlyRent: setai.YACHIN === '' ? undefined : Number(setai.YACHIN),
    members: kojin.map(memberFromRow),
    startedOn: dateFromLegacy(setai.KAISHI_YMD, at('KAISHI_YMD')),
    endedOn: dateFromLegacy(setai.HAISHI_YMD, at('HAISHI_YMD')),
  } satisfies Household);
}

type HouseholdItems = Omit<HouseholdInput, 'members' | 'lgCode'>;

function householdColumns(input: HouseholdItems): Omit<SetaiRow, 'SETAI_NO' | 'CASE_NO' | 'KEN_SHI_CD' | 'HOGO_JOTAI_KBN' | 'KAISHI_YMD' | 'HAISHI_YMD' | 'UPDATE_CNT'> {
  return {
    JUSHO_CD: input.address.lgCode,
    JUSHO: input.address.text,
    YUBIN_NO: (input.address.postalCode ?? '').replace('-', ''),
    KYOSHO_FLG: input.address.isResidence ? '1' : '0',
    KYUCHI_KBN: KYUCHI_BACK[input.grade],
    TOKI_KBN: TOKI_BACK[input.winterRegion],
    KAKARI: input.section ?? '',
    TANTO_CW: input.assignedCaseworker ?? '',
    YACHIN: input.monthlyRent === undefined ? '' : String(input.monthlyRent),
  };
}

export function householdToRows(input: HouseholdInput, SETAI_NO: string, kojinIds: readonly string[]): { setai: SetaiRow; kojin: KojinRow[] } {
  const setai: SetaiRow = {
    SETAI_NO, CASE_NO: '', KEN_SHI_CD: input.lgCode, ...householdColumns(input),
    HOGO_JOTAI_KBN: '0', KAISHI_YMD: '', HAISHI_YMD: '', UPDATE_CNT: 0,
  };
  const kojin = input.members.map((member, i) => memberToRow(member, { KOJIN_ID: kojinIds[i] ?? '', SETAI_NO }, `/body/members/${i}`));
  return { setai, kojin };
}

export function householdPatchToRow(patch: HouseholdPatch, current: SetaiRow): SetaiRow {
  const { members: _members, lgCode: _lgCode, householdId: _id, ...now } = householdFromRows(current, []);
  return { ...current, ...householdColumns({ ...now, ...patch }) };
}
