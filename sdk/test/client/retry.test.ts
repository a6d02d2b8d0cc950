import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHogoClient, HogoProblem } from '../../src/client/index.ts';
import { retryAfterMs, retryDelay, RETRY_DEFAULTS } from '../../src/client/retry.ts';
import { BASE, json, problem, recordingFetch } from './recorder.ts';

const page = { items: [], nextCursor: null };
const fast = { retries: 2, baseDelayMs: 1, maxDelayMs: 5 };

afterEach(() => {
  vi.useRealTimers();
});

describe('retry', () => {
  it('retries an idempotent GET answered 503 or 429, then returns the success', async () => {
    const { fetch, requests } = recordingFetch(problem(503, 'unavailable'), problem(429, 'too-many-requests'), json(page));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: fast });
    await expect(client.call('listHouseholds')).resolves.toEqual(page);
    expect(requests).toHaveLength(3);
  });

  it('gives up after `retries` and surfaces the last answer', async () => {
    const { fetch, requests } = recordingFetch(problem(503, 'unavailable'));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: fast });
    await expect(client.call('listHouseholds')).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(3);
  });

  it.each([500, 502, 504, 400, 409])('does not retry %i', async (status) => {
    const { fetch, requests } = recordingFetch(problem(status, 'x'), json(page));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: fast });
    await expect(client.call('listHouseholds')).rejects.toBeInstanceOf(HogoProblem);
    expect(requests).toHaveLength(1);
  });

  it('does not retry a POST without Idempotency-Key, nor a PATCH', async () => {
    const { fetch, requests } = recordingFetch(problem(503, 'unavailable'));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: fast });
    await expect(client.call('verifyAuditLog', { body: {} as never })).rejects.toMatchObject({ status: 503 });
    await expect(client.call('updateHousehold', { path: { householdId: 'H1' }, body: { section: 'B' } })).rejects.toMatchObject({ status: 503 });
    expect(requests.map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('retries a POST carrying an Idempotency-Key the caller set', async () => {
    const { fetch, requests } = recordingFetch(problem(429, 'too-many-requests'), json({ valid: true }));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: fast });
    await client.call('verifyAuditLog', { body: {} as never, headers: { 'Idempotency-Key': 'k1' } });
    expect(requests.map((r) => r.headers['idempotency-key'])).toEqual(['k1', 'k1']);
  });

  it('is off with retry: false', async () => {
    const { fetch, requests } = recordingFetch(problem(503, 'unavailable'), json(page));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: false });
    await expect(client.call('listHouseholds')).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('waits as long as Retry-After says before sending again', async () => {
    vi.useFakeTimers();
    const { fetch, requests } = recordingFetch(problem(429, 'too-many-requests', {}, { 'retry-after': '3' }), json(page));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 60_000 } });
    const result = client.call('listHouseholds');
    await vi.advanceTimersByTimeAsync(2_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual(page);
    expect(requests).toHaveLength(2);
  });

  it('returns the answer rather than wait longer than maxDelayMs for Retry-After', async () => {
    const { fetch, requests } = recordingFetch(problem(503, 'unavailable', {}, { 'retry-after': '120' }), json(page));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: { retries: 3, maxDelayMs: 1_000 } });
    const error = await client.call('listHouseholds').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect((error as HogoProblem).response.headers.get('retry-after')).toBe('120');
    expect(requests).toHaveLength(1);
  });

  it('stops waiting when the caller aborts', async () => {
    const { fetch, requests } = recordingFetch(problem(503, 'unavailable', {}, { 'retry-after': '5' }), json(page));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: { retries: 1, maxDelayMs: 60_000 } });
    const controller = new AbortController();
    const result = client.call('listHouseholds', { signal: controller.signal });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    controller.abort(new Error('caller gave up'));
    await expect(result).rejects.toThrow('caller gave up');
    expect(requests).toHaveLength(1);
  });
});

describe('back-off', () => {
  const answer = (headers: Record<string, string> = {}) => new Response(null, { status: 503, headers });

  it('grows exponentially with full jitter, capped at maxDelayMs', () => {
    const options = { retries: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([0, 1, 2, 3, 4].map((n) => retryDelay(n, answer(), options, () => 1))).toEqual([100, 200, 400, 800, 1_000]);
    expect(retryDelay(3, answer(), options, () => 0.5)).toBe(400);
    expect(retryDelay(3, answer(), options, () => 0)).toBe(0);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-04-01T00:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2_000);
    expect(retryAfterMs('Wed, 01 Apr 2026 00:00:05 GMT', now)).toBe(5_000);
    expect(retryAfterMs('Wed, 01 Apr 2020 00:00:05 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryDelay(0, answer({ 'retry-after': '1' }), RETRY_DEFAULTS)).toBe(1_000);
  });
});
