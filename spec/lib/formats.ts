/**
 * Check-digit formats of the standard's identifiers.
 *
 * 地方公共団体コード (JIS X 0402): five digits and a check digit; weights 6,5,4,3,2 from the left,
 * check = (11 − Σ mod 11) mod 10.
 * 個人番号 (番号法施行令第8条): eleven digits and a check digit; with P_n the n-th digit counted
 * from the right of the eleven, Q_n = n + 1 (n ≤ 6) or n − 5 (n ≥ 7); r = Σ P_n·Q_n mod 11;
 * check = 0 when r ≤ 1, else 11 − r.
 */
export function lgCodeCheckDigit(fiveDigits: string): number {
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, weight, i) => acc + Number(fiveDigits[i]) * weight, 0);
  return (11 - (sum % 11)) % 10;
}

export function isLgCode(value: string): boolean {
  return /^[0-9]{6}$/.test(value) && lgCodeCheckDigit(value.slice(0, 5)) === Number(value[5]);
}

export function myNumberCheckDigit(elevenDigits: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const digit = Number(elevenDigits[11 - n]);
    sum += digit * (n <= 6 ? n + 1 : n - 5);
  }
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

export function isMyNumber(value: string): boolean {
  return /^[0-9]{12}$/.test(value) && myNumberCheckDigit(value.slice(0, 11)) === Number(value[11]);
}

/** Custom string formats used by the standard's schemas, for ajv's addFormat. */
export const customFormats = {
  'lg-code': isLgCode,
  'my-number': isMyNumber,
} as const;
