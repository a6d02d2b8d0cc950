/** The parent side of bench/server.ts: the load, the measurement per target, 総合照会 in a child. */
import { spawnSync } from 'node:child_process';
import { autocannon, median, MostlyErrors, percentile, ROOT, SECTIONS, SELF, TOKEN, type Edition, type Measured, type OperationName, type Pass, type Ready, type TargetName } from './common.ts';
import { startPrism } from './prism.ts';
import { children, startOwnServer, stopChild, type Running } from './process.ts';

export { children, stopChild };

export function startServer(target: TargetName, edition: Edition): Promise<Running> {
  return target === 'prism' ? startPrism(edition) : startOwnServer(target, edition);
}

/**
 * The autocannon request list of an operation. Writes: a pool of households, each with its current ETag; a request
 * takes one out and its answer puts it back with the new ETag, so no two requests in flight touch the same household
 * (one request in flight per connection, more households than connections). autocannon resets the per-connection
 * context after every request of a one-request list, so the state lives in the pool.
 */
export function requestsFor(operation: OperationName, ready: Ready): autocannon.Request[] {
  const target = ready.households[0]!;
  if (operation === 'read') return [{ method: 'GET', path: `/households/${target.id}` }];
  const pool = ready.households.map((h) => ({ ...h, turn: 0 }));
  interface Context { household?: (typeof pool)[number] }
  return [{
    method: 'PATCH',
    setupRequest: (request, context: Context) => {
      const household = pool.shift();
      if (!household) throw new Error('more connections than households');
      context.household = household;
      household.turn++;
      return {
        ...request,
        path: `/households/${household.id}`,
        headers: { ...request.headers, 'if-match': household.etag },
        body: JSON.stringify({ section: SECTIONS[household.turn % SECTIONS.length] }),
      };
    },
    onResponse: (_status: number, _body: string, context: Context, headers?: Record<string, string>) => {
      const household = context.household;
      if (!household) return;
      const etag = headers?.etag ?? headers?.ETag;
      if (etag) household.etag = etag;
      pool.push(household);
      context.household = undefined;
    },
  } as autocannon.Request];
}

/** Before a write pass: the current ETag of every household (requests cut off at the end of a pass leave them stale). */
export async function currentEtags(url: string, ready: Ready): Promise<void> {
  for (const household of ready.households) {
    const res = await fetch(`${url}/households/${household.id}`, { headers: { authorization: TOKEN } });
    await res.arrayBuffer();
    const etag = res.headers.get('etag');
    if (etag) household.etag = etag;
  }
}

/**
 * One autocannon pass. Latencies are taken from autocannon's 'response' events (2xx only, in fractional ms): its own
 * histogram keeps whole milliseconds and, with a rate, adds coordinated-omission corrections at a 1 ms interval.
 */
export async function cannon(url: string, operation: OperationName, ready: Ready, seconds: number, connections: number, overallRate?: number): Promise<Pass> {
  if (operation === 'write') await currentEtags(url, ready);
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url,
      connections: operation === 'write' ? Math.min(connections, ready.households.length) : connections,
      duration: seconds,
      headers: { authorization: TOKEN, 'content-type': 'application/json' },
      requests: requestsFor(operation, ready),
      ...(overallRate ? { overallRate } : {}),
    }, (error, result) => {
      if (error) return reject(error);
      const failed = result.non2xx + result.errors + result.timeouts;
      if (failed >= latencies.length) return reject(new MostlyErrors(`most answers were not 2xx: ${latencies.length} 2xx, ${result.non2xx} non-2xx, ${result.errors + result.timeouts} errors`));
      resolve({ rps: result.requests.average, p50: percentile(latencies, 50), p99: percentile(latencies, 99), non2xx: result.non2xx, errors: result.errors + result.timeouts });
    });
    instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      if (status >= 200 && status < 300) latencies.push(time);
    });
  });
}

const OPERATIONS = ['read', 'write'] as const;
const failure = (target: TargetName, operation: OperationName, error: unknown): Measured =>
  ({ target, operation, failed: (error as Error).message.split('\n')[0]!.slice(0, 200), mostlyErrors: error instanceof MostlyErrors });

/**
 * All targets at once, taking turns: every server is started first (idle servers cost next to nothing), then each
 * pass of one target is followed by the same pass of the next, so a busy moment of a shared machine falls on all of
 * them alike and the ratios hold better than the absolute figures. Per operation: a 2 s warm-up, `runs` peak passes
 * (the median by requests/s), then one pass at half that median (autocannon `overallRate`).
 */
export async function measureTargets(targets: TargetName[], edition: Edition, opts: { seconds: number; runs: number; connections: number }): Promise<Measured[]> {
  const out: Measured[] = [];
  const running = new Map<TargetName, Running>();
  try {
    for (const target of targets) {
      try {
        running.set(target, await startServer(target, edition));
      } catch (error) {
        for (const operation of OPERATIONS) out.push(failure(target, operation, error));
      }
    }
    for (const operation of OPERATIONS) {
      const failed = new Map<TargetName, unknown>();
      const passes = new Map<TargetName, Pass[]>();
      const inTurn = async (step: (target: TargetName, url: string, ready: Ready) => Promise<unknown>) => {
        for (const [target, server] of running) {
          if (failed.has(target)) continue;
          try {
            await step(target, `http://127.0.0.1:${server.ready.port}`, server.ready);
          } catch (error) {
            failed.set(target, error);
          }
        }
      };
      await inTurn((_, url, ready) => cannon(url, operation, ready, 2, opts.connections)); // warm-up
      for (let i = 0; i < opts.runs; i++) {
        await inTurn(async (target, url, ready) => passes.set(target, [...(passes.get(target) ?? []), await cannon(url, operation, ready, opts.seconds, opts.connections)]));
      }
      await inTurn(async (target, url, ready) => {
        const list = passes.get(target)!;
        const mid = list.find((p) => p.rps === median(list.map((q) => q.rps)))!;
        const rate = Math.max(1, Math.round(mid.rps / 2));
        const half = await cannon(url, operation, ready, opts.seconds, opts.connections, rate);
        out.push({ target, operation, peak: { ...mid, runs: list.map((p) => p.rps) }, half: { ...half, rate } });
      });
      for (const [target, error] of failed) out.push(failure(target, operation, error));
    }
  } finally {
    for (const server of running.values()) {
      await stopChild(server.child);
      children.delete(server.child);
    }
  }
  return out.sort((x, y) => targets.indexOf(x.target) - targets.indexOf(y.target));
}

export function inquiry(edition: Edition): { systems: number; p50: number; p95: number; p99: number } | string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--inquiry', '--edition', edition], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) return `failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`;
  return JSON.parse(run.stdout) as { systems: number; p50: number; p95: number; p99: number };
}
