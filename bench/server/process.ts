/** The child processes of bench/server.ts seen from the parent: starting, waiting for, stopping; a free local port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ROOT, SELF, type Edition, type Ready } from './common.ts';
import { serverCommand, type Pinning } from './pinning.ts';
import type { Work } from './work.ts';

export interface Running {
  ready: Ready;
  child: ChildProcess;
}

/** Every child still running, so that an interrupted run can kill them. */
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

/** A server child of this script (`--serve reference|bare`, bare with `--work` for bare-work), once it listens. */
export async function startOwnServer(target: 'reference' | 'bare', edition: Edition, pinning?: Pinning, work?: Work): Promise<Running> {
  const extra = work ? ['--work', `${work.read},${work.write}`] : [];
  const [command, args] = serverCommand(pinning, ['--import', 'tsx', SELF, '--serve', target, '--edition', edition, ...extra]);
  const child = spawn(command, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
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
