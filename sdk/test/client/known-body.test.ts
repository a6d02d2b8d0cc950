import { describe, expect, it } from 'vitest';
import { createHogoClient, knownBody, requestWithBody } from '../../src/client/index.ts';
import { isPlainRequest, KnownBodyRequest } from '../../src/client/known-body.ts';
import { BASE, json, problem } from './recorder.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const sentBytes = async (request: Request) => new Uint8Array(await request.arrayBuffer());

/** A fetch keeping each Request it is given (unread) and answering from a script. */
function keepingFetch(...answers: Response[]) {
  const seen: Request[] = [];
  const fetch = async (request: Request) => {
    seen.push(request);
    return answers.length > 1 ? answers.shift()! : answers[0]!;
  };
  return { fetch, seen };
}

describe('knownBody', () => {
  it('answers the bytes a request was built over, which are the bytes the Request sends', async () => {
    const body = bytes(0x7b, 0x7d, 0xe3, 0x81, 0x82); // {}あ
    const request = requestWithBody('https://hogo.test/api/x', { method: 'POST', body });
    expect(knownBody(request)).toEqual(bytes(0x7b, 0x7d, 0xe3, 0x81, 0x82));
    expect(await sentBytes(request)).toEqual(bytes(0x7b, 0x7d, 0xe3, 0x81, 0x82));
  });

  it('encodes a text body as the Request does: UTF-8, a lone surrogate as U+FFFD', async () => {
    const request = new KnownBodyRequest('https://hogo.test/api/x', { method: 'POST', body: 'a\uD800é' });
    const expected = bytes(0x61, 0xef, 0xbf, 0xbd, 0xc3, 0xa9);
    expect(knownBody(request)).toEqual(expected);
    expect(await sentBytes(request)).toEqual(expected);
  });

  it('keeps its own copy of a byte body, as the Request does', () => {
    const body = bytes(1, 2, 3);
    const request = new KnownBodyRequest('https://hogo.test/api/x', { method: 'PUT', body });
    body[0] = 9;
    expect(knownBody(request)).toEqual(bytes(1, 2, 3));
  });

  it('knows nothing of a request it did not build, of one without a body, or of one taking another’s body', () => {
    expect(knownBody(new Request('https://hogo.test/api/x', { method: 'POST', body: 'x' }))).toBeUndefined();
    expect(knownBody(new KnownBodyRequest('https://hogo.test/api/x'))).toBeUndefined();
    expect(knownBody(requestWithBody('https://hogo.test/api/x', { method: 'GET' }))).toBeUndefined();
    const source = new Request('https://hogo.test/api/x', { method: 'POST', body: 'x' });
    expect(knownBody(new KnownBodyRequest(source))).toBeUndefined();
  });
});

describe('the client hands the body down', () => {
  it('sends a request whose known body is the JSON it was given, byte for byte what the Request carries', async () => {
    const { fetch, seen } = keepingFetch(json({ valid: true }));
    const client = createHogoClient({ baseUrl: BASE, fetch, token: 't' });
    await client.call('verifyAuditLog', { body: { from: '2025-04-01', note: '確認' } as never });
    const request = seen[0]!;
    const known = knownBody(request);
    expect(new TextDecoder().decode(known)).toBe('{"from":"2025-04-01","note":"確認"}');
    expect(await sentBytes(request)).toEqual(known);
    expect(request.headers.get('authorization')).toBe('Bearer t');
  });

  it('re-sends the same bytes on a retry, in a new Request each time', async () => {
    const { fetch, seen } = keepingFetch(problem(503, 'unavailable'), problem(429, 'too-many-requests'), json({ valid: true }));
    const client = createHogoClient({ baseUrl: BASE, fetch, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 } });
    await client.call('verifyAuditLog', { body: { from: '2025-04-01' } as never, headers: { 'Idempotency-Key': 'k1' } });
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    const sent = await Promise.all(seen.map((request) => sentBytes(request).then((b) => new TextDecoder().decode(b))));
    expect(sent).toEqual(['{"from":"2025-04-01"}', '{"from":"2025-04-01"}', '{"from":"2025-04-01"}']);
    expect(seen.map((request) => new TextDecoder().decode(knownBody(request)))).toEqual(sent);
  });

  it('still aborts a request with a body after timeoutMs', async () => {
    const seen: Request[] = [];
    const hanging = (request: Request) => {
      seen.push(request);
      return new Promise<Response>((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }));
    };
    const client = createHogoClient({ baseUrl: BASE, fetch: hanging, timeoutMs: 20 });
    await expect(client.call('verifyAuditLog', { body: {} as never })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(seen[0]!.signal.aborted).toBe(true);
    expect(new TextDecoder().decode(knownBody(seen[0]!))).toBe('{}');
  });

  it('sends a request with nothing to add as it came, and the caller’s abort still reaches it', async () => {
    const seen: Request[] = [];
    const hanging = (request: Request) => {
      seen.push(request);
      return new Promise<Response>((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }));
    };
    const client = createHogoClient({ baseUrl: BASE, fetch: hanging });
    const controller = new AbortController();
    const result = client.call('getHealth', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('navigated away')), 5);
    await expect(result).rejects.toThrow('navigated away');
    expect(seen[0]).toBeInstanceOf(Request);
    expect(seen[0]!.headers.has('authorization')).toBe(false);
  });
});

describe('a request the client made itself', () => {
  it('takes the token, Idempotency-Key and If-Match in place and goes on as it was made (no second Request)', async () => {
    const { fetch, seen } = keepingFetch(json({ householdId: 'H-1' }, 200, { etag: '"v1"' }), json({ householdId: 'H-1' }), json({ householdId: 'H-1' }));
    const client = createHogoClient({ baseUrl: BASE, fetch, token: 't', idempotencyKey: () => 'k-1' });
    await client.call('getHousehold', { path: { householdId: 'H-1' } } as never);
    await client.call('createHousehold', { body: { section: '第1係' } } as never);
    await client.call('updateHousehold', { path: { householdId: 'H-1' }, body: { section: '第2係' } } as never);
    expect(seen.every((request) => request instanceof KnownBodyRequest)).toBe(true);
    expect(seen.map((request) => request.headers.get('authorization'))).toEqual(['Bearer t', 'Bearer t', 'Bearer t']);
    expect(seen[1]!.headers.get('idempotency-key')).toBe('k-1');
    expect(seen[2]!.headers.get('if-match')).toBe('"v1"');
    expect(new TextDecoder().decode(knownBody(seen[2]!))).toBe('{"section":"第2係"}');
  });
});

describe('a request with nothing to add', () => {
  it('keeps being sent without the options the client does not pass on (as before)', async () => {
    const { fetch, seen } = keepingFetch(json({ status: 'ok' }));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    await client.GET('/health', { cache: 'no-store', keepalive: true } as never);
    expect(seen[0]!.cache).toBe('default');
    expect(seen[0]!.keepalive).toBe(false);
  });

  it('is plain only when made from a URL with nothing but method, headers, body, signal and redirect', () => {
    expect(isPlainRequest(new KnownBodyRequest('https://hogo.test/a', { method: 'POST', body: '{}', headers: {}, redirect: 'follow', signal: undefined }))).toBe(true);
    expect(isPlainRequest(new KnownBodyRequest('https://hogo.test/a', { cache: 'no-store' }))).toBe(false);
    expect(isPlainRequest(new KnownBodyRequest(new Request('https://hogo.test/a')))).toBe(false);
    expect(isPlainRequest(new Request('https://hogo.test/a'))).toBe(false);
  });
});
