/**
 * Half-width katakana (半角カナ, JIS X 0201, U+FF61–U+FF9F) ↔ full-width katakana.
 *
 * Only katakana is touched: the kanji of a name are never normalised (NFC/NFKC would replace CJK
 * compatibility ideographs and drop nothing visible — but it would change the bytes a resident
 * registered). Full-width characters that have no half-width form (ヮ ヰ ヱ ヵ ヶ) stay full-width
 * in the legacy column, as a Shift_JIS system could hold them, so the round trip is exact.
 */

const HALF_WIDTH_RUN = /[\uFF61-\uFF9F]+/g;

/** ｶﾞｯｺｳ → ガッコウ (voiced and semi-voiced marks are composed). */
export function halfToFullKana(text: string): string {
  return text.replace(HALF_WIDTH_RUN, (run) => run.normalize('NFKC'));
}

/** The reverse table, derived from Unicode's own compatibility mappings rather than typed by hand. */
const FULL_TO_HALF: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  for (let code = 0xff61; code <= 0xff9f; code++) {
    const half = String.fromCharCode(code);
    table.set(half.normalize('NFKC'), half);
  }
  for (let code = 0xff66; code <= 0xff9d; code++) {
    for (const mark of ['\uFF9E', '\uFF9F']) {
      const half = String.fromCharCode(code) + mark;
      const full = half.normalize('NFKC');
      if ([...full].length === 1) table.set(full, half);
    }
  }
  return table;
})();

/** ガッコウ → ｶﾞｯｺｳ; characters without a half-width form are kept as they are. */
export function fullToHalfKana(text: string): string {
  let out = '';
  for (const char of text) out += FULL_TO_HALF.get(char) ?? char;
  return out;
}
