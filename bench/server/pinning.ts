/**
 * CPU pinning for bench/server.ts with `--pin` (Linux with util-linux's `taskset`): the load (autocannon, the paced
 * pass, this process) on the first CPU this process may use, every server child on the last, so that a server and its
 * load generator do not trade places on a 2-core machine. Off by default: pinned, a server's GC and I/O threads share
 * its one CPU, which lowers the bare route's peak and on 2026-11-23 lengthened the write passes' tails for every
 * target (see bench/README.md); it is there to compare placements, not as the standard setup.
 */
import { spawnSync } from 'node:child_process';

export interface Pinning {
  /** CPU of the load generator (this process). */
  load: number;
  /** CPU of every server child. */
  server: number;
}

/** The CPUs in a `taskset -c -p` answer ("pid 1's current affinity list: 0-2,4"). */
export function cpuList(answer: string): number[] {
  const list = /list:\s*([\d,\s-]+)$/m.exec(answer)?.[1]?.trim();
  if (!list) return [];
  return list.split(',').flatMap((part) => {
    const [from, to] = part.split('-').map(Number);
    if (from === undefined || Number.isNaN(from)) return [];
    return to === undefined ? [from] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

/** Pins this process (all its threads) to the load CPU and returns the plan; undefined when pinning is off or unavailable. */
export function pinLoad(wanted: boolean): Pinning | undefined {
  if (!wanted || process.platform !== 'linux') return undefined;
  const asked = spawnSync('taskset', ['-c', '-p', String(process.pid)], { encoding: 'utf8' });
  if (asked.status !== 0) return undefined;
  const cpus = cpuList(asked.stdout);
  if (cpus.length < 2) return undefined;
  const plan = { load: cpus[0]!, server: cpus.at(-1)! };
  const pinned = spawnSync('taskset', ['-a', '-c', '-p', String(plan.load), String(process.pid)], { encoding: 'utf8' });
  return pinned.status === 0 ? plan : undefined;
}

/** The command that starts a server child: under `taskset -c <server CPU>` when pinned. */
export function serverCommand(pinning: Pinning | undefined, args: string[]): [string, string[]] {
  return pinning ? ['taskset', ['-c', String(pinning.server), process.execPath, ...args]] : [process.execPath, args];
}
