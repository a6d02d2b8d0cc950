/** A few legacy rows to start the demo server with, as the old system would have stored them. */
import type { LegacyTables } from './legacy-model.ts';

export const SEED: LegacyTables = {
  SETAI: [
    {
      SETAI_NO: '0000001', CASE_NO: 'C-2024-0001', KEN_SHI_CD: '131016', JUSHO_CD: '131016', JUSHO: '千代田一丁目1番1号', YUBIN_NO: '1000001',
      KYOSHO_FLG: '0', KYUCHI_KBN: '11', TOKI_KBN: 6, HOGO_JOTAI_KBN: '1', KAKARI: '保護第一係', TANTO_CW: 'cw-001',
      YACHIN: '53700', KAISHI_YMD: '20240401', HAISHI_YMD: '', UPDATE_CNT: 3,
    },
  ],
  KOJIN: [
    {
      KOJIN_ID: '0000000001', SETAI_NO: '0000001', ATENA_NO: '100200300', SHIMEI_KANJI: '𠮷田\u3000太郎', SHIMEI_KANA: 'ﾖｼﾀﾞ ﾀﾛｳ',
      SEINENGAPPI: '19580401', SEIBETSU_KBN: '1', ZOKUGARA_CD: '00', KOJIN_NO: '123456789018', SEIKATSU_KEITAI_CD: '01', SHUROU_CD: '0',
      SHOGAI_KASAN_KBN: '', NINSANPU_KBN: '', KAIGO_HIHO_FLG: '1', ETSURAN_SEIGEN_FLG: '0', RIDATSU_YMD: '', RIDATSU_RIYU_CD: '', UPDATE_CNT: 1,
    },
    {
      KOJIN_ID: '0000000002', SETAI_NO: '0000001', ATENA_NO: '100200301', SHIMEI_KANJI: '𠮷田\u3000葛\u{E0100}子', SHIMEI_KANA: 'ﾖｼﾀﾞ ｶｽﾞｺ',
      SEINENGAPPI: '19600923', SEIBETSU_KBN: '2', ZOKUGARA_CD: '11', KOJIN_NO: '987654321093', SEIKATSU_KEITAI_CD: '01', SHUROU_CD: '3',
      SHOGAI_KASAN_KBN: '', NINSANPU_KBN: '', KAIGO_HIHO_FLG: '', ETSURAN_SEIGEN_FLG: '0', RIDATSU_YMD: '', RIDATSU_RIYU_CD: '', UPDATE_CNT: 0,
    },
  ],
};
