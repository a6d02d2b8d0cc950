import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type ReferenceApp } from '@hogo-kit/reference-server';
import { defineCheck } from '../../src/engine/registry.ts';
import { injectFetch, type Injectable } from '../../src/inject-fetch.ts';
import { writeReports } from '../../src/reports/index.ts';
import { runSuite, type RunOptions, type RunReport } from '../../src/run.ts';
import { expectValidReport } from './support/report-schema.ts';

// The test — not the kit — wires the reference server in (ARCHITECTURE.md R3), through an inject fetch.
const TOKENS = { caseworker: 'dev-caseworker', intake: 'dev-intake' };

const checks = [
  defineCheck({
    id: 'fake.declaration-served',
    title: { ja: '適合宣言を返す', en: 'serves its declaration' },
    verifies: ['14.6.1'],
    async run(ctx) {
      const declaration = (await ctx.as('caseworker').call('getDeclaration' as never)) as { edition: string };
      if (declaration.edition !== ctx.edition) ctx.fail({ ja: '版が違う', en: 'wrong edition' });
    },
  }),
  defineCheck({
    id: 'fake.always-fails',
    title: { ja: '常に不合格', en: 'always fails' },
    verifies: ['01.1.1'],
    async run(ctx) {
      ctx.fail({ ja: '意図した不合格', en: 'failed on purpose' });
    },
  }),
  defineCheck({
    id: 'fake.after-failure',
    title: { ja: '前提が不合格', en: 'its prerequisite fails' },
    verifies: ['01.1.2'],
    needs: ['fake.always-fails'],
    async run() {},
  }),
  defineCheck({
    id: 'fake.lacks-token',
    title: { ja: 'トークンがない役割', en: 'a role without a token' },
    verifies: ['01.1.3'],
    async run(ctx) {
      await ctx.as('accountant').call('getDeclaration' as never);
    },
  }),
  defineCheck({
    id: 'fake.prohibited-refused',
    title: { ja: '実装不可の機能がない', en: 'the prohibited function is absent' },
    verifies: ['01.5.1'],
    async run() {},
  }),
  defineCheck({
    id: 'fake.option-works',
    title: { ja: '宣言した標準オプション', en: 'a declared option' },
    verifies: ['01.2.8'],
    async run() {},
  }),
  defineCheck({
    id: 'fake.only-2-0',
    title: { ja: '2.0 だけ', en: '2.0 only' },
    verifies: ['14.1.1'],
    editions: ['2.0'],
    async run() {},
  }),
];

let reference: ReferenceApp;
let base: RunOptions;
let report: RunReport;
let dir: string;

beforeAll(async () => {
  reference = await buildApp({ seed: 'demo', docs: false });
  await reference.app.ready();
  base = { edition: '2.1', baseUrl: 'http://reference.invalid', fetch: injectFetch(reference.app as unknown as Injectable), tokens: TOKENS, checks };
  report = await runSuite(base);
  dir = await mkdtemp(join(tmpdir(), 'hogo-run-'));
});
afterAll(async () => {
  await reference?.app.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const verdictOf = (r: RunReport, id: string) => r.requirements.find((x) => x.id === id)?.verdict;

describe('runSuite against the reference server (in-process)', () => {
  it('reads the declaration from GET /conformance', () => {
    expect(report.declarationSource).toBe('target');
    expect(report.target.product?.name).toBe('hogo-kit reference server');
    expect(report.declarationNotes).toEqual([]);
  });

  it('selects checks by edition and gives one result per selected check', () => {
    expect(report.checks.map((c) => c.checkId).sort()).toEqual(checks.filter((c) => c.id !== 'fake.only-2-0').map((c) => c.id).sort());
    const status = Object.fromEntries(report.checks.map((c) => [c.checkId, c.status]));
    expect(status).toMatchObject({
      'fake.declaration-served': 'pass', 'fake.always-fails': 'fail', 'fake.after-failure': 'blocked', 'fake.lacks-token': 'skip',
    });
    expect(report.checks.find((c) => c.checkId === 'fake.lacks-token')?.missing).toMatch(/accountant.*HOGO_TOKEN_ACCOUNTANT/);
  });

  it('scores every requirement of the edition by the class rules', () => {
    expect(report.requirements).toHaveLength(439);
    expect(verdictOf(report, '14.6.1')).toBe('met');
    expect(verdictOf(report, '01.1.1')).toBe('not-met');
    expect(verdictOf(report, '01.1.2')).toBe('not-verified');
    expect(verdictOf(report, '01.1.3')).toBe('not-verified');
    expect(verdictOf(report, '01.5.1')).toBe('met');
    expect(verdictOf(report, '01.2.8')).toBe('met'); // declared by the reference server
    expect(verdictOf(report, '01.1.5')).toBe('manual-pending');
    expect(verdictOf(report, '14.1.1')).toBe('not-verified'); // its only check is for 2.0
    const r = report.requirements.find((x) => x.id === '01.1.1')!;
    expect(r).toMatchObject({ qualifiedId: 'seikatsuhogo@2.1#01.1.1', class: 'mandatory', area: '01', checks: [{ id: 'fake.always-fails', status: 'fail' }] });
    expect(report.summary.conformant).toBe(false);
    expect(report.summary.byClass.mandatory['not-met']).toBe(1);
  });

  it('keeps tokens out of the report', () => {
    const text = JSON.stringify(report);
    expect(text).not.toContain('dev-caseworker');
    expect(report.checks.find((c) => c.checkId === 'fake.declaration-served')!.evidence.length).toBeGreaterThan(0);
  });

  it('honours a declaration override, and probes the option it leaves out', async () => {
    const scoped = await runSuite({
      ...base,
      scope: { requirements: ['14.6.1', '01.2.8'] },
      declarationOverride: { edition: '2.1', product: { name: 'x', vendor: 'y', version: '1', build: 'b' }, options: [], declaredAt: '2026-01-01T00:00:00Z' },
    });
    expect(scoped.declarationSource).toBe('override');
    expect(scoped.requirements.map((r) => r.id)).toEqual(['01.2.8', '14.6.1']);
    expect(scoped.checks.map((c) => c.checkId).sort()).toEqual(['declaration.undeclared-options-probe', 'fake.declaration-served', 'fake.option-works']);
    // The option is no longer declared, yet its check passes when probed: the declaration contradicts the system.
    expect(verdictOf(scoped, '01.2.8')).toBe('not-met');
    expect(verdictOf(scoped, '14.6.1')).toBe('not-met');
    expect(scoped.summary.conformant).toBe(false);
    expectValidReport(scoped);
  });

  it('survives a target that does not answer', async () => {
    const down = await runSuite({ ...base, fetch: async () => { throw new TypeError('fetch failed'); }, scope: { areas: ['14'] } });
    expect(down.declarationSource).toBe('none');
    expect(down.declarationNotes[0]?.en).toMatch(/Could not read the declaration/);
    expect(down.checks.find((c) => c.checkId === 'fake.declaration-served')?.status).toBe('error');
    expect(down.summary.conformant).toBe(false);
    expectValidReport(down);
  });

  it('writes report.json valid against the published schema', async () => {
    const written = await writeReports(report, ['json', 'junit', 'md'], dir);
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual(['report.json', 'junit.xml', 'summary.md']);
    expectValidReport(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')));
  });
});
