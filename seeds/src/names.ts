/**
 * The reserved fake name set: every person in the seeds takes a family name and a given name from these
 * lists, so no seed record names a real person. Family names are built from words that mark a sample
 * (見本 "sample", 試験 "test", 架空 "fictitious", 模擬 "mock" …); a few carry characters that exercise data
 * fidelity (13.2): a character outside the BMP (a surrogate pair in UTF-16), JIS X 0213 characters outside
 * JIS X 0208, and an ideographic variation sequence (base character + variation selector).
 */
export interface ReservedName {
  kanji: string;
  /** Katakana reading (PersonName.familyKana / givenKana: ^[ァ-ヶー　 ]*$). */
  kana: string;
  /** What the name exercises, when it is one of the fidelity names. */
  fidelity?: 'surrogate-pair' | 'jis-x-0213' | 'variation-selector';
}

export interface ReservedGivenName extends ReservedName {
  /** Code of the `sex` code list the name is used for. */
  sex: '1' | '2';
}

export const RESERVED_FAMILY_NAMES: readonly ReservedName[] = [
  { kanji: '見本', kana: 'ミホン' },
  { kanji: '試験', kana: 'シケン' },
  { kanji: '架空', kana: 'カクウ' },
  { kanji: '模擬', kana: 'モギ' },
  { kanji: '例題', kana: 'レイダイ' },
  { kanji: '検証', kana: 'ケンショウ' },
  { kanji: '仮野', kana: 'カリノ' },
  { kanji: '試作', kana: 'シサク' },
  { kanji: '標本', kana: 'ヒョウホン' },
  { kanji: '見本川', kana: 'ミホンガワ' },
  { kanji: '試験山', kana: 'シケンヤマ' },
  { kanji: '架空谷', kana: 'カクウダニ' },
  // Fidelity names: 𠮷 (U+20BB7, つちよし — a surrogate pair in UTF-16), 髙 (U+9AD9, はしごだか, JIS X 0213),
  // 﨑 (U+FA11, たつさき, JIS X 0213), 葛󠄀 (U+845B + U+E0100, an ideographic variation sequence),
  // 𡈽 (U+2123D, JIS X 0213 plane 2, outside the BMP).
  { kanji: '𠮷見本', kana: 'ヨシミホン', fidelity: 'surrogate-pair' },
  { kanji: '髙試験', kana: 'タカシケン', fidelity: 'jis-x-0213' },
  { kanji: '見本﨑', kana: 'ミホンザキ', fidelity: 'jis-x-0213' },
  { kanji: '葛󠄀架空', kana: 'カツラカクウ', fidelity: 'variation-selector' },
  { kanji: '𡈽模擬', kana: 'ツチモギ', fidelity: 'surrogate-pair' },
];

export const RESERVED_GIVEN_NAMES: readonly ReservedGivenName[] = [
  { kanji: '太郎', kana: 'タロウ', sex: '1' },
  { kanji: '一郎', kana: 'イチロウ', sex: '1' },
  { kanji: '次郎', kana: 'ジロウ', sex: '1' },
  { kanji: '三郎', kana: 'サブロウ', sex: '1' },
  { kanji: '健太', kana: 'ケンタ', sex: '1' },
  { kanji: '翔太', kana: 'ショウタ', sex: '1' },
  { kanji: '試男', kana: 'タメオ', sex: '1' },
  { kanji: '辻󠄀夫', kana: 'ツジオ', sex: '1', fidelity: 'variation-selector' },
  { kanji: '花子', kana: 'ハナコ', sex: '2' },
  { kanji: '春子', kana: 'ハルコ', sex: '2' },
  { kanji: '夏子', kana: 'ナツコ', sex: '2' },
  { kanji: '秋子', kana: 'アキコ', sex: '2' },
  { kanji: '冬美', kana: 'フユミ', sex: '2' },
  { kanji: '陽子', kana: 'ヨウコ', sex: '2' },
  { kanji: '見子', kana: 'ミコ', sex: '2' },
  { kanji: '𩸽子', kana: 'ホッケコ', sex: '2', fidelity: 'surrogate-pair' },
];

/** PersonName (schema) from a reserved family and given name. */
export function personName(family: ReservedName, given: ReservedName) {
  return { family: family.kanji, given: given.kanji, familyKana: family.kana, givenKana: given.kana };
}

export const FIDELITY_FAMILY_NAMES = RESERVED_FAMILY_NAMES.filter((n) => n.fidelity);

/** The family name with the given kanji (throws when it is not in the reserved set). */
export function familyName(kanji: string): ReservedName {
  const found = RESERVED_FAMILY_NAMES.find((n) => n.kanji === kanji);
  if (!found) throw new Error(`${kanji} is not a reserved family name`);
  return found;
}

/** The given name with the given kanji (throws when it is not in the reserved set). */
export function givenName(kanji: string): ReservedGivenName {
  const found = RESERVED_GIVEN_NAMES.find((n) => n.kanji === kanji);
  if (!found) throw new Error(`${kanji} is not a reserved given name`);
  return found;
}

/** True when the name (family and given) comes from the reserved set. */
export function isReservedName(name: { family: string; given: string }): boolean {
  return RESERVED_FAMILY_NAMES.some((n) => n.kanji === name.family) && RESERVED_GIVEN_NAMES.some((n) => n.kanji === name.given);
}
