/** The parent side of bench/server.ts: starting and stopping the servers, the load, the measurement per target. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { autocannon, median, percentile, ROOT, SECTIONS, SELF, TOKEN, type Edition, type Measured, type OperationName, type Pass, type Ready, type TargetName } from './common.ts';
export interface Running {
  ready: Ready;
  child: ChildProcess;
}

export const children = new Set<ChildProcess>();

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Resolves with the first stdout line that matches, rejects if the child exits first or after the timeout. */
export function waitFor<T>(child: ChildProcess, match: (line: string) => T | undefined, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const timer = setTimeout(() => reject(new Error(`${what} not ready after ${timeoutMs / 1000} s: ${stderr.trim()}`)), timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const found = match(line);
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited ${code}: ${stderr.trim()}`));
    });
  });
}

export async function startServer(target: TargetName, edition: Edition): Promise<Running> {
  if (target === 'prism') {
    const port = await freePort();
    let bin: string;
    try {
      bin = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
    } catch {
      throw new Error('@stoplight/prism-cli is not installed (5.14.2 exits on the first request to this contract: Japanese text in its sl-violations header; see bench/README.md)');
    }
    const child = spawn(process.execPath, [bin, 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'silent', join('spec', 'dist', edition, 'openapi.json')], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    children.add(child);
    // silent: no "listening" line, so poll the port.
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.stdout!.resume();
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`prism exited ${code}: ${stderr.split('\n').find((l) => /Error/.test(l))?.trim() ?? stderr.trim().slice(-200)}`))));
    exited.catch(() => undefined); // also rejects when the child is stopped at the end
    const ready = (async () => {
      for (let i = 0; i < 600; i++) {
        try {
          await fetch(`http://127.0.0.1:${port}/households/H-000001`, { headers: { authorization: TOKEN } });
          return;
        } catch {
          await sleep(100);
        }
      }
      throw new Error('prism did not listen within 60 s');
    })();
    await Promise.race([ready, exited]);
    const ids = Array.from({ length: 100 }, (_, i) => ({ id: `H-${String(i + 1).padStart(6, '0')}`, etag: '"prism"' }));
    return { child, ready: { port, households: ids } };
  }
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve', target, '--edition', edition], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  const ready = await waitFor(child, (line) => (line.startsWith('{') ? (JSON.parse(line) as Ready) : undefined), 120_000, target);
  return { child, ready };
}

export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
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
      if (latencies.length === 0) return reject(new Error(`no 2xx answers (${result.non2xx} non-2xx, ${result.errors} errors)`));
      resolve({ rps: result.requests.average, p50: percentile(latencies, 50), p99: percentile(latencies, 99), non2xx: result.non2xx, errors: result.errors + result.timeouts });
    });
    instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      if (status >= 200 && status < 300) latencies.push(time);
    });
  });
}

export async function measureTarget(target: TargetName, edition: Edition, opts: { seconds: number; runs: number; connections: number }): Promise<Measured[]> {
  const out: Measured[] = [];
  let server: Running | undefined;
  try {
    server = await startServer(target, edition);
    const url = `http://127.0.0.1:${server.ready.port}`;
    for (const operation of ['read', 'write'] as const) {
      try {
        await cannon(url, operation, server.ready, 2, opts.connections); // warm-up
        const passes: Pass[] = [];
        for (let i = 0; i < opts.runs; i++) passes.push(await cannon(url, operation, server.ready, opts.seconds, opts.connections));
        const mid = passes.find((p) => p.rps === median(passes.map((q) => q.rps)))!;
        const rate = Math.max(1, Math.round(mid.rps / 2));
        const half = await cannon(url, operation, server.ready, opts.seconds, opts.connections, rate);
        out.push({ target, operation, peak: { ...mid, runs: passes.map((p) => p.rps) }, half: { ...half, rate } });
      } catch (error) {
        out.push({ target, operation, failed: (error as Error).message.split('\n')[0]! });
      }
    }
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]!.slice(0, 200);
    for (const operation of ['read', 'write'] as const) out.push({ target, operation, failed: reason });
  } finally {
    if (server) {
      await stopChild(server.child);
      children.delete(server.child);
    }
  }
  return out;
}

export function inquiry(edition: Edition): { systems: number; p50: number; p95: number; p99: number } | string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--inquiry', '--edition', edition], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) return `failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`;
  return JSON.parse(run.stdout) as { systems: number; p50: number; p95: number; p99: number };
}
