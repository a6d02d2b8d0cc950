/**
 * Legacy code values ↔ the standard's code lists. Each table is typed against the generated types,
 * so a table that misses a code, or maps to a code the standard does not have, does not compile.
 */
import type { components } from '../../src/generated/openapi-21.ts';
import { codeLists, type CodeListId } from '../../src/generated/codelists-21.ts';
import type { HogoJotaiKbn, KyuchiKbn, SeibetsuKbn, TokiKbn, ZokugaraCd } from './legacy-model.ts';

type Schemas = components['schemas'];
export type Grade = Schemas['Household']['grade'];
export type WinterRegion = Schemas['Household']['winterRegion'];
export type ProtectionStatus = Schemas['Household']['protectionStatus'];
export type Sex = Schemas['Member']['sex'];
export type Relationship = Schemas['Member']['relationship'];

/** 級地区分 '11' → 級地 '1-1'. */
export const KYUCHI = { '11': '1-1', '12': '1-2', '21': '2-1', '22': '2-2', '31': '3-1', '32': '3-2' } as const satisfies Record<KyuchiKbn, Grade>;
export const KYUCHI_BACK = { '1-1': '11', '1-2': '12', '2-1': '21', '2-2': '22', '3-1': '31', '3-2': '32' } as const satisfies Record<Grade, KyuchiKbn>;

/** 冬季加算地区 1 … 6 → 'I' … 'VI'. */
export const TOKI = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V', 6: 'VI' } as const satisfies Record<TokiKbn, WinterRegion>;
export const TOKI_BACK = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 } as const satisfies Record<WinterRegion, TokiKbn>;

export const HOGO_JOTAI = {
  '0': 'none', '1': 'protected', '2': 'suspended', '3': 'discontinued', '4': 'transferred',
} as const satisfies Record<HogoJotaiKbn, ProtectionStatus>;

/** 性別: the legacy system wrote 不詳 as '0'; the standard's code is '9'. */
export const SEIBETSU = { '0': '9', '1': '1', '2': '2' } as const satisfies Record<SeibetsuKbn, Sex>;
export const SEIBETSU_BACK = { '1': '1', '2': '2', '9': '0' } as const satisfies Record<Sex, SeibetsuKbn>;

/** 続柄: the legacy system told 妻 (11) from 夫 (12); the standard has one 配偶者 (02). */
export const ZOKUGARA = {
  '00': '01', '11': '02', '12': '02', '20': '03', '31': '04', '32': '05',
  '40': '06', '50': '07', '60': '08', '70': '09', '80': '10', '90': '99',
} as const satisfies Record<ZokugaraCd, Relationship>;
const ZOKUGARA_BACK = {
  '01': '00', '02': '11', '03': '20', '04': '31', '05': '32', '06': '40',
  '07': '50', '08': '60', '09': '70', '10': '80', '99': '90',
} as const satisfies Record<Relationship, ZokugaraCd>;

/** Back to the legacy 続柄; 配偶者 becomes 夫 (12) for a man and 妻 (11) otherwise. */
export function zokugaraOf(relationship: Relationship, sex: Sex): ZokugaraCd {
  if (relationship === '02') return sex === '1' ? '12' : '11';
  return ZOKUGARA_BACK[relationship];
}

/**
 * A legacy value the standard cannot represent: a fault of the stored data, never sent on. The message
 * names the row and column only — the value may be personal data and this error ends up in server logs.
 */
export class LegacyDataError extends Error {
  readonly where: string;
  constructor(where: string) {
    super(`legacy data ${where} cannot be represented in the standard`);
    this.name = 'LegacyDataError';
    this.where = where;
  }
}

/** Looks a legacy code up in one of the tables above; an unknown value is a LegacyDataError. */
export function lookup<T extends Record<PropertyKey, string | number>>(tableOf: T, value: PropertyKey, where: string): T[keyof T] {
  if (!Object.hasOwn(tableOf, value)) throw new LegacyDataError(where);
  return tableOf[value as keyof T];
}

type CodeOf<L extends CodeListId> = Extract<keyof (typeof codeLists)[L]['codes'], string>;

/** A column holding one of the standard's own codes (or '' for none), checked against the code list. */
export function optionalCode<L extends CodeListId>(list: L, value: string, where: string): CodeOf<L> | undefined {
  if (value === '') return undefined;
  if (!Object.hasOwn(codeLists[list].codes, value)) throw new LegacyDataError(where);
  return value as CodeOf<L>;
}

/** 'YYYYMMDD' → 'YYYY-MM-DD'; '' and the legacy "no date" '00000000' → undefined. */
export function dateFromLegacy(value: string, where: string): string | undefined {
  if (value === '' || value === '00000000') return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) throw new LegacyDataError(where);
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  if (Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) throw new LegacyDataError(where);
  return iso;
}

/** 'YYYY-MM-DD' (already validated as a date by the engine) → 'YYYYMMDD'; undefined → ''. */
export function dateToLegacy(value: string | undefined): string {
  return value === undefined ? '' : value.replaceAll('-', '');
}
