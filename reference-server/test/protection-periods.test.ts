import { describe, expect, it } from 'vitest';
import { membersBetween } from '../src/areas/11-statistics/population.ts';
import type { Member } from '../src/support/households.ts';
import { protectedDays, protectedRanges, protectedSpan, type StateChange } from '../src/support/protection-periods.ts';

const P = (on: string): StateChange => ({ on, state: 'protected' });
const S = (on: string): StateChange => ({ on, state: 'suspended' });
const N = (on: string): StateChange => ({ on, state: 'none' });

describe('protectedDays / protectedRanges / protectedSpan from the change dates', () => {
  it('runs across a month end without a gap', () => {
    const changes = [P('2026-01-20')];
    expect(protectedDays(changes, '2026-01-28', '2026-02-03'))
      .toEqual(['2026-01-28', '2026-01-29', '2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02', '2026-02-03']);
    expect(protectedRanges(changes, '2026-01-28', '2026-02-03')).toEqual([{ first: '2026-01-28', last: '2026-02-03' }]);
  });

  it('counts 29 February in a leap year and ends the day before a 廃止', () => {
    const leap = [P('2024-02-27'), N('2024-03-01')];
    expect(protectedDays(leap, '2024-02-01', '2024-02-29')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29']);
    expect(protectedSpan(leap, '2024-02-01', '2024-03-31')).toEqual({ first: '2024-02-27', last: '2024-02-29' });
    const common = [P('2023-02-27'), N('2023-03-01')];
    expect(protectedDays(common, '2023-02-01', '2023-03-31')).toEqual(['2023-02-27', '2023-02-28']);
  });

  it('leaves out a 停止 until its 停止解除, and a run is not split by a 停止解除 right after a 開始', () => {
    const changes = [P('2026-04-01'), S('2026-04-10'), P('2026-04-15')];
    expect(protectedRanges(changes, '2026-04-01', '2026-04-30')).toEqual([
      { first: '2026-04-01', last: '2026-04-09' },
      { first: '2026-04-15', last: '2026-04-30' },
    ]);
    expect(protectedDays(changes, '2026-04-08', '2026-04-16')).toEqual(['2026-04-08', '2026-04-09', '2026-04-15', '2026-04-16']);
    expect(protectedSpan(changes, '2026-04-10', '2026-04-14')).toBeUndefined();
    expect(protectedRanges([P('2026-04-01'), P('2026-04-05')], '2026-04-01', '2026-04-07')).toEqual([{ first: '2026-04-01', last: '2026-04-07' }]);
  });

  it('an open span (no end) covers every day to the end of the period, from a start before it', () => {
    expect(protectedSpan([P('2020-06-15')], '2026-05-01', '2026-05-31')).toEqual({ first: '2026-05-01', last: '2026-05-31' });
    expect(protectedDays([P('2020-06-15')], '2026-05-30', '2026-06-02')).toEqual(['2026-05-30', '2026-05-31', '2026-06-01', '2026-06-02']);
  });

  it('the first and last day of the period: a start on the last day, a 廃止 on the last day, a 廃止 on the first day', () => {
    expect(protectedDays([P('2026-05-31')], '2026-05-01', '2026-05-31')).toEqual(['2026-05-31']);
    expect(protectedSpan([P('2026-04-01'), N('2026-05-31')], '2026-05-01', '2026-05-31')).toEqual({ first: '2026-05-01', last: '2026-05-30' });
    expect(protectedSpan([P('2026-04-01'), N('2026-05-01')], '2026-05-01', '2026-05-31')).toBeUndefined();
  });

  it('nothing protected, an empty period, and changes on one day in the order given', () => {
    expect(protectedDays([], '2026-05-01', '2026-05-31')).toEqual([]);
    expect(protectedSpan([S('2026-04-01')], '2026-05-01', '2026-05-31')).toBeUndefined();
    expect(protectedDays([P('2026-04-01')], '2026-05-02', '2026-05-01')).toEqual([]);
    // A 停止 and its 停止解除 taking effect the same day: the later one holds from that day.
    expect(protectedDays([P('2026-05-01'), S('2026-05-03'), P('2026-05-03')], '2026-05-01', '2026-05-04'))
      .toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04']);
    expect(protectedDays([P('2026-05-01'), P('2026-05-03'), N('2026-05-03')], '2026-05-01', '2026-05-04')).toEqual(['2026-05-01', '2026-05-02']);
  });

  it('a member leaving the day after the last protected day is counted in the span; one leaving on it is too, one leaving the first day is not', () => {
    const span = protectedSpan([P('2026-03-01'), N('2026-03-16')], '2026-03-01', '2026-03-31')!;
    expect(span).toEqual({ first: '2026-03-01', last: '2026-03-15' });
    const member = (memberId: string, leftOn?: string) => ({ memberId, birthDate: '1980-01-01', ...(leftOn && { leftOn }) }) as Member;
    const present = membersBetween([member('day-after', '2026-03-16'), member('last-day', '2026-03-15'), member('first-day', '2026-03-01'), member('stays')], span.first, span.last);
    expect(present.map((m) => m.memberId)).toEqual(['day-after', 'last-day', 'stays']);
  });
});
