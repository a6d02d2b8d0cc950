/**
 * The calibration target `bare-work`: bare fastify that also spends, per request, as long as the reference server's
 * own work takes without HTTP.
 *
 * The reference server's work per request is measured in a child of its own (`--engine-cost`): `engine.handle` of the
 * same read and the same If-Match write, in a loop, with no socket, no HTTP parsing and no serialisation —
 * authentication, authorisation, validation both ways, the store, the view, the ETag and the audit entry with its
 * hash. Bare fastify then busy-waits that long in its handler. If the reference server served as much as that route,
 * everything beyond its own work (transport, fastify, the kernel) would cost no more than bare fastify's; what it
 * falls short of the route is what its requests cost over and above that work under HTTP. A busy wait is kinder to
 * the caches than the real work, so the route is an upper bound for a server doing that much.
 */
import { spawnSync } from 'node:child_process';
import { median, ROOT, SECTIONS, SELF, TOKEN, type Edition } from './common.ts';

/** Microseconds of the reference server's own work per request, by operation. */
export interface Work {
  read: number;
  write: number;
}

/** Spins for `us` microseconds (nothing else runs meanwhile, as with work that takes that long). */
export function busyWait(us: number): void {
  const until = performance.now() + us / 1000;
  while (performance.now() < until) {
    // spin
  }
}

/** `--work 14.2,31.5` → { read: 14.2, write: 31.5 }; undefined without the option or with anything unreadable. */
export function parseWork(text: string | undefined): Work | undefined {
  const parts = (text ?? '').split(',');
  if (parts.length !== 2 || !parts.every((part) => /^\d+(\.\d+)?$/.test(part))) return undefined;
  return { read: Number(parts[0]), write: Number(parts[1]) };
}

const BLOCKS = 5;
const PER_BLOCK = { read: 4_000, write: 2_000 };

/** Child: µs per engine.handle of the bench's read and write (median of 5 timed blocks after a warm-up), as JSON. */
export async function engineCostChild(edition: Edition): Promise<void> {
  const { demoHouseholds } = await import('./children.ts');
  const { ref, items } = await demoHouseholds(edition);
  const request = (operationId: string, id: string, headers: Record<string, string>, body?: unknown) =>
    ref.engine.handle({ operationId, params: { householdId: id }, query: {}, headers: { authorization: TOKEN, ...headers }, body, url: `/households/${id}` });
  const readId = items[0]!.householdId;
  const etags = new Map<string, string>();
  for (const { householdId } of items) etags.set(householdId, (await request('getHousehold', householdId, {})).headers.etag!);
  let turn = 0;
  const operations = {
    read: async () => {
      const res = await request('getHousehold', readId, {});
      if (res.status !== 200) throw new Error(`getHousehold answered ${res.status}`);
    },
    write: async () => {
      const id = items[turn % items.length]!.householdId;
      const body = { section: SECTIONS[Math.floor(turn / items.length) % SECTIONS.length] };
      turn++;
      const res = await request('updateHousehold', id, { 'if-match': etags.get(id)!, 'content-type': 'application/json' }, body);
      if (res.status !== 200) throw new Error(`updateHousehold answered ${res.status}: ${JSON.stringify(res.body)}`);
      etags.set(id, res.headers.etag!);
    },
  };
  const cost = { read: 0, write: 0 };
  for (const name of ['read', 'write'] as const) {
    const n = PER_BLOCK[name];
    for (let i = 0; i < n; i++) await operations[name](); // warm-up
    const blocks: number[] = [];
    for (let b = 0; b < BLOCKS; b++) {
      const started = performance.now();
      for (let i = 0; i < n; i++) await operations[name]();
      blocks.push(((performance.now() - started) * 1000) / n);
    }
    cost[name] = median(blocks);
  }
  await ref.app.close();
  process.stdout.write(JSON.stringify(cost));
}

/** Runs engineCostChild in a fresh process (before the servers start, so nothing else loads the machine). */
export function engineCost(edition: Edition): Work {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--engine-cost', '--edition', edition], { cwd: ROOT, encoding: 'utf8' });
  const measured = run.status === 0 ? (JSON.parse(run.stdout) as Partial<Work>) : {};
  const work = parseWork(`${measured.read},${measured.write}`);
  if (!work) throw new Error(`the reference server's own work could not be measured: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return work;
}
