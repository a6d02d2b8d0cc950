/**
 * Numbers printed on 医療券・調剤券・介護券 ([B], pattern-level): the office's 公費負担者番号 (8 digits: 法別番号 12 for
 * 生活保護, 都道府県番号, 実施機関番号, 検証番号) and the member's 受給者番号 (7 digits: 6 + 検証番号). The recipient
 * number is derived from the member id, so it is the same on every ticket of the member, differs between members
 * and survives a migration export and import.
 */
import { createHash } from 'node:crypto';

/** 検証番号 of 公費負担医療 numbers: from the right, digits × 2,1,2,1…, digit sums added, 10 − (sum mod 10). */
export function checkDigit(digits: string): string {
  let sum = 0;
  [...digits].reverse().forEach((c, i) => {
    const product = Number(c) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  });
  return String((10 - (sum % 10)) % 10);
}

/** 公費負担者番号 of the office responsible for the household (from its 地方公共団体コード). */
export function publicPayerNumber(lgCode: string): string {
  const prefecture = lgCode.slice(0, 2).padStart(2, '0');
  const office = lgCode.slice(2, 5).padStart(3, '0');
  const body = `12${prefecture}${office}`;
  return body + checkDigit(body);
}

/** 受給者番号 of a member: the serial of the member id (or a digest of it), 6 digits, and its check digit. */
export function recipientNumber(memberId: string): string {
  const serial = /(\d{1,6})$/.exec(memberId)?.[1];
  const base = serial && /^\D*-?0*\d{1,6}$/.test(memberId)
    ? serial.padStart(6, '0')
    : String(parseInt(createHash('sha256').update(memberId).digest('hex').slice(0, 12), 16) % 1_000_000).padStart(6, '0');
  return base + checkDigit(base);
}
