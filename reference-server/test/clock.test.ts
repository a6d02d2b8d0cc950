import { describe, expect, it } from 'vitest';
import { addDays, ageOn, createClock, daysBetween } from '../src/support/clock.ts';

describe('ageOn', () => {
  it('counts a year only from the birthday on', () => {
    expect(ageOn('1960-04-02', '2025-04-01')).toBe(64);
    expect(ageOn('1960-04-02', '2025-04-02')).toBe(65);
    expect(ageOn('1960-04-02', '2025-04-03')).toBe(65);
    expect(ageOn('1960-12-31', '2025-01-01')).toBe(64);
    expect(ageOn('2010-01-01', '2027-12-31')).toBe(17);
    expect(ageOn('2010-01-01', '2028-01-01')).toBe(18);
  });

  it('treats a 29 February birthday as reached on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('is 0 on the day of birth', () => {
    expect(ageOn('2026-05-05', '2026-05-05')).toBe(0);
  });
});

describe('dates', () => {
  it('adds days across month and year ends and counts days between', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
  });
});

describe('createClock().today (the date in Japan)', () => {
  it('turns at midnight in Japan (15:00 UTC), also when the clock goes back, and throws on an invalid time', () => {
    let now = new Date('2026-11-22T14:59:59.999Z');
    const clock = createClock(() => now);
    expect(clock.today()).toBe('2026-11-22');
    now = new Date('2026-11-22T15:00:00.000Z');
    expect(clock.today()).toBe('2026-11-23');
    now = new Date('2026-11-23T14:59:59.999Z');
    expect(clock.today()).toBe('2026-11-23');
    now = new Date('2026-11-22T14:59:59.999Z');
    expect(clock.today()).toBe('2026-11-22');
    now = new Date('1969-12-31T15:00:00.000Z');
    expect(clock.today()).toBe('1970-01-01');
    now = new Date('1969-12-31T14:59:59.999Z');
    expect(clock.today()).toBe('1969-12-31');
    now = new Date(Number.NaN);
    expect(() => clock.today()).toThrow(RangeError);
  });

  it('agrees with the date of the time shifted by nine hours across a year, hour by hour', () => {
    let now = new Date('2025-12-31T00:30:00Z');
    const clock = createClock(() => now);
    for (let hour = 0; hour < 24 * 400; hour += 7) {
      now = new Date(Date.UTC(2025, 11, 31, 0, 30) + hour * 3600_000);
      expect(clock.today()).toBe(new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10));
    }
  });
});
