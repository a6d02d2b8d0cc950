import { knownBody, requestWithBody } from '@hogo-kit/sdk';
import { describe, expect, it } from 'vitest';
import { responseWithBody, takesSignal } from '../../src/engine/evidence.ts';
import { runChecks } from '../../src/engine/runner.ts';
import { injectedRequest } from '../../src/inject-fetch.ts';
import { check, fakeTarget, json, options, v21 } from './fakes.ts';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const answer = (body: string) => responseWithBody(new TextEncoder().encode(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('the recorder and a fetch that takes the check’s signal beside the request', () => {
  it('gets the client’s own request (its body known) and the check’s signal, which a time-out aborts', async () => {
    const received: { request: Request; signal: AbortSignal | undefined }[] = [];
    const hanging = takesSignal((request, signal) => {
      received.push({ request, signal });
      return new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    });
    const checks = [check('c.hangs', async (ctx) => void (await v21(ctx.as('caseworker')).call('verifyAuditLog', { body: { from: '2025-04-01' } as never })))];
    const [result] = await runChecks(checks, options({ fetch: hanging }, { timeoutMs: 100 }));
    expect(result!.status).toBe('error');
    expect(result!.message!.en).toMatch(/^Timed out/);
    expect(received).toHaveLength(1);
    const [{ request, signal }] = received as [(typeof received)[0]];
    expect(signal?.aborted).toBe(true);
    expect((signal?.reason as DOMException).name).toBe('TimeoutError');
    expect(text(knownBody(request))).toBe('{"from":"2025-04-01"}');
    expect(request.headers.get('authorization')).toMatch(/^Bearer /);
    expect(result!.evidence[0]!.request).toMatchObject({ method: 'POST', body: { from: '2025-04-01' }, headers: { authorization: 'Bearer [redacted]' } });
  });

  it('hands on an answer made by responseWithBody unread, and records its body', async () => {
    const made: Response[] = [];
    const target = takesSignal(async () => {
      made.push(answer('{"status":"ok","note":"稼働中"}'));
      return made[made.length - 1]!;
    });
    let handed: Response | undefined;
    let data: unknown;
    const checks = [check('c.read', async (ctx) => void ({ response: handed, data } = await v21(ctx.anonymous()).GET('/health')))];
    const [result] = await runChecks(checks, options({ fetch: target }));
    expect(result!.status).toBe('pass');
    expect(handed).toBe(made[0]);
    expect(data).toEqual({ status: 'ok', note: '稼働中' });
    expect(result!.evidence[0]!.response).toMatchObject({ status: 200, body: { status: 'ok', note: '稼働中' } });
  });
});

describe('the recorder and any other fetch', () => {
  it('gets a new Request with the same body, recorded, whose signal a time-out of the check aborts', async () => {
    const received: Request[] = [];
    const hanging = async (request: Request) => {
      received.push(request);
      return new Promise<Response>((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }));
    };
    const checks = [check('c.post', async (ctx) => void (await v21(ctx.as('caseworker')).call('verifyAuditLog', { body: { from: '2025-04-01', note: '監査' } as never })))];
    const [result] = await runChecks(checks, options({ fetch: hanging }, { timeoutMs: 100 }));
    expect(result!.status).toBe('error');
    const [request] = received as [Request];
    expect(request.signal.aborted).toBe(true);
    expect((request.signal.reason as DOMException).name).toBe('TimeoutError');
    expect(await request.text()).toBe('{"from":"2025-04-01","note":"監査"}');
    expect(result!.evidence[0]!.request!.body).toEqual({ from: '2025-04-01', note: '監査' });
  });

  it('reads an answer it does not know and hands on a Response over the same bytes', async () => {
    const target = fakeTarget(async () => json(200, { valid: true, note: '正常' }));
    let data: unknown;
    const checks = [check('c.post', async (ctx) => void ({ data } = await v21(ctx.as('caseworker')).POST('/audit-log/verification', { body: {} as never })))];
    const [result] = await runChecks(checks, options(target));
    expect(result!.status).toBe('pass');
    expect(await target.seen[0]!.text()).toBe('{}');
    expect(data).toEqual({ valid: true, note: '正常' });
    expect(result!.evidence[0]!.response!.body).toEqual({ valid: true, note: '正常' });
  });
});

describe('injectedRequest', () => {
  it('takes a known body as it is, and reads any other', async () => {
    const bytes = new TextEncoder().encode('{"a":"あ"}');
    const known = await injectedRequest(requestWithBody('http://ref.test/households?limit=2', { method: 'POST', body: bytes, headers: { 'x-a': '1' } }));
    expect(known).toEqual({ method: 'POST', url: '/households?limit=2', headers: { 'x-a': '1' }, payload: bytes });
    const read = await injectedRequest(new Request('http://ref.test/h', { method: 'POST', body: '{"a":"あ"}' }));
    expect(text(read.payload)).toBe('{"a":"あ"}');
    const none = await injectedRequest(new Request('http://ref.test/h', { method: 'POST', body: '' }));
    expect(none).not.toHaveProperty('payload');
  });
});
