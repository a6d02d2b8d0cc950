import { describe, expect, it } from 'vitest';
import { CLASS_CHANGES, diffEditions, RULES } from '../../lib/diff/index.ts';
import { API_CASES } from './cases/api.ts';
import { DATA_CASES } from './cases/data.ts';
import { REQUIREMENT_CASES } from './cases/requirements.ts';
import { minimal, runCase } from './support.ts';

const CASES = [...REQUIREMENT_CASES, ...API_CASES, ...DATA_CASES];

describe('diff rules', () => {
  it('finds nothing between identical bundles', () => {
    expect(diffEditions(minimal(), minimal()).changes).toEqual([]);
  });

  it('has a fixture case for every rule, and no case for a rule that does not exist', () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it('has unique rule ids, each with Japanese and English text', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('classifies class changes as the brief says: option→mandatory and anything→prohibited are breaking', () => {
    const breaking = CLASS_CHANGES.filter(([, , s]) => s === 'breaking').map(([f, t]) => `${f}→${t}`);
    expect(breaking).toEqual(expect.arrayContaining(['option→mandatory', 'mandatory→prohibited', 'option→prohibited']));
  });

  describe.each([
    ['requirements', REQUIREMENT_CASES],
    ['API', API_CASES],
    ['data items, code lists and flows', DATA_CASES],
  ] as const)('%s', (_name, cases) => {
    it.each(cases.map((c, i) => [`${c.rule} (${c.target}${cases.findIndex((x) => x.rule === c.rule) === i ? '' : ', again'})`, c] as const))('%s', (_rule, c) => runCase(c));
  });
});
