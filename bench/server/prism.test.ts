/** The Prism harness fix (prism-preload.cjs) and the rule that a pass of mostly non-2xx answers fails the run. */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MostlyErrors, type Ready } from './common.ts';
import { cannon } from './parent.ts';
import { PRELOAD } from './prism.ts';

/** What Prism 5.14.2 does: JSON.stringify of violations quoting Japanese patterns, set as the sl-violations header. */
const violations = [{ location: ['response', 'body', 'name', 'familyKana'], message: 'must match pattern "^[ァ-ヶー　 ]*$"' }, { message: '世帯番号 “H-1” — é' }];
const script = (header: string, value: unknown) => `
const http = require('node:http');
const server = http.createServer((req, res) => {
  try { res.setHeader(${JSON.stringify(header)}, ${JSON.stringify(value)}); } catch (e) { res.setHeader('x-failed', e.message); }
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
  process.stdout.write(JSON.stringify(res.headers));
  server.close();
}));`;
const headersFrom = (preload: boolean, header: string, value: unknown) => {
  const run = spawnSync(process.execPath, [...(preload ? ['--require', PRELOAD] : []), '-e', script(header, value)], { encoding: 'latin1' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, string>;
};

describe('prism-preload.cjs', () => {
  const value = JSON.stringify(violations);

  it('without it, Node refuses the Japanese sl-violations header (the failure being fixed)', () => {
    expect(headersFrom(false, 'sl-violations', value)['x-failed']).toMatch(/Invalid character in header content/);
  });

  it('with it, sl-violations is printable ASCII and parses to the very same violations', () => {
    const got = headersFrom(true, 'sl-violations', value)['sl-violations']!;
    expect(got).toMatch(/^[\x20-\x7e]+$/);
    expect(got).toContain('\\u30a1-\\u30f6');
    expect(JSON.parse(got)).toEqual(violations);
  });

  it('escapes Latin-1 letters of sl-violations too (Node would send them as single bytes, not UTF-8)', () => {
    const got = headersFrom(true, 'sl-violations', JSON.stringify([{ message: 'é' }]))['sl-violations']!;
    expect(got).toBe('[{"message":"\\u00e9"}]');
  });

  it('escapes another header only when Node would refuse it, and leaves accepted values alone', () => {
    expect(headersFrom(true, 'x-note', '照会')['x-note']).toBe('\\u7167\\u4f1a');
    expect(headersFrom(true, 'etag', '"abc-1"')['etag']).toBe('"abc-1"');
    expect(headersFrom(true, 'sl-violations', '[]')['sl-violations']).toBe('[]');
  });
});

describe('cannon: non-2xx answers', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  /** A server answering 200 to the n-th request when ok(n), 422 otherwise. */
  const serve = (ok: (n: number) => boolean) => new Promise<Ready>((resolve) => {
    let count = 0;
    server = createServer((_req, res) => res.writeHead(ok(++count) ? 200 : 422, { 'content-type': 'application/json' }).end('{}'));
    server.listen(0, '127.0.0.1', () => resolve({ port: (server!.address() as { port: number }).port, households: [{ id: 'H-1', etag: '"e"' }] }));
  });
  const url = (ready: Ready) => `http://127.0.0.1:${ready.port}`;

  it('a server answering only errors fails the pass with MostlyErrors', async () => {
    const ready = await serve(() => false);
    await expect(cannon(url(ready), 'read', ready, 1, 2)).rejects.toBeInstanceOf(MostlyErrors);
  });

  it('a server answering errors two times in three fails the pass too', async () => {
    const ready = await serve((n) => n % 3 === 0);
    await expect(cannon(url(ready), 'read', ready, 1, 2)).rejects.toThrow(/most answers were not 2xx/);
  });

  it('a few errors are counted, not hidden', async () => {
    const ready = await serve((n) => n % 10 !== 0);
    const pass = await cannon(url(ready), 'read', ready, 1, 2);
    expect(pass.non2xx).toBeGreaterThan(0);
    expect(pass.rps).toBeGreaterThan(0);
  });
});
