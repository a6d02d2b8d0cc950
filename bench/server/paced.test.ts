import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MostlyErrors } from './common.ts';
import { paced, type PacedRequest } from './paced.ts';
import { cpuList } from './pinning.ts';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A local server; `answer` decides each reply (the n-th request, from 0). Returns its URL and the arrival times. */
async function serve(answer: (n: number, req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<{ url: string; arrivals: number[] }> {
  const arrivals: number[] = [];
  server = http.createServer((req, res) => {
    arrivals.push(performance.now());
    req.resume();
    req.on('end', () => answer(arrivals.length - 1, req, res));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, arrivals };
}

const ok = (_n: number, _req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(200, { etag: '"x"' }).end('{}');
const get = (): PacedRequest => ({ method: 'GET', path: '/', headers: {} });

describe('paced (the open-loop pass at half the peak)', () => {
  it('sends rate × (settle + seconds) requests spread over the time, and counts only the measured part', async () => {
    const { url, arrivals } = await serve(ok);
    const pass = await paced(url, { rate: 200, seconds: 1, settle: 0.5, connections: 4 }, get);
    expect(arrivals).toHaveLength(300);
    expect(pass.answered).toBe(200);
    expect([pass.non2xx, pass.errors]).toEqual([0, 0]);
    // evenly spaced, not sent in bursts: autocannon's overallRate would put a second's share into its first few ms
    const windows = new Map<number, number>();
    for (const t of arrivals) windows.set(Math.floor((t - arrivals[0]!) / 100), (windows.get(Math.floor((t - arrivals[0]!) / 100)) ?? 0) + 1);
    expect(windows.size).toBeGreaterThanOrEqual(12);
    expect(Math.max(...windows.values())).toBeLessThanOrEqual(150);
  });

  it('counts a latency from when the request fell due, so a server that stalls shows it (no coordinated omission)', async () => {
    const { url } = await serve((n, _req, res) => {
      if (n === 60) setTimeout(() => ok(n, _req, res), 400);
      else ok(n, _req, res);
    });
    // one connection: the requests due while the 61st is held wait for it, and their waiting counts
    const pass = await paced(url, { rate: 100, seconds: 1, settle: 0.5, connections: 1 }, get);
    expect(pass.answered).toBe(100);
    expect(pass.p99).toBeGreaterThanOrEqual(300);
  });

  it('holds a due request while the next one cannot be made (all writes in flight) and sends it later; done sees the headers', async () => {
    const { url, arrivals } = await serve(ok);
    let free = 1;
    const seen: string[] = [];
    const next = (): PacedRequest | undefined => {
      if (free === 0) return undefined;
      free--;
      return { method: 'PATCH', path: '/h', headers: { 'content-type': 'application/json' }, body: '{"a":1}', done: (status, headers) => {
        free++;
        seen.push(`${status} ${headers.etag}`);
      } };
    };
    const pass = await paced(url, { rate: 100, seconds: 0.5, settle: 0.1, connections: 4 }, next);
    expect(arrivals).toHaveLength(60);
    expect(pass.answered).toBe(50);
    expect(new Set(seen)).toEqual(new Set(['200 "x"']));
  });

  it('counts non-2xx answers and fails a pass where most answers are not 2xx', async () => {
    const some = await serve((n, _req, res) => (n % 10 === 0 ? res.writeHead(503).end() : ok(n, _req, res)));
    const pass = await paced(some.url, { rate: 100, seconds: 0.5, settle: 0, connections: 2 }, get);
    expect(pass.non2xx).toBe(5);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const most = await serve((_n, _req, res) => res.writeHead(500).end());
    const failing = paced(most.url, { rate: 100, seconds: 0.3, settle: 0, connections: 2 }, get);
    await expect(failing).rejects.toBeInstanceOf(MostlyErrors);
  });
});

describe('cpuList (taskset -c -p)', () => {
  it('reads single CPUs, ranges and both mixed', () => {
    expect(cpuList("pid 7's current affinity list: 0,1\n")).toEqual([0, 1]);
    expect(cpuList("pid 7's current affinity list: 0-3,6\n")).toEqual([0, 1, 2, 3, 6]);
    expect(cpuList('taskset: failed')).toEqual([]);
  });
});
