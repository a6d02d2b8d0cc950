import { isMyNumber, lgCodeCheckDigit, myNumberCheckDigit } from '@hogo-kit/spec';

/**
 * 個人番号 of the seeds: twelve digits whose first eleven lie in the kit's test range and whose twelfth is the
 * check digit of 番号法施行令第8条 (computed by @hogo-kit/spec). No official test range of 個人番号 is known to
 * the kit, so it reserves one of its own: the first four digits are 9999 and the next seven a serial
 * (9999 0000000 … 9999 9999999 plus the check digit). The numbers are synthetic — valid in form, issued to
 * nobody by the kit, and never joined to a real person's data. Seeds must not use any other number.
 */
export const MY_NUMBER_TEST_RANGE = { prefix: '9999', serialDigits: 7, first: '99990000000', last: '99999999999' } as const;

/** The 個人番号 with the given serial (0 … 9,999,999) of the test range. */
export function testMyNumber(serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial >= 10 ** MY_NUMBER_TEST_RANGE.serialDigits) {
    throw new RangeError(`serial ${serial} is outside the 個人番号 test range`);
  }
  const eleven = MY_NUMBER_TEST_RANGE.prefix + String(serial).padStart(MY_NUMBER_TEST_RANGE.serialDigits, '0');
  return eleven + String(myNumberCheckDigit(eleven));
}

/** True when the number is a valid 個人番号 of the test range. */
export function isTestMyNumber(value: string): boolean {
  return isMyNumber(value) && value.startsWith(MY_NUMBER_TEST_RANGE.prefix);
}

/**
 * 宛名番号 (団体内統合宛名番号) of the seeds: 15 digits starting 999 and a serial, so that linkage data of the
 * simulated systems can be matched to members. Synthetic like the 個人番号.
 */
export function testAddressNumber(serial: number): string {
  return `999${String(serial).padStart(12, '0')}`;
}

export interface Municipality {
  /** 地方公共団体コード (JIS X 0402, six digits with check digit). */
  lgCode: string;
  name: string;
  /** Illustrative 級地 and 冬季加算地区 used by the seeds (see README: not an authoritative table). */
  grade: string;
  winterRegion: string;
  postalCode: string;
}

const municipality = (fiveDigits: string, name: string, grade: string, winterRegion: string, postalCode: string): Municipality => ({
  lgCode: fiveDigits + String(lgCodeCheckDigit(fiveDigits)),
  name,
  grade,
  winterRegion,
  postalCode,
});

/** A few real municipalities (their codes are public); the seed households live at fictitious addresses in them. */
export const MUNICIPALITIES = {
  chiyoda: municipality('13101', '東京都千代田区', '1-1', 'VI', '100-0001'),
  shinjuku: municipality('13104', '東京都新宿区', '1-1', 'VI', '160-0001'),
  yokohama: municipality('14100', '神奈川県横浜市', '1-1', 'VI', '231-0001'),
  sapporo: municipality('01100', '北海道札幌市', '1-2', 'I', '060-0001'),
  yonago: municipality('31202', '鳥取県米子市', '2-1', 'III', '683-0001'),
  kobe: municipality('28100', '兵庫県神戸市', '1-1', 'VI', '650-0001'),
} as const satisfies Record<string, Municipality>;

