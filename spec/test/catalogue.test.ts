import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../lib/ajv.ts';
import { buildAll, staleDocs } from '../lib/build.ts';
import type { EditionBundle, Requirement } from '../lib/bundle/types.ts';
import { formatProblem, lint } from '../lib/lint/index.ts';
import { loadSource } from '../lib/source/load.ts';

// The acceptance criteria of the catalogue (issue #2), held against the real spec/src.
const source = loadSource();
const [v20, v21] = buildAll(source) as [EditionBundle, EditionBundle];
const AREAS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14'];
const share = (rs: Requirement[], p: (r: Requirement) => boolean) => rs.filter(p).length / rs.length;

describe('the real spec source', () => {
  it('passes hogo-spec lint with no problems', async () => {
    const problems = await lint(source);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('committed generated documents are up to date (run `npm run generate`)', () => {
    expect(staleDocs([v20, v21])).toEqual([]);
  });
});

describe('the requirement catalogue', () => {
  it('has at least 160 requirements in 2.0', () => {
    expect(v20.requirements.length).toBeGreaterThanOrEqual(160);
  });

  it('adds or changes at least 30 requirements in 2.1', () => {
    const ids20 = new Set(v20.requirements.map((r) => r.id));
    const addedOrChanged = v21.requirements.filter((r) => !ids20.has(r.id) || r.changed.includes('2.1'));
    expect(addedOrChanged.length).toBeGreaterThanOrEqual(30);
  });

  it('covers all 14 areas in 2.1 and all but 庁内連携 (2.1 only) in 2.0', () => {
    expect(v21.areas.map((a) => a.id)).toEqual(AREAS);
    expect(v20.areas.map((a) => a.id)).toEqual(AREAS.filter((a) => a !== '12'));
  });

  it.each([['2.0'], ['2.1']])('edition %s uses all three classes, ≥12 testable prohibitions, ≥80 percent auto', (edition) => {
    const rs = (edition === '2.0' ? v20 : v21).requirements;
    expect(new Set(rs.map((r) => r.class))).toEqual(new Set(['mandatory', 'option', 'prohibited']));
    const prohibited = rs.filter((r) => r.class === 'prohibited');
    expect(prohibited.length).toBeGreaterThanOrEqual(12);
    expect(prohibited.filter((r) => r.testability === 'manual').map((r) => r.id)).toEqual([]);
    expect(share(rs, (r) => r.testability === 'auto')).toBeGreaterThanOrEqual(0.8);
  });

  it('takes 2.1 additions from each seed document and marks none as official-spec', () => {
    const ids20 = new Set(v20.requirements.map((r) => r.id));
    const added = v21.requirements.filter((r) => !ids20.has(r.id));
    for (const seed of ['seed:000', 'seed:002', 'seed:003']) {
      expect(added.some((r) => r.source.kind === 'seed' && r.source.ref.startsWith(seed)), seed).toBe(true);
    }
    expect(v21.requirements.filter((r) => r.source.kind === 'official-spec').map((r) => r.id)).toEqual([]);
  });

  it('writes requirements.json objects that validate against requirement.schema.json', () => {
    const ajv = createAjv();
    const read = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../schema/${name}`, import.meta.url)), 'utf8'));
    ajv.addSchema(read('catalogue.schema.json'));
    const validate = ajv.compile(read('requirement.schema.json'));
    for (const r of [...v20.requirements, ...v21.requirements]) {
      expect(validate(r), `${r.qualifiedId}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});

describe('flows', () => {
  it.each([['application'], ['case'], ['claim'], ['approval'], ['ticket']])('%s exists in both editions', (id) => {
    for (const bundle of [v20, v21]) expect(bundle.flows.map((f) => f.id)).toContain(id);
  });
});

describe('基準 fixtures', () => {
  // domain.md §4.4: the worked fixtures and their totals (yen per month).
  const expected = { F1: 130120, F2: 53620, F3: 0, F4: 75720 } as const;
  it.each(Object.entries(expected))('%s is a test vector with payment %i', (id, payment) => {
    for (const bundle of [v20, v21]) {
      const fixtures = (bundle.kijun.fixtures as { fixtures: { id: string; input: unknown; expected: { payment: number } }[] }).fixtures;
      const fixture = fixtures.find((f) => f.id === id);
      expect(fixture, `${id} in ${bundle.edition}`).toBeDefined();
      expect(fixture!.expected.payment).toBe(payment);
      expect(fixture!.input).toBeTypeOf('object');
    }
  });

  it('every fixture has a title of exactly ja and en text (an unquoted comma in YAML splits it)', () => {
    const fixtures = (v21.kijun.fixtures as { fixtures: { id: string; title: Record<string, unknown> }[] }).fixtures;
    const broken = fixtures.filter((f) => Object.keys(f.title).sort().join() !== 'en,ja' || typeof f.title.ja !== 'string' || typeof f.title.en !== 'string');
    expect(broken.map((f) => `${f.id}: ${JSON.stringify(f.title)}`)).toEqual([]);
  });
});
