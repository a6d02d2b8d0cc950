// Issue #7 (5): the runner against a target that stalls. A fake target (the reference server behind a FetchLike)
// answers some requests and then hangs: without answering, after sending headers with a body that never ends, or
// while trickling a body forever. Each run still completes within its time-outs, the stalled checks ending `error`.
import type { FetchLike } from '@hogo-kit/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { allChecks } from '../../src/checks/index.ts';
import { runChecks } from '../../src/engine/runner.ts';
import { referenceTarget, summary } from '../support/reference.ts';

type Stall = 'mid-run' | 'mid-body' | 'mid-stream';
const intervals: NodeJS.Timeout[] = [];
afterAll(() => intervals.forEach(clearInterval));

const IDS = ['input.generated.create-household', 'input.generated.list-households', 'input.generated.update-household',
  'auth.unauthenticated.list-households', 'auth.unauthenticated.get-household', 'auth.unauthenticated.create-household'];
const CHECKS = allChecks().filter((c) => IDS.includes(c.id));
const TIMEOUT_MS = 1_500;

/** The target's fetch until `healthy` requests have been answered; after that every answer stalls as `stall` says. */
function stalling(inner: FetchLike, healthy: number, stall: Stall): { fetch: FetchLike; seen: () => number } {
  let count = 0;
  const fetch: FetchLike = async (request) => {
    count += 1;
    if (count <= healthy) return inner(request);
    // Worst case: the fake ignores the request's abort signal, as a hung server would.
    if (stall === 'mid-run') return new Promise<Response>(() => undefined);
    const headers = { 'content-type': 'application/json' };
    if (stall === 'mid-body') return new Response(new ReadableStream<Uint8Array>({ start: () => undefined }), { status: 200, headers });
    const encoder = new TextEncoder();
    return new Response(new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"items":['));
        const timer = setInterval(() => {
          try {
            controller.enqueue(encoder.encode(' '));
          } catch {
            clearInterval(timer);
          }
        }, 25);
        intervals.push(timer);
      },
    }), { status: 200, headers });
  };
  return { fetch, seen: () => count };
}

async function runStalling(stall: Stall, healthy = 5) {
  const target = await referenceTarget('2.1');
  try {
    const { fetch, seen } = stalling(target.fetch, healthy, stall);
    const started = Date.now();
    const results = await runChecks(CHECKS, { edition: '2.1', clientFor: target.clientFor, fetch, declared: new Set(), concurrency: 3, timeoutMs: TIMEOUT_MS });
    return { results, ms: Date.now() - started, seen: seen() };
  } finally {
    await target.close();
  }
}

describe('runner against a stalling target', () => {
  it('selects the checks of the scope', () => {
    expect(CHECKS.map((c) => c.id).sort(), 'every check of the scope should exist').toEqual([...IDS].sort());
  });

  it('passes every check of the scope against the same target when it does not stall (the control)', async () => {
    const { results } = await runStalling('mid-run', Number.POSITIVE_INFINITY);
    expect(results.filter((r) => r.status !== 'pass').map(summary), 'every check should pass without a stall').toEqual([]);
  }, 20_000);

  for (const stall of ['mid-run', 'mid-body', 'mid-stream'] as const) {
    it(`completes within its time-outs when the target stalls ${stall}`, async () => {
      const { results, ms, seen } = await runStalling(stall);
      expect(seen, 'the target should have been asked more than the 5 requests it answers').toBeGreaterThan(5);
      expect(results.length, 'one result per check').toBe(CHECKS.length);
      // 6 checks, 3 at a time, 1.5 s each at worst: about 3 s; 15 s is a generous bound.
      expect(ms, `the run should end within 15 s, took ${ms} ms`).toBeLessThan(15_000);
      const timedOut = results.filter((r) => r.status === 'error' && /Timed out/.test(r.message?.en ?? ''));
      expect(timedOut.length, `some checks should end error by time-out:\n${results.map(summary).join('\n')}`).toBeGreaterThan(0);
      expect(results.filter((r) => r.status === 'pass').length, `no check should pass against a stalled target beyond its first answers:\n${results.map(summary).join('\n')}`).toBeLessThan(CHECKS.length);
    }, 20_000);
  }
});
