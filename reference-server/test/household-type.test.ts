import { describe, expect, it } from 'vitest';
import { deriveHouseholdType, headOn, membersOn, presentOn } from '../src/support/household-type.ts';

const ASOF = '2026-03-31';
const head = (o: Record<string, unknown> = {}) => ({ birthDate: '1980-01-01', sex: '1', relationship: '01', ...o });
const child = (birthDate: string, o: Record<string, unknown> = {}) => ({ birthDate, sex: '1', relationship: '03', ...o });

describe('deriveHouseholdType (被保護者調査 世帯類型)', () => {
  it('1 高齢者世帯: someone 65+ and everyone 65+ or under 18', () => {
    expect(deriveHouseholdType([head({ birthDate: '1960-01-01' })], ASOF)).toBe('1');
    expect(deriveHouseholdType([head({ birthDate: '1960-01-01' }), { birthDate: '1955-05-05', sex: '2', relationship: '02' }], ASOF)).toBe('1');
    expect(deriveHouseholdType([head({ birthDate: '1950-01-01' }), child('2010-04-01', { relationship: '07' })], ASOF)).toBe('1');
    // 65th birthday on the day after asOf: still 64.
    expect(deriveHouseholdType([head({ birthDate: '1961-04-01' })], ASOF)).toBe('5');
    expect(deriveHouseholdType([head({ birthDate: '1961-03-31' })], ASOF)).toBe('1');
    // an 18-year-old breaks it
    expect(deriveHouseholdType([head({ birthDate: '1950-01-01' }), child('2008-03-31', { relationship: '07' })], ASOF)).toBe('5');
  });

  it('elderly wins over disabled (first match)', () => {
    expect(deriveHouseholdType([head({ birthDate: '1950-01-01', disabilityAddition: '1' })], ASOF)).toBe('1');
  });

  it('2 母子世帯: woman head under 65 with only her children under 18, no spouse', () => {
    const mother = head({ sex: '2' });
    expect(deriveHouseholdType([mother, child('2015-01-01'), child('2012-06-30', { sex: '2' })], ASOF)).toBe('2');
    expect(deriveHouseholdType([mother], ASOF)).toBe('5');
    expect(deriveHouseholdType([head({ sex: '1' }), child('2015-01-01')], ASOF)).toBe('5');
    expect(deriveHouseholdType([mother, child('2008-03-31')], ASOF)).toBe('5');
    expect(deriveHouseholdType([mother, child('2015-01-01'), { birthDate: '1980-01-01', sex: '1', relationship: '09' }], ASOF)).toBe('5');
    expect(deriveHouseholdType([mother, child('2015-01-01'), { birthDate: '2015-01-01', sex: '1', relationship: '07' }], ASOF)).toBe('5');
    expect(deriveHouseholdType([head({ sex: '2', disabilityAddition: '1' }), child('2015-01-01')], ASOF)).toBe('2');
  });

  it('3 障害者世帯 and 4 傷病者世帯 follow the head', () => {
    expect(deriveHouseholdType([head({ disabilityAddition: '2' })], ASOF)).toBe('3');
    expect(deriveHouseholdType([head({ disabilityAddition: '2', livingArrangement: '02' })], ASOF)).toBe('3');
    expect(deriveHouseholdType([head({ livingArrangement: '02' })], ASOF)).toBe('4');
    expect(deriveHouseholdType([head({ livingArrangement: '03' })], ASOF)).toBe('4');
    expect(deriveHouseholdType([head({ livingArrangement: '04' })], ASOF)).toBe('5');
    expect(deriveHouseholdType([head(), { birthDate: '1980-01-01', sex: '2', relationship: '02', disabilityAddition: '1' }], ASOF)).toBe('5');
  });

  it('members who have left (by asOf) or are not yet born do not count', () => {
    const mother = head({ sex: '2' });
    const husband = { birthDate: '1978-01-01', sex: '1', relationship: '02', leftOn: '2026-03-01' };
    expect(deriveHouseholdType([mother, husband, child('2015-01-01')], ASOF)).toBe('2');
    expect(deriveHouseholdType([mother, husband, child('2015-01-01')], '2026-02-28')).toBe('5');
    expect(presentOn(husband, '2026-03-01')).toBe(false);
    expect(presentOn(husband, '2026-02-28')).toBe(true);
    expect(membersOn([mother, child('2026-04-01')], ASOF)).toHaveLength(1);
    expect(headOn([head({ leftOn: '2026-01-01' })], ASOF)).toBeUndefined();
    expect(deriveHouseholdType([head({ leftOn: '2026-01-01', disabilityAddition: '1' }), child('1990-01-01', { relationship: '03' })], ASOF)).toBe('5');
  });
});
