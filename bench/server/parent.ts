/** The parent side of bench/server.ts: the load, the measurement per target, 総合照会 in a child. */
import { spawnSync } from 'node:child_process';
import { autocannon, median, MostlyErrors, percentile, ROOT, SECTIONS, SELF, TOKEN, type Edition, type Measured, type OperationName, type Pass, type Ready, type TargetName } from './common.ts';
import { paced, type NextRequest, type PacedPass } from './paced.ts';
import type { Pinning } from './pinning.ts';
import { startPrism } from './prism.ts';
import { children, startOwnServer, stopChild, type Running } from './process.ts';
import type { Work } from './work.ts';

export { children, stopChild };

export function startServer(target: TargetName, edition: Edition, pinning?: Pinning, work?: Work): Promise<Running> {
  if (target === 'prism') return startPrism(edition, pinning);
  if (target === 'bare-work') {
    if (!work) throw new Error('bare-work needs the reference server\'s own work (work.ts)');
    return startOwnServer('bare', edition, pinning, work);
  }
  return startOwnServer(target, edition, pinning);
}

/**
 * The households a write pass updates, each with its current ETag: a request takes one out and its answer puts it back
 * with the new ETag, so no two requests in flight touch the same household (more households than connections).
 */
class WritePool {
  readonly #free: { id: string; etag: string; turn: number }[];
  constructor(ready: Ready) {
    this.#free = ready.households.map((h) => ({ ...h, turn: 0 }));
  }

  /** The next household's path, If-Match and body (another section every turn), or undefined when all are in flight. */
  take(): { path: string; ifMatch: string; body: string; back: (etag: unknown) => void } | undefined {
    const household = this.#free.shift();
    if (!household) return undefined;
    household.turn++;
    const back = (etag: unknown) => {
      if (typeof etag === 'string') household.etag = etag;
      this.#free.push(household);
    };
    return { path: `/households/${household.id}`, ifMatch: household.etag, body: JSON.stringify({ section: SECTIONS[household.turn % SECTIONS.length] }), back };
  }
}

/**
 * The autocannon request list of an operation. autocannon resets the per-connection context after every request of a
 * one-request list, so the writes' state lives in the pool.
 */
export function requestsFor(operation: OperationName, ready: Ready): autocannon.Request[] {
  if (operation === 'read') return [{ method: 'GET', path: `/households/${ready.households[0]!.id}` }];
  const pool = new WritePool(ready);
  interface Context { back?: (etag: unknown) => void }
  return [{
    method: 'PATCH',
    setupRequest: (request, context: Context) => {
      const write = pool.take();
      if (!write) throw new Error('more connections than households');
      context.back = write.back;
      return { ...request, path: write.path, headers: { ...request.headers, 'if-match': write.ifMatch }, body: write.body };
    },
    onResponse: (_status: number, _body: string, context: Context, headers?: Record<string, string>) => {
      context.back?.(headers?.etag ?? headers?.ETag);
      context.back = undefined;
    },
  } as autocannon.Request];
}

/** The same requests for the paced pass (paced.ts): the same path, token, If-Match and bodies. */
export function pacedRequests(operation: OperationName, ready: Ready): NextRequest {
  if (operation === 'read') {
    const path = `/households/${ready.households[0]!.id}`;
    return () => ({ method: 'GET', path, headers: { authorization: TOKEN } });
  }
  const pool = new WritePool(ready);
  return () => {
    const write = pool.take();
    if (!write) return undefined;
    return {
      method: 'PATCH', path: write.path, body: write.body,
      headers: { authorization: TOKEN, 'content-type': 'application/json', 'if-match': write.ifMatch },
      done: (_status, headers) => write.back(headers.etag),
    };
  };
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
 * One autocannon pass at the peak (closed loop: every connection sends its next request when the answer is in).
 * Latencies are taken from autocannon's 'response' events (2xx only, in fractional ms): its own histogram keeps whole
 * milliseconds.
 */
export async function cannon(url: string, operation: OperationName, ready: Ready, seconds: number, connections: number): Promise<Pass> {
  if (operation === 'write') await currentEtags(url, ready);
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url,
      connections: operation === 'write' ? Math.min(connections, ready.households.length) : connections,
      duration: seconds,
      headers: { authorization: TOKEN, 'content-type': 'application/json' },
      requests: requestsFor(operation, ready),
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

/** One open-loop pass at a fixed rate (paced.ts), with the same requests as the peak passes. */
export async function atRate(url: string, operation: OperationName, ready: Ready, seconds: number, connections: number, rate: number): Promise<PacedPass> {
  if (operation === 'write') await currentEtags(url, ready);
  return paced(url, { rate, seconds, connections }, pacedRequests(operation, ready));
}

const OPERATIONS = ['read', 'write'] as const;
const failure = (target: TargetName, operation: OperationName, error: unknown): Measured =>
  ({ target, operation, failed: (error as Error).message.split('\n')[0]!.slice(0, 200), mostlyErrors: error instanceof MostlyErrors });

/**
 * All targets at once, taking turns: every server is started first (idle servers cost next to nothing), then each
 * pass of one target is followed by the same pass of the next, so a busy moment of a shared machine falls on all of
 * them alike and the ratios hold better than the absolute figures. Per operation: a 2 s warm-up, `runs` peak passes
 * (the median by requests/s), then one open-loop pass paced at half that median (paced.ts).
 */
export async function measureTargets(targets: TargetName[], edition: Edition, opts: { seconds: number; runs: number; connections: number; pinning?: Pinning; work?: Work }): Promise<Measured[]> {
  const out: Measured[] = [];
  const running = new Map<TargetName, Running>();
  try {
    for (const target of targets) {
      try {
        running.set(target, await startServer(target, edition, opts.pinning, opts.work));
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
        const half = await atRate(url, operation, ready, opts.seconds, opts.connections, rate);
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
