import { describe, expect, it } from 'vitest';
import type { FetchLike } from '@hogo-kit/sdk';
import { startEmbedded } from '../../src/embedded.ts';
import { runSuite, type RunOptions, type RunReport } from '../../src/run.ts';
import { expectValidReport } from './support/report-schema.ts';

/**
 * Issue #6: small deterministic fake targets, each with the verdicts asserted. Whatever the target does, the run
 * completes within its time-outs, writes a valid report that says what happened, and never calls it conformant
 * unless it is.
 */
const BASE = 'http://target.test';
const TOKENS = { caseworker: 'c-token', intake: 'i-token', supervisor: 's-token', manager: 'm-token', 'medical-clerk': 'mc-token', accountant: 'a-token', 'system-admin': 'sa-token', linkage: 'l-token' };
const SCOPE = { areas: ['01', '14'], requirements: [] };

async function against(fetch: FetchLike, extra: Partial<RunOptions> = {}): Promise<RunReport> {
  const report = await runSuite({ edition: '2.1', baseUrl: BASE, tokens: TOKENS, fetch, scope: SCOPE, timeoutMs: 2_000, ...extra });
  expectValidReport(report);
  return report;
}
const tally = (report: RunReport) => Object.fromEntries(['met', 'not-met', 'not-verified'].map((v) => [v, report.requirements.filter((r) => r.testability === 'auto' && r.verdict === v).length]));
const statuses = (report: RunReport) => new Set(report.checks.map((c) => c.status));
const problem = (status: number) => new Response(JSON.stringify({ type: 'about:blank', title: 'エラー', status }), { status, headers: { 'content-type': 'application/problem+json' } });

describe('misbehaving targets', () => {
  it('one that always answers 500: nothing is met, the declaration is missing, the run is not conformant', async () => {
    const report = await against(async () => problem(500));
    expect(report.declarationSource).toBe('none');
    expect(tally(report).met).toBe(0);
    expect([...statuses(report)].every((s) => s === 'fail' || s === 'error' || s === 'omit')).toBe(true);
    expect(report.summary.conformant).toBe(false);
  }, 120_000);

  it('one that hangs: every check ends in its time-out, and the run ends', async () => {
    const hang: FetchLike = (request) => new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }));
    const started = Date.now();
    const report = await against(hang, { timeoutMs: 150, concurrency: 16 });
    expect(Date.now() - started).toBeLessThan(60_000);
    const ran = report.checks.filter((c) => c.status !== 'omit' && c.status !== 'blocked');
    expect(ran.every((c) => c.status === 'error')).toBe(true);
    expect(ran.some((c) => /Timed out|タイムアウト/.test(c.message?.en ?? ''))).toBe(true);
    expect(tally(report).met).toBe(0);
    expect(report.summary.conformant).toBe(false);
  }, 120_000);

  it('one that never answers and ignores the abort signal: the run still ends in its time-outs', async () => {
    // A fetch that never settles, whatever its signal does (a custom fetch; or, with undici's Request, a request whose
    // signal was collected before the time-out fired, which is how the run above once hung in CI).
    const deaf: FetchLike = () => new Promise(() => {});
    const report = await against(deaf, { timeoutMs: 150, concurrency: 16 });
    expect(report.declarationSource).toBe('none');
    expect(report.declarationNotes[0]?.en).toMatch(/Could not read the declaration/);
    const ran = report.checks.filter((c) => c.status !== 'omit' && c.status !== 'blocked');
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.every((c) => c.status === 'error')).toBe(true);
    expect(tally(report).met).toBe(0);
  }, 20_000);

  it('one that resets connections: errors that say so, nothing met', async () => {
    const reset: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    };
    const report = await against(reset);
    expect(report.declarationNotes[0]?.en).toMatch(/Could not read the declaration/);
    expect(report.checks.filter((c) => c.status !== 'omit' && c.status !== 'blocked').every((c) => c.status === 'error')).toBe(true);
    expect(tally(report).met).toBe(0);
  }, 120_000);

  it('one that answers garbage of the wrong content type: checks fail on the contract, nothing mandatory met', async () => {
    const garbage: FetchLike = async () => new Response('<html><body>maintenance</body></html>', { status: 200, headers: { 'content-type': 'text/html' } });
    const report = await against(garbage);
    expect(report.requirements.filter((r) => r.class === 'mandatory' && r.verdict === 'met')).toEqual([]);
    // The first answer breaking the contract is noted in the evidence of each check that received one.
    expect(report.checks.some((c) => c.evidence.some((e) => /is not valid JSON|does not match/.test(e.note ?? '')))).toBe(true);
    expect(report.summary.conformant).toBe(false);
  }, 120_000);

  it('one that is slow but correct: conformant, all in scope met or manual', async () => {
    const target = await startEmbedded('2.1', { seed: 'empty' });
    try {
      const slow: FetchLike = async (request) => {
        await new Promise((r) => setTimeout(r, 15));
        return target.fetch(request);
      };
      const report = await runSuite({ edition: '2.1', baseUrl: target.baseUrl, tokens: target.tokens, fetch: slow, scope: { areas: ['01'], requirements: [] }, timeoutMs: 20_000 });
      expect(tally(report)['not-met']).toBe(0);
      expect(tally(report)['not-verified']).toBe(0);
      expect(report.summary.conformant).toBe(true);
    } finally {
      await target.close();
    }
  }, 180_000);

  it('one that answers a prohibited function: that requirement is not met, and the run is not conformant', async () => {
    const target = await startEmbedded('2.1', { seed: 'empty', mutant: 'consultation-intent-closed' });
    try {
      const report = await runSuite({ edition: '2.1', baseUrl: target.baseUrl, tokens: target.tokens, fetch: target.fetch, scope: { areas: [], requirements: ['01.5.3', '01.1.1'] } });
      expect(report.requirements.find((r) => r.id === '01.5.3')).toMatchObject({ class: 'prohibited', verdict: 'not-met' });
      expect(report.requirements.find((r) => r.id === '01.1.1')?.verdict).toBe('met');
      expect(report.summary.conformant).toBe(false);
    } finally {
      await target.close();
    }
  }, 120_000);

  it('one that declares an option it lacks: the option is not met', async () => {
    const target = await startEmbedded('2.1', { seed: 'empty', mutant: 'validation-loads-data' });
    try {
      const report = await runSuite({ edition: '2.1', baseUrl: target.baseUrl, tokens: target.tokens, fetch: target.fetch, scope: { areas: [], requirements: ['13.6.5'] } });
      expect(report.declaration?.options).toContain('13.6.5');
      expect(report.requirements.find((r) => r.id === '13.6.5')).toMatchObject({ class: 'option', verdict: 'not-met' });
      expect(report.summary.conformant).toBe(false);
    } finally {
      await target.close();
    }
  }, 120_000);
});
