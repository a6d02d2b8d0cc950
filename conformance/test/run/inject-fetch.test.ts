import { describe, expect, it } from 'vitest';
import { injectFetch, type Injectable } from '../../src/inject-fetch.ts';
import { abortable } from '../../src/timed-fetch.ts';

/** An in-process app that takes every request and never answers (a handler stuck in its own work). */
const stuck: Injectable = { inject: () => new Promise(() => {}) };

describe('an in-process fetch that is given up on', () => {
  it('rejects with the time-out when the app never answers (it waited for ever before)', async () => {
    const fetch = injectFetch(stuck);
    const started = Date.now();
    await expect(fetch(new Request('http://embedded.invalid/households', { signal: AbortSignal.timeout(50) }))).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 10_000);

  it('honours a second signal given beside the request (the check signal) in the same way', async () => {
    const controller = new AbortController();
    const pending = (injectFetch(stuck) as (request: Request, signal?: AbortSignal) => Promise<Response>)(new Request('http://embedded.invalid/households'), controller.signal);
    setTimeout(() => controller.abort(new Error('check ended')), 20);
    await expect(pending).rejects.toThrow('check ended');
  }, 10_000);
});

describe('abortable', () => {
  it('answers as the work answers while no signal aborts, and passes on its failure', async () => {
    const controller = new AbortController();
    await expect(abortable(Promise.resolve(7), [controller.signal, undefined, null])).resolves.toBe(7);
    await expect(abortable(Promise.reject(new Error('refused')), [controller.signal])).rejects.toThrow('refused');
    await expect(abortable(Promise.resolve(8), [])).resolves.toBe(8);
  });

  it('rejects at once with the reason of a signal already aborted, and with the first to abort later', async () => {
    await expect(abortable(new Promise(() => {}), [AbortSignal.abort(new Error('before'))])).rejects.toThrow('before');
    const [a, b] = [new AbortController(), new AbortController()];
    const waiting = abortable(new Promise(() => {}), [a.signal, b.signal]);
    b.abort(new Error('second signal'));
    a.abort(new Error('first signal, too late'));
    await expect(waiting).rejects.toThrow('second signal');
  });

  it('lets go of the signals once settled (a long-lived check signal does not collect listeners)', async () => {
    const controller = new AbortController();
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => { added.push(listener); add(type, listener, options); }) as typeof signal.addEventListener;
    signal.removeEventListener = ((type: string, listener: EventListener) => { removed.push(listener); remove(type, listener); }) as typeof signal.removeEventListener;
    for (let i = 0; i < 3; i++) await abortable(Promise.resolve(i), [signal]);
    expect(added).toHaveLength(3);
    expect(removed).toEqual(added);
  });
});
