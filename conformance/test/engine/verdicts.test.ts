import { describe, expect, it } from 'vitest';
import type { CheckResult, ResultStatus } from '../../src/engine/types.ts';
import { scoreRequirement, type RequirementClass, type ScoreInput } from '../../src/engine/verdicts.ts';

const result = (status: ResultStatus, extra: Partial<CheckResult> = {}): CheckResult => ({ checkId: `c-${status}`, status, evidence: [], durationMs: 1, ...extra });
const req = (klass: RequirementClass, testability: 'auto' | 'manual' = 'auto') => ({ id: '01.1.1', area: '01', class: klass, testability });
const score = (klass: RequirementClass, statuses: ResultStatus[], over: Partial<ScoreInput> = {}) =>
  scoreRequirement({ requirement: req(klass), results: statuses.map((s) => result(s)), declared: false, ...over }).verdict;

// design.md §4, one row at a time, on hand-made result sets.
describe('mandatory (実装必須)', () => {
  it('is met when every linked check passes', () => expect(score('mandatory', ['pass', 'pass'])).toBe('met'));
  it('is not met when any linked check fails', () => expect(score('mandatory', ['pass', 'fail', 'skip'])).toBe('not-met'));
  it.each([['skip'], ['blocked'], ['error']] as const)('is not verified, never met, when a check ends %s', (s) => {
    expect(score('mandatory', ['pass', s])).toBe('not-verified');
  });
  it('is never not-applicable, even undeclared and with no check', () => expect(score('mandatory', [])).toBe('not-verified'));
  it('ignores omitted checks', () => expect(score('mandatory', ['pass', 'omit'])).toBe('met'));
});

describe('option (標準オプション)', () => {
  it('is met when declared and every check passes', () => expect(score('option', ['pass'], { declared: true })).toBe('met'));
  it('is not met when declared and a check fails', () => expect(score('option', ['fail', 'pass'], { declared: true })).toBe('not-met'));
  it('is not verified when declared and a check could not complete', () => expect(score('option', ['pass', 'blocked'], { declared: true })).toBe('not-verified'));
  it('is not applicable when not declared and the probe finds it absent', () => expect(score('option', ['omit'], { probe: 'absent' })).toBe('not-applicable'));
  it('is not met when not declared but the function answers (the declaration contradicts the system)', () => {
    const v = scoreRequirement({ requirement: req('option'), results: [], declared: false, probe: 'present' });
    expect(v.verdict).toBe('not-met');
    expect(v.reason.ja).toMatch(/宣言していない/);
  });
  it('is not verified when not declared and the probe cannot tell', () => expect(score('option', [], { probe: 'unknown' })).toBe('not-verified'));
});

describe('prohibited (実装不可)', () => {
  it('is met when the negative check shows the function absent or refused', () => expect(score('prohibited', ['pass'])).toBe('met'));
  it('is not met when the function answers', () => expect(score('prohibited', ['fail'])).toBe('not-met'));
  it('is never not-applicable', () => {
    for (const statuses of [[], ['omit'], ['skip']] as ResultStatus[][]) expect(score('prohibited', statuses, { probe: 'absent' })).not.toBe('not-applicable');
  });
});

describe('manual requirements', () => {
  it('are manual-pending unless attested', () => {
    expect(scoreRequirement({ requirement: req('mandatory', 'manual'), results: [], declared: false }).verdict).toBe('manual-pending');
    expect(scoreRequirement({ requirement: req('mandatory', 'manual'), results: [], declared: false, attested: true }).verdict).toBe('attested');
  });
});

describe('reasons', () => {
  it('carry the failing check\'s message, the missing data of a skip and the root cause of a block', () => {
    const failing = scoreRequirement({ requirement: req('mandatory'), results: [result('fail', { message: { ja: '14日を超えた', en: 'past 14 days' } })], declared: false });
    expect(failing.reason).toEqual({ ja: '14日を超えた', en: 'past 14 days' });
    const skipped = scoreRequirement({ requirement: req('mandatory'), results: [result('skip', { missing: '保護中の世帯' })], declared: false });
    expect(skipped.reason.ja).toContain('保護中の世帯');
    const blocked = scoreRequirement({ requirement: req('mandatory'), results: [result('blocked', { blockedBy: 'data.household-create' })], declared: false });
    expect(blocked.reason.en).toContain('data.household-create');
  });
});
