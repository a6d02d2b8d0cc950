import { afterEach, describe, expect, it } from 'vitest';
import { discardWarmEmbeddedThread, startEmbeddedThread, warmEmbeddedThread, warmEmbeddedThreadWaiting } from '../../src/embedded-thread.ts';
import type { EmbeddedTarget } from '../../src/embedded.ts';

const BASE = 'http://reference-server.invalid';
const started: EmbeddedTarget[] = [];
afterEach(async () => {
  await discardWarmEmbeddedThread();
  await Promise.all(started.splice(0).map((t) => t.close()));
});

const declaration = async (target: EmbeddedTarget) => {
  const res = await target.fetch(new Request(`${BASE}/conformance`, { headers: { authorization: 'Bearer dev-caseworker' } }));
  expect(res.status).toBe(200);
  return (await res.json()) as { edition: string };
};

describe('the embedded worker thread started ahead (the CLI starts it before loading the kit)', () => {
  it('is used by the next start and boots the edition it is told then', async () => {
    warmEmbeddedThread();
    expect(warmEmbeddedThreadWaiting()).toBe(true);
    const target = await startEmbeddedThread('2.0', {}, BASE);
    started.push(target);
    expect(warmEmbeddedThreadWaiting(), 'the start should have taken the waiting thread').toBe(false);
    expect((await declaration(target)).edition).toBe('2.0');
  }, 60_000);

  it('is used once: a second start boots a thread of its own, and each answers its own edition', async () => {
    warmEmbeddedThread();
    const first = await startEmbeddedThread('2.1', {}, BASE);
    started.push(first);
    expect(warmEmbeddedThreadWaiting()).toBe(false);
    const second = await startEmbeddedThread('2.0', {}, BASE);
    started.push(second);
    expect((await declaration(first)).edition).toBe('2.1');
    expect((await declaration(second)).edition).toBe('2.0');
  }, 60_000);

  it('is stopped unused when the run has another target, and a later start boots a thread of its own', async () => {
    warmEmbeddedThread();
    await discardWarmEmbeddedThread();
    expect(warmEmbeddedThreadWaiting()).toBe(false);
    const target = await startEmbeddedThread('2.1', { seed: 'empty' }, BASE);
    started.push(target);
    const list = await target.fetch(new Request(`${BASE}/households`, { headers: { authorization: 'Bearer dev-caseworker' } }));
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  }, 60_000);
});
