/**
 * The "legacy" data model this example adapts: two flat tables as a 1990s system would keep them —
 * romanised column names from the Shift_JIS era, every value a string, '' for "no value", dates as
 * 'YYYYMMDD', and the system's own code values. Nothing here knows the standard; mapping.ts does.
 */

/** SETAI (世帯): one row per household. */
export interface SetaiRow {
  /** 世帯番号, 7 digits zero-padded. */
  SETAI_NO: string;
  /** ケース番号, '' until protection starts. */
  CASE_NO: string;
  /** 実施機関 (地方公共団体コード, 6 digits). */
  KEN_SHI_CD: string;
  /** 住所の地方公共団体コード. */
  JUSHO_CD: string;
  /** 住所 (after the municipality). */
  JUSHO: string;
  /** 郵便番号, 7 digits without a hyphen, or ''. */
  YUBIN_NO: string;
  /** 居所フラグ: '1' = 居所, '0' = 住民登録地. */
  KYOSHO_FLG: '0' | '1';
  /** 級地区分: '11' = 1級地-1 … '32' = 3級地-2. */
  KYUCHI_KBN: KyuchiKbn;
  /** 冬季加算地区: 1 … 6 (Ⅰ区 … Ⅵ区). */
  TOKI_KBN: TokiKbn;
  /** 保護状態: '0' 未開始, '1' 保護中, '2' 停止中, '3' 廃止, '4' 移管. */
  HOGO_JOTAI_KBN: HogoJotaiKbn;
  /** 係, or ''. */
  KAKARI: string;
  /** 地区担当員 (職員番号), or ''. */
  TANTO_CW: string;
  /** 家賃月額 (円), '' when not recorded. */
  YACHIN: string;
  /** 保護開始日 / 保護廃止日, 'YYYYMMDD' or ''. */
  KAISHI_YMD: string;
  HAISHI_YMD: string;
  /** 更新回数: +1 on every update of the row or of one of its KOJIN rows. */
  UPDATE_CNT: number;
}

/** KOJIN (個人): one row per member, linked to SETAI by SETAI_NO. */
export interface KojinRow {
  /** 個人番号 of this system (not the My Number), 10 digits. */
  KOJIN_ID: string;
  SETAI_NO: string;
  /** 宛名番号, or ''. */
  ATENA_NO: string;
  /** 氏名 as one string: 氏 + full-width space (U+3000) + 名. */
  SHIMEI_KANJI: string;
  /** 氏名カナ in half-width katakana: 氏 + half-width space + 名, or ''. */
  SHIMEI_KANA: string;
  /** 生年月日 'YYYYMMDD'. */
  SEINENGAPPI: string;
  /** 性別: '1' 男, '2' 女, '0' 不詳. */
  SEIBETSU_KBN: SeibetsuKbn;
  /** 続柄 in this system's own codes (see ZOKUGARA in mapping.ts). */
  ZOKUGARA_CD: ZokugaraCd;
  /** 個人番号 (My Number, 12 digits), or ''. */
  KOJIN_NO: string;
  /** Codes below are the standard's own values, kept as they came: '' = none. */
  SEIKATSU_KEITAI_CD: string;
  SHUROU_CD: string;
  SHOGAI_KASAN_KBN: string;
  NINSANPU_KBN: string;
  /** 介護保険被保険者 / 閲覧制限: '1' yes, '0' no, '' unknown. */
  KAIGO_HIHO_FLG: '' | '0' | '1';
  ETSURAN_SEIGEN_FLG: '0' | '1';
  /** 世帯離脱日 'YYYYMMDD' and 理由, or ''. */
  RIDATSU_YMD: string;
  RIDATSU_RIYU_CD: string;
  UPDATE_CNT: number;
}

export type KyuchiKbn = '11' | '12' | '21' | '22' | '31' | '32';
export type TokiKbn = 1 | 2 | 3 | 4 | 5 | 6;
export type HogoJotaiKbn = '0' | '1' | '2' | '3' | '4';
export type SeibetsuKbn = '0' | '1' | '2';
/** 00 世帯主, 11 妻, 12 夫, 20 子, 31 父, 32 母, 40 祖父母, 50 孫, 60 兄弟姉妹, 70 内縁, 80 同居人, 90 その他. */
export type ZokugaraCd = '00' | '11' | '12' | '20' | '31' | '32' | '40' | '50' | '60' | '70' | '80' | '90';

/** The table store: one array of rows per table, as a flat file or an old RDBMS would hold them. */
export interface LegacyTables {
  SETAI: SetaiRow[];
  KOJIN: KojinRow[];
}
export type LegacyStore = Map<keyof LegacyTables, LegacyTables[keyof LegacyTables]>;

export function createLegacyStore(initial: Partial<LegacyTables> = {}): LegacyStore {
  const store: LegacyStore = new Map();
  store.set('SETAI', [...(initial.SETAI ?? [])]);
  store.set('KOJIN', [...(initial.KOJIN ?? [])]);
  return store;
}

export function table<K extends keyof LegacyTables>(store: LegacyStore, name: K): LegacyTables[K] {
  const rows = store.get(name);
  if (!rows) throw new Error(`table ${name} is missing`);
  return rows as LegacyTables[K];
}
