import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchLike } from '@hogo-kit/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { startEmbedded } from '../../src/embedded.ts';
import { smoke } from '../../src/smoke.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => { s.closeAllConnections(); s.close(done); })));
});

/** A local HTTP server answering with `handler` (or never, when it does not end the response). */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A fake target: each path answers the status and JSON given. */
function fake(routes: Record<string, [number, unknown]>): FetchLike {
  return async (request) => {
    const [status, body] = routes[new URL(request.url).pathname] ?? [404, { title: 'not found' }];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
}
const healthy = { '/health': [200, { status: 'ok' }] as [number, unknown] };
const stepsOf = async (options: Parameters<typeof smoke>[0]) => (await smoke(options)).steps.map((s) => `${s.id}:${s.status}`);

describe('hogo-conformance smoke', () => {
  it('passes against the embedded reference server, every step ok', async () => {
    const target = await startEmbedded('2.1');
    try {
      const result = await smoke({ baseUrl: target.baseUrl, edition: '2.1', tokens: target.tokens, fetch: target.fetch });
      expect(result.steps.map((s) => `${s.id}:${s.status}`)).toEqual(['health:ok', 'authentication:ok', 'token:ok', 'round-trip:ok']);
      expect(result.ok).toBe(true);
    } finally {
      await target.close();
    }
  });

  it('says the connection was refused when nothing listens, and tries nothing further', async () => {
    const url = await serve(() => {});
    const server = servers.pop()!;
    await new Promise((done) => server.close(done));
    const result = await smoke({ baseUrl: url, edition: '2.1', tokens: { caseworker: 't' } });
    expect(result.ok).toBe(false);
    expect(result.steps[0]?.message.ja).toMatch(/接続を拒否/);
    expect(result.steps.slice(1).every((s) => s.status === 'skip')).toBe(true);
  });

  it('gives up on a target that never answers within the time-out', async () => {
    const url = await serve(() => {});
    const started = Date.now();
    const result = await smoke({ baseUrl: url, edition: '2.1', tokens: { caseworker: 't' }, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.steps[0]?.message.en).toMatch(/no answer within 300 ms/);
  });

  it('gives up, too, through a fetch that never settles and ignores its signal', async () => {
    const deaf: FetchLike = () => new Promise(() => {});
    const result = await smoke({ baseUrl: 'http://x.test', edition: '2.1', tokens: { caseworker: 't' }, fetch: deaf, timeoutMs: 300 });
    expect(result.ok).toBe(false);
    expect(result.steps[0]?.message.en).toMatch(/no answer within 300 ms/);
  }, 10_000);

  it('names a 500, a wrong content type and a wrong base URL at GET /health', async () => {
    const failing = await serve((_, res) => res.writeHead(500).end('boom'));
    expect((await smoke({ baseUrl: failing, edition: '2.1', tokens: {} })).steps[0]?.message.en).toMatch(/status 500/);
    const html = await serve((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'));
    expect((await smoke({ baseUrl: html, edition: '2.1', tokens: {} })).steps[0]?.message.en).toMatch(/not answer JSON/);
    expect((await smoke({ baseUrl: 'http://x.test/api', edition: '2.1', tokens: {}, fetch: fake({}) })).steps[0]?.message.ja).toMatch(/ルート URL/);
  });

  it('fails a target that serves personal data without a credential, or refuses the token', async () => {
    const open = fake({ ...healthy, '/households': [200, { items: [] }], '/conformance': [401, {}] });
    expect(await stepsOf({ baseUrl: 'http://x.test', edition: '2.1', tokens: { caseworker: 't' }, fetch: open })).toEqual(['health:ok', 'authentication:fail', 'token:fail', 'round-trip:skip']);
    const refusing = fake({ ...healthy, '/households': [401, {}], '/conformance': [401, {}] });
    const result = await smoke({ baseUrl: 'http://x.test', edition: '2.1', tokens: { caseworker: 't' }, fetch: refusing });
    expect(result.steps[2]?.message.ja).toMatch(/caseworker のトークンが拒否/);
  });

  it('asks for a token when none is configured, naming the environment variable', async () => {
    const result = await smoke({ baseUrl: 'http://x.test', edition: '2.1', tokens: {}, fetch: fake({ ...healthy, '/households': [401, {}] }) });
    expect(result.ok).toBe(false);
    expect(result.steps[2]?.message.en).toMatch(/HOGO_TOKEN_CASEWORKER/);
  });

  it('warns (and passes) when the declaration is for another edition', async () => {
    const declaration = { edition: '2.0', product: { name: 'X', vendor: 'V', version: '1', build: 'b' }, options: [], declaredAt: '2026-01-01T00:00:00Z' };
    const target = fake({ ...healthy, '/households': [401, {}], '/conformance': [200, declaration] });
    const result = await smoke({ baseUrl: 'http://x.test', edition: '2.1', tokens: { supervisor: 't' }, fetch: target });
    expect(result.steps.map((s) => s.status)).toEqual(['ok', 'ok', 'warn', 'skip']);
    expect(result.ok).toBe(true);
  });

  it('exits 0 on the embedded default and 1 on an unreachable target, printing a line per step', async () => {
    const lines: string[] = [];
    expect(await main(['smoke'], (l) => lines.push(l), () => {})).toBe(0);
    expect(lines.filter((l) => /^✓ /.test(l))).toHaveLength(4);
    const url = await serve((_, res) => res.writeHead(503).end());
    expect(await main(['smoke', '--target', url], () => {}, () => {})).toBe(1);
    expect(await main(['smoke', '--target', 'ftp://x'], () => {}, () => {})).toBe(2);
  });
});
