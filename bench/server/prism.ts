/**
 * Stoplight Prism's mock of the edition's contract as a measured target of bench/server.ts.
 *
 * `prism mock` in its default static mode: it validates every request against the contract (authentication header,
 * path parameters, If-Match, the body) and answers with an example built from the response schema. Prism 5.14.2 needs
 * one harness fix to answer at all: prism-preload.cjs, loaded with `node --require`, escapes the Japanese text of its
 * `sl-violations` header (see that file and bench/README.md). `--errors` stays off: Prism's static examples do not
 * match the contract's patterns (postal code, kana), and with `--errors` it would turn each answer into a 500.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { MostlyErrors, ROOT, TOKEN, type Edition, type Ready } from './common.ts';
import { serverCommand, type Pinning } from './pinning.ts';
import { children, freePort, startOwnServer, stopChild, type Running } from './process.ts';

export const PRELOAD = fileURLToPath(new URL('./prism-preload.cjs', import.meta.url));

/** Prism's command-line entry, or an explanation when @stoplight/prism-cli is not installed. */
export function prismBin(): string {
  try {
    return createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
  } catch {
    throw new Error('@stoplight/prism-cli is not installed');
  }
}

/** The household ids (and first ETags) a fresh reference server has, so Prism receives the very same requests. */
async function referenceHouseholds(edition: Edition): Promise<Ready['households']> {
  const reference = await startOwnServer('reference', edition);
  try {
    return reference.ready.households;
  } finally {
    await stopChild(reference.child);
    children.delete(reference.child);
  }
}

export async function startPrism(edition: Edition, pinning?: Pinning): Promise<Running> {
  const bin = prismBin();
  const households = await referenceHouseholds(edition);
  const port = await freePort();
  const args = ['--require', PRELOAD, bin, 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'silent', join('spec', 'dist', edition, 'openapi.json')];
  const [command, argv] = serverCommand(pinning, args);
  const child = spawn(command, argv, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  child.stdout!.resume();
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`prism exited ${code}: ${stderr.split('\n').find((l) => /Error/.test(l))?.trim() ?? stderr.trim().slice(-200)}`))));
  exited.catch(() => undefined); // also rejects when the child is stopped at the end
  // silent: no "listening" line, so poll with the read the bench sends; it must answer 2xx.
  const ready = (async () => {
    for (let i = 0; i < 600; i++) {
      let res: Response;
      try {
        res = await fetch(`http://127.0.0.1:${port}/households/${households[0]!.id}`, { headers: { authorization: TOKEN } });
      } catch {
        await sleep(100);
        continue;
      }
      const body = await res.text();
      if (res.status >= 300) throw new MostlyErrors(`prism answered the read with ${res.status}: ${body.slice(0, 200)}`);
      return;
    }
    throw new Error('prism did not listen within 60 s');
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    await stopChild(child);
    children.delete(child);
    throw error;
  }
  return { child, ready: { port, households } };
}
