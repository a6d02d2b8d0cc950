import { describe, expect, it } from 'vitest';
import { createHogoClient } from '../../src/client/index.ts';
import { BASE, json, recordingFetch, type Recorded } from './recorder.ts';

/** Answers only when told, and rejects with the signal's reason when the request is aborted. */
const hanging = (_request: Request, recorded: Recorded) =>
  new Promise<Response>((_resolve, reject) => {
    recorded.signal.addEventListener('abort', () => reject(recorded.signal.reason), { once: true });
  });

describe('timeout', () => {
  it('aborts an attempt after timeoutMs with a TimeoutError', async () => {
    const { fetch, requests } = recordingFetch(hanging);
    const client = createHogoClient({ baseUrl: BASE, fetch, timeoutMs: 20 });
    await expect(client.call('getHealth')).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.signal.aborted).toBe(true);
  });

  it('still honours the caller’s own signal', async () => {
    const { fetch } = recordingFetch(hanging);
    const client = createHogoClient({ baseUrl: BASE, fetch, timeoutMs: 60_000 });
    const controller = new AbortController();
    const result = client.call('getHealth', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('navigated away')), 5);
    await expect(result).rejects.toThrow('navigated away');
  });

  it('lets a quick answer through', async () => {
    const { fetch } = recordingFetch(json({ status: 'ok' }));
    const client = createHogoClient({ baseUrl: BASE, fetch, timeoutMs: 1_000 });
    await expect(client.call('getHealth')).resolves.toEqual({ status: 'ok' });
  });
});
