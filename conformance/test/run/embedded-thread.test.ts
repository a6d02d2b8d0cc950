import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestWithBody } from '@hogo-kit/sdk';
import { startEmbedded, type EmbeddedTarget } from '../../src/embedded.ts';

const read = (target: EmbeddedTarget, path: string, token = 'dev-caseworker') =>
  target.fetch(new Request(`${target.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } }));

describe('the embedded reference server in a worker thread', () => {
  let inThread: EmbeddedTarget;
  let inProcess: EmbeddedTarget;
  beforeAll(async () => {
    [inThread, inProcess] = await Promise.all([startEmbedded('2.1', { thread: true }), startEmbedded('2.1')]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([inThread?.close(), inProcess?.close()]);
  });

  it('gives the development tokens of every role, as in-process', () => {
    expect(inThread.tokens).toEqual(inProcess.tokens);
    expect(Object.keys(inThread.tokens).length).toBeGreaterThan(3);
  });

  it('answers reads exactly as the in-process server does (status, content type, ETag, body)', async () => {
    // (not /conformance: its declaredAt is the moment each server started)
    const list = await read(inProcess, '/households?limit=2');
    expect(list.status).toBe(200);
    const first = ((await list.json()) as { items: { householdId: string }[] }).items[0]!.householdId;
    expect(first).toEqual(expect.any(String));
    for (const path of ['/households?limit=2', `/households/${first}`, '/households/no-such-household']) {
      const [a, b] = await Promise.all([read(inThread, path), read(inProcess, path)]);
      expect(a.status, path).toBe(b.status);
      expect(a.headers.get('content-type'), path).toBe(b.headers.get('content-type'));
      expect(a.headers.get('etag'), path).toBe(b.headers.get('etag'));
      expect(await a.json(), path).toEqual(await b.json());
    }
  });

  it('carries a request body and answers a write, and refuses a missing token with 401', async () => {
    const body = JSON.stringify({ name: '' });
    const written = await inThread.fetch(
      new Request(`${inThread.baseUrl}/households`, { method: 'POST', body, headers: { authorization: 'Bearer dev-caseworker', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() } }),
    );
    expect(written.status).toBe(400);
    expect(written.headers.get('content-type')).toMatch(/problem\+json/);
    const refused = await inThread.fetch(new Request(`${inThread.baseUrl}/conformance`));
    expect(refused.status).toBe(401);
  });

  it('sends a known body (the SDK’s own bytes, kept for a retry) without giving them away, and takes a second signal', async () => {
    const body = new TextEncoder().encode(JSON.stringify({ name: '' }));
    const headers = { authorization: 'Bearer dev-caseworker', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() };
    const send = () => inThread.fetch(requestWithBody(`${inThread.baseUrl}/households`, { method: 'POST', body, headers }));
    const [first, again] = [await send(), await send()];
    expect([first.status, again.status]).toEqual([400, 400]); // the same refusal twice: the same bytes arrived twice
    expect(await again.json()).toEqual(await first.json());
    expect(new TextDecoder().decode(body)).toBe('{"name":""}'); // not transferred (detached) to the worker
    const controller = new AbortController();
    controller.abort(new Error('check ended'));
    const withSignal = inThread.fetch as (request: Request, signal?: AbortSignal) => Promise<Response>;
    await expect(withSignal(new Request(`${inThread.baseUrl}/conformance`), controller.signal)).rejects.toThrow('check ended');
  });

  it('answers many requests at once, each with its own answer', async () => {
    const paths = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? '/conformance' : `/households/missing-${i}`));
    const statuses = await Promise.all(paths.map(async (p) => (await read(inThread, p)).status));
    expect(statuses).toEqual(paths.map((p) => (p === '/conformance' ? 200 : 404)));
  });

  it('rejects an aborted request without an answer', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(inThread.fetch(new Request(`${inThread.baseUrl}/conformance`, { signal: controller.signal }))).rejects.toThrow();
  });
});

describe('a thread that cannot start', () => {
  it('fails with the reason instead of hanging', async () => {
    await expect(startEmbedded('9.9' as '2.1', { thread: true })).rejects.toThrow(/failed to start/);
  }, 60_000);
});

describe('after close', () => {
  it('refuses further requests instead of hanging', async () => {
    const target = await startEmbedded('2.1', { thread: true });
    await target.close();
    await expect(read(target, '/conformance')).rejects.toThrow(/exited|closed/);
  }, 60_000);
});
