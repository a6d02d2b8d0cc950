import { describe, expect, it } from 'vitest';
import { buildApp, ROLES, type AppOptions } from '@hogo-kit/reference-server';
import { injectFetch, type Injectable } from '../../src/inject-fetch.ts';
import { PROBE_CHECK_ID } from '../../src/probe.ts';
import { runSuite, type Declaration } from '../../src/run.ts';
import { expectValidReport } from './support/report-schema.ts';

// The test wires the reference server in (ARCHITECTURE.md R3); the suite reaches it only through the SDK client.
const TOKENS = Object.fromEntries(ROLES.map((r) => [r, `dev-${r}`]));

async function run(options: AppOptions, declarationOverride?: (served: Declaration) => Declaration) {
  const { app } = await buildApp({ edition: '2.1', docs: false, ...options });
  await app.ready();
  try {
    const fetch = injectFetch(app as unknown as Injectable);
    const base = { edition: '2.1' as const, baseUrl: 'http://ref.invalid', tokens: TOKENS, fetch, scope: { areas: ['13'], requirements: ['14.6.1'] } };
    if (!declarationOverride) return await runSuite(base);
    const served = (await (await fetch(new Request('http://ref.invalid/conformance', { headers: { authorization: 'Bearer dev-caseworker' } }))).json()) as Declaration;
    return await runSuite({ ...base, declarationOverride: declarationOverride(served) });
  } finally {
    await app.close();
  }
}
const verdictOf = (report: Awaited<ReturnType<typeof run>>, id: string) => report.requirements.find((r) => r.id === id);

describe('probing the options a target did not declare', () => {
  it('finds an undeclared option that answers: the option and 14.6.1 are not met, the run not conformant', async () => {
    const report = await run({ mutant: 'undeclared-option-answers' });
    expectValidReport(report);
    expect(verdictOf(report, '13.6.5')).toMatchObject({ verdict: 'not-met', reason: { en: expect.stringMatching(/undeclared option answers/) } });
    expect(verdictOf(report, '14.6.1')?.verdict).toBe('not-met');
    expect(report.checks.find((c) => c.checkId === PROBE_CHECK_ID)?.message?.ja).toMatch(/13\.6\.5/);
    expect(report.summary.conformant).toBe(false);
  }, 120_000);

  it('an option left out of a local declaration is probed the same way', async () => {
    const report = await run({}, (served) => ({ ...served, options: served.options.filter((id) => id !== '13.5.5') }));
    expect(verdictOf(report, '13.5.5')?.verdict).toBe('not-met');
    expect(verdictOf(report, '13.6.5')?.verdict).toBe('met');
  }, 120_000);

  it('finds an undeclared option absent when its checks fail: not applicable, and 14.6.1 still met', async () => {
    // The seeded defect breaks the validate-only import; the declaration (overridden) leaves it out.
    const report = await run({ mutant: 'validation-loads-data' }, (served) => ({ ...served, options: served.options.filter((id) => id !== '13.6.5') }));
    expect(verdictOf(report, '13.6.5')?.verdict).toBe('not-applicable');
    expect(verdictOf(report, '14.6.1')?.verdict).toBe('met');
    expect(report.checks.find((c) => c.checkId === PROBE_CHECK_ID)?.status).toBe('pass');
  }, 120_000);

  it('probes nothing when every option is declared', async () => {
    const report = await run({});
    expect(report.checks.some((c) => c.checkId === PROBE_CHECK_ID)).toBe(false);
    expect(report.summary.conformant).toBe(true);
  }, 120_000);
});
