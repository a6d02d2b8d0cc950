/**
 * Throughput and latency of the reference server over HTTP (issue #7), side by side in the same run with
 *
 * - bare fastify: one route per operation serving the same payload through the same JSON Schema validators (the
 *   SDK's compiled ajv schemas of the edition) and nothing else: no authentication, authorisation, ETag, store or
 *   audit — the practical ceiling;
 * - Stoplight Prism's mock of the same contract (spec/dist/<edition>/openapi.json), in its own child process.
 *
 * Two operations, each with authentication, authorisation, the ETag and the audit entry on:
 *
 * - read: GET /households/{id} of a demo household with members (caseworker token);
 * - validated write: PATCH /households/{id} with If-Match. Every autocannon connection owns one demo household and
 *   sends the ETag of its own previous answer, so every PATCH is a real update (412/428 would count as errors).
 *
 * Per target and operation: a short warm-up, `--runs` peak passes (median requests/s, p50, p99), then one pass at a
 * fixed overall rate of half the median peak (autocannon `overallRate`) for the p99 at half load. Every server is a
 * fresh child process listening on 127.0.0.1; autocannon runs in this process. Also the p95 of 総合照会
 * (POST /comprehensive-inquiries, 8 simulated systems) in-process with app.inject, 200 requests, in a fresh child.
 *
 *   npx tsx bench/server.ts                      # prints a Markdown table
 *   npx tsx bench/server.ts --write              # … and puts the figures into bench/README.md
 *   npx tsx bench/server.ts --duration 5 --runs 3 --connections 10 --targets reference,bare,prism
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

/** The part of autocannon's API used here (the package ships no types; @types/autocannon is not a dependency). */
declare namespace autocannon {
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers?: Record<string, string>) => void;
  }
  interface Result { requests: { average: number }; non2xx: number; errors: number; timeouts: number }
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: autocannon.Result) => void) => { on: (event: 'response', listener: (client: unknown, status: number, bytes: number, time: number) => void) => void };
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const README = fileURLToPath(new URL('./README.md', import.meta.url));
const START = '<!-- server:start -->';
const END = '<!-- server:end -->';
const TOKEN = 'Bearer dev-caseworker';
const SECTIONS = ['第1係', '第2係'];

type Edition = '2.0' | '2.1';
type TargetName = 'reference' | 'bare' | 'prism';
type OperationName = 'read' | 'write';

/** What a server child reports once it listens. */
interface Ready {
  port: number;
  /** Household ids with members, and their current ETags (the first one is the read target). */
  households: { id: string; etag: string }[];
}

