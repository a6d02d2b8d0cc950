import { describe, expect, it } from 'vitest';
import { runSuite } from '../../src/run.ts';
import { echoTarget } from '../support/echo-target.ts';
import { expectValidReport } from './support/report-schema.ts';

const BASE = 'http://echo.test';
const tokens = { caseworker: 'c', intake: 'i', supervisor: 's', manager: 'm', 'medical-clerk': 'mc', accountant: 'a', 'system-admin': 'sa' };

describe.each(['2.1', '2.0'] as const)('a system that only echoes schema-valid data (edition %s)', (edition) => {
  it('is reported not conformant, with most mandatory requirements not met and the run complete', async () => {
    const report = await runSuite({ edition, baseUrl: BASE, tokens, fetch: echoTarget(edition, BASE), timeoutMs: 10_000 });
    expectValidReport(report);
    expect(report.summary.conformant).toBe(false);
    const mandatory = report.summary.byClass.mandatory;
    expect(mandatory['not-met']).toBeGreaterThan(mandatory.applicable / 2);
    // Every business rule needs kept state: no mandatory requirement of areas 01–12 can be met by echoing.
    const met = report.requirements.filter((r) => r.verdict === 'met' && r.class === 'mandatory').map((r) => r.id);
    expect(met.filter((id) => /^(0[1-9]|1[0-2])\./.test(id))).toEqual([]);
    expect(report.checks.every((c) => ['pass', 'fail', 'error', 'blocked', 'skip', 'omit'].includes(c.status))).toBe(true);
  }, 120_000);
});
