import { describe, expect, it } from 'vitest';
import { isLgCode, isMyNumber } from '@hogo-kit/spec';
import { DEMO_HOUSEHOLDS, demoHouseholdInput, generateHouseholds, isTestMyNumber, MUNICIPALITIES, MY_NUMBER_TEST_RANGE, prng, testMyNumber } from '../src/index.ts';

const TODAY = '2026-04-01';
const inRange = (n: string) => n.slice(0, 11) >= MY_NUMBER_TEST_RANGE.first && n.slice(0, 11) <= MY_NUMBER_TEST_RANGE.last;

describe('個人番号 of the seeds', () => {
  it('are valid (check digit) and in the documented test range, at the edges and across the range', () => {
    const random = prng(42);
    const serials = [0, 1, 9_999_999, ...Array.from({ length: 5000 }, () => Math.floor(random() * 10_000_000))];
    for (const serial of serials) {
      const number = testMyNumber(serial);
      expect(number).toMatch(/^[0-9]{12}$/);
      expect(isMyNumber(number), number).toBe(true);
      expect(inRange(number), number).toBe(true);
      expect(isTestMyNumber(number)).toBe(true);
    }
  });

  it('refuses serials outside the range', () => {
    expect(() => testMyNumber(-1)).toThrow(RangeError);
    expect(() => testMyNumber(10_000_000)).toThrow(RangeError);
    expect(() => testMyNumber(1.5)).toThrow(RangeError);
  });

  it('every number of the demo and of generated:500 is a valid test number, none used twice', () => {
    const numbers = [
      ...DEMO_HOUSEHOLDS.flatMap((h, i) => demoHouseholdInput(h, i, TODAY).members.map((m) => m.myNumber)),
      ...generateHouseholds(500, { seed: 7, today: TODAY }).flatMap((h) => (h.body.members as { myNumber: string }[]).map((m) => m.myNumber)),
    ];
    for (const n of numbers) expect(isTestMyNumber(n) && inRange(n), n).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('地方公共団体コード of the seeds', () => {
  it('carry valid check digits', () => {
    for (const m of Object.values(MUNICIPALITIES)) expect(isLgCode(m.lgCode), `${m.name} ${m.lgCode}`).toBe(true);
    expect(MUNICIPALITIES.chiyoda.lgCode).toBe('131016');
    expect(MUNICIPALITIES.sapporo.lgCode).toBe('011002');
  });
});
