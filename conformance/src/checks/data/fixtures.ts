import { myNumberCheckDigit } from '@hogo-kit/spec';

/**
 * Synthetic data of the checks of area 13: no real person, place or number. 個人番号 come from the test
 * range the seeds reserve (9999 + a 7-digit serial + the check digit), 地方公共団体コード is 千代田区's
 * public code, and every household is put in a section of its own so that a check finds exactly what it made.
 */

/** 千代田区 (131016): a 地方公共団体コード with a correct check digit. */
export const LG_CODE = '131016';
/** The same code with a wrong check digit. */
export const BAD_LG_CODE = '131017';

function randomDigits(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  return [...bytes].map((b) => String(b % 10)).join('');
}

/** A 個人番号 of the test range with a correct check digit. */
export function testMyNumber(): string {
  const eleven = `9999${randomDigits(7)}`;
  return `${eleven}${myNumberCheckDigit(eleven)}`;
}

/** The same number with its check digit made wrong. */
export function withWrongCheckDigit(myNumber: string): string {
  const digit = (Number(myNumber[11]) + 1) % 10;
  return `${myNumber.slice(0, 11)}${digit}`;
}

/** A section (係) no other check or record uses. */
export function uniqueSection(): string {
  return `適合性試験-${Date.now().toString(36)}-${randomDigits(6)}`;
}

export interface MemberFixture {
  name: { family: string; given: string; familyKana?: string; givenKana?: string };
  birthDate: string;
  sex: string;
  relationship: string;
  myNumber?: string;
}

export const member = (overrides: Partial<MemberFixture> = {}): MemberFixture => ({
  name: { family: '見本', given: '太郎', familyKana: 'ミホン', givenKana: 'タロウ' },
  birthDate: '1980-04-01',
  sex: '1',
  relationship: '01',
  ...overrides,
});

/** A HouseholdInput in its own section (a single head unless members are given). */
export function householdInput(section: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    lgCode: LG_CODE,
    address: { lgCode: LG_CODE, text: '見本町一丁目1番1号' },
    grade: '1-1',
    winterRegion: 'VI',
    section,
    members: [member()],
    ...overrides,
  };
}
