/**
 * The embedded reference server in a worker thread: the server's work (the SDK's validation, the areas, the
 * store, the audit) runs on a second core while the kit runs the checks on this one. Requests cross as messages
 * (no port is opened); the answers are the same as through injectFetch in-process. Used by the CLI's embedded
 * default; the kill matrix keeps the server in-process (it boots one per mutant).
 */
import { Worker } from 'node:worker_threads';
import type { Edition, FetchLike } from '@hogo-kit/sdk';
import type { EmbeddedTarget } from './embedded.ts';
import type { HostMessage, HostRequest, HostSettings } from './embedded-host.ts';
import { takesSignal } from './engine/evidence.ts';
import { answerAsResponse, injectedRequest } from './inject-fetch.ts';
import { abortable } from './timed-fetch.ts';

const ENTRY = new URL('./embedded-worker.js', import.meta.url);

interface Pending {
  method: string;
  resolve(response: Response): void;
  reject(error: Error): void;
}

/** A worker started ahead by warmEmbeddedThread(), loading the reference server's modules, not yet told what to boot. */
let warm: { worker: Worker; exited: boolean } | undefined;

/**
 * Starts the worker thread before the kit's own modules load (the CLI calls this first when a run will most likely
 * use the embedded server): the thread loads the reference server on the second core meanwhile, and boots it when
 * startEmbeddedThread() tells it the edition. Unreferenced, so an unused one never keeps the process alive.
 */
export function warmEmbeddedThread(): void {
  if (warm) return;
  const worker = new Worker(ENTRY, { workerData: { warm: true } });
  const slot = { worker, exited: false };
  worker.unref();
  worker.once('exit', () => (slot.exited = true));
  worker.on('error', () => undefined); // a failed start shows when the worker is used (its exit) or not at all
  warm = slot;
}

/** True while a worker started ahead waits to be used. */
export const warmEmbeddedThreadWaiting = (): boolean => warm !== undefined && !warm.exited;

/** Stops a worker started ahead that will not be used (the run has another target). */
export async function discardWarmEmbeddedThread(): Promise<void> {
  const slot = warm;
  warm = undefined;
  if (slot && !slot.exited) await slot.worker.terminate();
}

/** The worker to boot the server in: the one started ahead, told what to boot, or a new one. */
function workerFor(settings: HostSettings): Worker {
  const slot = warm;
  warm = undefined;
  if (!slot || slot.exited) return new Worker(ENTRY, { workerData: settings });
  slot.worker.ref();
  slot.worker.postMessage({ start: settings });
  return slot.worker;
}

export async function startEmbeddedThread(
  edition: Edition,
  options: { mutant?: string; seed?: 'demo' | 'empty' },
  baseUrl: string,
): Promise<EmbeddedTarget> {
  const worker = workerFor({ edition, seed: options.seed ?? 'demo', ...(options.mutant ? { mutant: options.mutant } : {}) });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let gone: Error | undefined;
  const fail = (error: Error) => {
    gone = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const tokens = await new Promise<Record<string, string>>((resolve, reject) => {
    const early = { error: reject, exit: (code: number) => reject(new Error(`embedded reference server thread exited (${code}) before it was ready`)) };
    worker.once('error', early.error);
    worker.once('exit', early.exit);
    worker.once('message', (message: HostMessage) => {
      // Only this start-up's own listeners go: removeAllListeners() would also drop the ones Worker keeps for itself.
      worker.off('error', early.error);
      worker.off('exit', early.exit);
      if ('ready' in message) resolve(message.tokens);
      else reject(new Error(`embedded reference server failed to start: ${'failed' in message ? message.failed : 'unexpected message'}`));
    });
  });
  worker.on('error', fail);
  const onExit = (code: number) => fail(new Error(`embedded reference server thread exited (${code})`));
  worker.on('exit', onExit);
  worker.on('message', (message: HostMessage) => {
    if (!('id' in message)) return;
    const p = pending.get(message.id);
    if (!p) return;
    pending.delete(message.id);
    if ('error' in message) p.reject(new Error(message.error));
    else p.resolve(answerAsResponse(p.method, message.statusCode, message.headers, message.payload));
  });

  // A second signal given beside the request (the recorder's check signal) is honoured as the request's own.
  const fetch: FetchLike = takesSignal(async (request, signal) => {
    request.signal?.throwIfAborted();
    signal?.throwIfAborted();
    if (gone) throw gone;
    const sent: HostRequest = { id: nextId++, ...(await injectedRequest(request)) };
    const answer = new Promise<Response>((resolve, reject) => {
      pending.set(sent.id, { method: sent.method, resolve, reject });
      // The payload may be the SDK's own copy of the body (kept for a retry): it is copied across, not transferred.
      worker.postMessage(sent);
    });
    // An abort ends the wait; the thread's late answer then finds nothing pending and is dropped.
    return abortable(answer, [request.signal, signal]).finally(() => pending.delete(sent.id));
  });
  return {
    baseUrl,
    fetch,
    tokens,
    close: async () => {
      worker.off('exit', onExit);
      fail(new Error('embedded reference server closed'));
      worker.postMessage('close');
      await worker.terminate();
    },
  };
}