interface Pass {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

interface Measured {
  target: TargetName;
  operation: OperationName;
  peak?: Pass & { runs: number[] };
  half?: Pass & { rate: number };
  failed?: string;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

// ---------------------------------------------------------------------------------------------------------------
// Children

/** The households of a freshly seeded reference server that have members, with their ETags. */
async function demoHouseholds(edition: Edition) {
  const { buildApp } = await import('@hogo-kit/reference-server');
  const ref = await buildApp({ edition, seed: 'demo', docs: false });
  const list = await ref.app.inject({ method: 'GET', url: '/households?limit=100', headers: { authorization: TOKEN } });
  const items = (JSON.parse(list.body) as { items: { householdId: string; members?: unknown[] }[] }).items.filter((h) => (h.members?.length ?? 0) > 0);
  return { ref, items };
}

/** Child: the reference server with the demo seed, listening on a free local port. */
async function serveReference(edition: Edition): Promise<{ close: () => Promise<unknown>; ready: Ready }> {
  const { ref, items } = await demoHouseholds(edition);
  const households = [];
  for (const item of items) {
    const got = await ref.app.inject({ method: 'GET', url: `/households/${item.householdId}`, headers: { authorization: TOKEN } });
    households.push({ id: item.householdId, etag: String(got.headers.etag) });
  }
  await ref.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (ref.app.server.address() as { port: number }).port;
  return { close: () => ref.app.close(), ready: { port, households } };
}

/** Child: bare fastify serving the same household payload through the same compiled JSON Schemas, nothing else. */
async function serveBare(edition: Edition): Promise<{ close: () => Promise<unknown>; ready: Ready }> {
  const { default: Fastify } = await import('fastify');
  const { editionSchemas } = await import('../sdk/src/engine/schemas.ts');
  const { ref, items } = await demoHouseholds(edition);
  const payloads = new Map<string, Record<string, unknown>>();
  for (const item of items) {
    const got = await ref.app.inject({ method: 'GET', url: `/households/${item.householdId}`, headers: { authorization: TOKEN } });
    payloads.set(item.householdId, JSON.parse(got.body) as Record<string, unknown>);
  }
  await ref.app.close();
  const schemas = editionSchemas(edition);
  const validator = (id: string) => {
    const found = schemas.body.getSchema(id);
    if (!found) throw new Error(`no schema ${id}`);
    return found;
  };
  const household = validator('Household.json');
  const householdPatch = validator('HouseholdPatch.json');
  const idParams = schemas.params.compile({ type: 'object', required: ['householdId'], properties: { householdId: { type: 'string', maxLength: 64 } } });
  const app = Fastify({ logger: false });
  // The SDK's validators stand in for fastify's own compiler: the same schemas, the same ajv options.
  app.setValidatorCompiler(({ schema }) => ((schema as { $id?: string }).$id === 'HouseholdPatch.json' ? householdPatch : idParams));
  const respond = (value: Record<string, unknown> | undefined) => {
    if (value === undefined) return { status: 404, body: { title: 'Not Found' } };
    if (!household(value)) throw new Error('response violates Household.json');
    return { status: 200, body: value };
  };
  app.get('/households/:householdId', { schema: { params: { $id: 'params' } } }, async (request, reply) => {
    const out = respond(payloads.get((request.params as { householdId: string }).householdId));
    return reply.code(out.status).send(out.body);
  });
  app.patch('/households/:householdId', { schema: { params: { $id: 'params' }, body: { $id: 'HouseholdPatch.json' } } }, async (request, reply) => {
    const id = (request.params as { householdId: string }).householdId;
    const current = payloads.get(id);
    const out = respond(current && { ...current, ...(request.body as Record<string, unknown>) });
    return reply.code(out.status).send(out.body);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  return { close: () => app.close(), ready: { port, households: items.map((h) => ({ id: h.householdId, etag: '"bare"' })) } };
}

async function serveChild(target: 'reference' | 'bare', edition: Edition): Promise<void> {
  const server = target === 'reference' ? await serveReference(edition) : await serveBare(edition);
  process.stdout.write(`${JSON.stringify(server.ready)}\n`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop()); // the parent went away
  process.stdin.resume();
}

/** Child: 総合照会 in-process (app.inject), warm-up then 200 timed requests; figures as JSON on stdout. */
async function inquiryChild(edition: Edition): Promise<void> {
  const { ref, items } = await demoHouseholds(edition);
  const got = await ref.app.inject({ method: 'GET', url: `/households/${items[0]!.householdId}`, headers: { authorization: TOKEN } });
  const member = (JSON.parse(got.body) as { members: { memberId: string; addressNumber?: string }[] }).members.find((m) => m.addressNumber);
  if (!member) throw new Error('no demo member with a 宛名番号');
  const inquire = () => ref.app.inject({
    method: 'POST', url: '/comprehensive-inquiries', headers: { authorization: TOKEN, 'content-type': 'application/json' },
    payload: { memberId: member.memberId, purpose: 'review' },
  });
  const first = await inquire();
  if (first.statusCode >= 300) throw new Error(`POST /comprehensive-inquiries answered ${first.statusCode}: ${first.body}`);
  const systems = (JSON.parse(first.body) as { results: unknown[] }).results.length;
  for (let i = 0; i < 20; i++) await inquire();
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    const res = await inquire();
    times.push(performance.now() - started);
    if (res.statusCode >= 300) throw new Error(`POST /comprehensive-inquiries answered ${res.statusCode}`);
  }
  await ref.app.close();
  process.stdout.write(JSON.stringify({ systems, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Parent

interface Running {
  ready: Ready;
  child: ChildProcess;
}

const children = new Set<ChildProcess>();

function stopChild(child: ChildProcess): Promise<void> {
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
function waitFor<T>(child: ChildProcess, match: (line: string) => T | undefined, timeoutMs: number, what: string): Promise<T> {
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

async function startServer(target: TargetName, edition: Edition): Promise<Running> {
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

async function freePort(): Promise<number> {
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
function requestsFor(operation: OperationName, ready: Ready): autocannon.Request[] {
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
async function currentEtags(url: string, ready: Ready): Promise<void> {
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
async function cannon(url: string, operation: OperationName, ready: Ready, seconds: number, connections: number, overallRate?: number): Promise<Pass> {
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

async function measureTarget(target: TargetName, edition: Edition, opts: { seconds: number; runs: number; connections: number }): Promise<Measured[]> {
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

function inquiry(edition: Edition): { systems: number; p50: number; p95: number; p99: number } | string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--inquiry', '--edition', edition], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) return `failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`;
  return JSON.parse(run.stdout) as { systems: number; p50: number; p95: number; p99: number };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const rps = (value: number) => Math.round(value).toLocaleString('en-US');
const LABEL: Record<TargetName, string> = { reference: 'reference server 参照サーバ', bare: 'bare fastify 素の fastify', prism: 'Prism mock' };
const OPERATION: Record<OperationName, string> = { read: 'read 照会 GET /households/{id}', write: 'validated write 変更 PATCH /households/{id} (If-Match)' };
const TARGETS: Record<OperationName, { bare: number; prism: number }> = { read: { bare: 0.5, prism: 8 }, write: { bare: 0.4, prism: 5 } };

function report(results: Measured[], edition: Edition, opts: { seconds: number; runs: number; connections: number }, inq: ReturnType<typeof inquiry>): string {
  const lines = [
    `${new Date().toISOString().slice(0, 10)} — ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, edition ${edition}; autocannon ${opts.connections} connections, ${opts.seconds} s per pass, median of ${opts.runs} peak pass(es) after a 2 s warm-up; every server a fresh child process on 127.0.0.1`,
    '',
    '| 操作 operation | 対象 server | requests/s (peak) | p50 | p99 | p99 at half the peak (rate) | non-2xx / errors |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const operation of ['read', 'write'] as const) {
    for (const r of results.filter((x) => x.operation === operation)) {
      if (!r.peak || !r.half) {
        lines.push(`| ${OPERATION[operation]} | ${LABEL[r.target]} | not measured (${r.failed ?? 'unknown'}) | | | | |`);
        continue;
      }
      lines.push(`| ${OPERATION[operation]} | ${LABEL[r.target]} | ${rps(r.peak.rps)} | ${ms(r.peak.p50)} | ${ms(r.peak.p99)} | ${ms(r.half.p99)} (${rps(r.half.rate)}/s) | ${r.peak.non2xx + r.half.non2xx} / ${r.peak.errors + r.half.errors} |`);
    }
  }
  lines.push('');
  for (const operation of ['read', 'write'] as const) {
    const get = (t: TargetName) => results.find((x) => x.operation === operation && x.target === t);
    const ref = get('reference');
    const bare = get('bare');
    const prism = get('prism');
    const goal = TARGETS[operation];
    const parts: string[] = [];
    if (ref?.peak && bare?.peak) {
      const ratio = ref.peak.rps / bare.peak.rps;
      parts.push(`${Math.round(ratio * 100)} % of bare fastify (target ≥ ${goal.bare * 100} %: ${ratio >= goal.bare ? 'met' : 'not met'})`);
    } else parts.push('vs bare fastify: not measured');
    if (ref?.peak && prism?.peak) {
      const ratio = ref.peak.rps / prism.peak.rps;
      parts.push(`× ${ratio.toFixed(1)} Prism (target ≥ × ${goal.prism}: ${ratio >= goal.prism ? 'met' : 'not met'})`);
    } else parts.push(`vs Prism: not measured${prism?.failed ? ` (${prism.failed})` : ''}`);
    if (ref?.half) parts.push(`p99 at half the peak ${ms(ref.half.p99)} (target < 5 ms: ${ref.half.p99 < 5 ? 'met' : 'not met'})`);
    lines.push(`- Reference server, ${operation}: ${parts.join('; ')}.`);
  }
  lines.push(typeof inq === 'string'
    ? `- 総合照会 POST /comprehensive-inquiries: ${inq}.`
    : `- 総合照会 POST /comprehensive-inquiries (one person, ${inq.systems} simulated systems), in-process app.inject, 200 requests after 20 warm-up: p50 ${ms(inq.p50)}, p95 ${ms(inq.p95)}, p99 ${ms(inq.p99)} (target p95 ≤ 20 ms: ${inq.p95 <= 20 ? 'met' : 'not met'}).`);
  return lines.join('\n');
}

if (process.argv.includes('--serve')) {
  await serveChild(option('serve') as 'reference' | 'bare', (option('edition') ?? '2.1') as Edition);
} else if (process.argv.includes('--inquiry')) {
  await inquiryChild((option('edition') ?? '2.1') as Edition);
} else {
  const edition = (option('edition') ?? '2.1') as Edition;
  const opts = { seconds: Number(option('duration') ?? 5), runs: Number(option('runs') ?? 3), connections: Number(option('connections') ?? 10) };
  const targets = (option('targets') ?? 'reference,bare,prism').split(',') as TargetName[];
  const cleanUp = () => {
    for (const child of children) child.kill('SIGKILL');
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const results: Measured[] = [];
    for (const target of targets) results.push(...(await measureTarget(target, edition, opts)));
    const result = report(results, edition, opts, inquiry(edition));
    console.log(result);
    if (process.argv.includes('--write')) {
      const readme = readFileSync(README, 'utf8');
      const at = readme.indexOf(START);
      const end = readme.indexOf(END);
      if (at < 0 || end < 0) throw new Error(`bench/README.md lacks ${START} … ${END}`);
      writeFileSync(README, `${readme.slice(0, at + START.length)}\n${result}\n${readme.slice(end)}`);
    }
  } finally {
    await Promise.all([...children].map(stopChild));
  }
}
