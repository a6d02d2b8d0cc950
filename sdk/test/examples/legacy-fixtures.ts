/** Rows and bodies shared by the legacy-adapter tests (valid check digits throughout). */
import type { KojinRow, SetaiRow } from '../../examples/legacy-adapter/legacy-model.ts';
import type { HouseholdInput, MemberInput } from '../../examples/legacy-adapter/mapping.ts';

export const MY_NUMBER = '123456789018';
export const OTHER_MY_NUMBER = '987654321093';

export const setaiRow = (over: Partial<SetaiRow> = {}): SetaiRow => ({
  SETAI_NO: '0000001', CASE_NO: '', KEN_SHI_CD: '131016', JUSHO_CD: '131016', JUSHO: '千代田1-1', YUBIN_NO: '1000001',
  KYOSHO_FLG: '0', KYUCHI_KBN: '11', TOKI_KBN: 1, HOGO_JOTAI_KBN: '0', KAKARI: '第一係', TANTO_CW: 'cw-001',
  YACHIN: '53700', KAISHI_YMD: '', HAISHI_YMD: '', UPDATE_CNT: 0, ...over,
});

export const kojinRow = (over: Partial<KojinRow> = {}): KojinRow => ({
  KOJIN_ID: '0000000001', SETAI_NO: '0000001', ATENA_NO: '100200300', SHIMEI_KANJI: '山田\u3000太郎', SHIMEI_KANA: 'ﾔﾏﾀﾞ ﾀﾛｳ',
  SEINENGAPPI: '19850401', SEIBETSU_KBN: '1', ZOKUGARA_CD: '00', KOJIN_NO: MY_NUMBER, SEIKATSU_KEITAI_CD: '01', SHUROU_CD: '1',
  SHOGAI_KASAN_KBN: '', NINSANPU_KBN: '', KAIGO_HIHO_FLG: '0', ETSURAN_SEIGEN_FLG: '0', RIDATSU_YMD: '', RIDATSU_RIYU_CD: '',
  UPDATE_CNT: 0, ...over,
});

export const head = (over: Partial<MemberInput> = {}): MemberInput => ({
  addressNumber: '100200300',
  name: { family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' },
  birthDate: '1985-04-01', sex: '1', relationship: '01', myNumber: MY_NUMBER,
  livingArrangement: '01', workStatus: '1', careInsuranceInsured: false,
  ...over,
});

export const spouse = (over: Partial<MemberInput> = {}): MemberInput => ({
  name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' },
  birthDate: '1987-11-23', sex: '2', relationship: '02', myNumber: OTHER_MY_NUMBER,
  ...over,
});

export const householdInput = (over: Partial<HouseholdInput> = {}): HouseholdInput => ({
  lgCode: '131016',
  address: { postalCode: '100-0001', lgCode: '131016', text: '千代田1-1', isResidence: false },
  grade: '1-1', winterRegion: 'VI', section: '第一係', assignedCaseworker: 'cw-001', monthlyRent: 53700,
  members: [head(), spouse()],
  ...over,
});

/** Names that a careless adapter would corrupt: JIS X 0213, surrogate pairs, variation selectors, compatibility ideographs. */
export const HARD_NAMES = [
  { family: '𠮷田', given: '太郎' },                   // U+20BB7: a surrogate pair
  { family: '葛\u{E0100}城', given: '花子' },           // 葛 + IVS (VS17): the variation selector must survive
  { family: '髙橋', given: '𠀋一' },                   // JIS X 0213 characters; 𠀋 (U+2000B) outside the BMP
  { family: '\uFA19谷', given: '剝' },                 // 神 (CJK compatibility ideograph: NFC would change it) and 剝 (JIS X 0213)
  { family: '渡邊', given: '辻\u{E0101}' },                // 辻 with another IVS (VS18)
] as const;
