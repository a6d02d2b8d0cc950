import type { FetchLike } from '@hogo-kit/sdk';

/**
 * A fetch that gives up after `timeoutMs`, for the requests made outside a check (the declaration, the smoke test;
 * a check has its own time-out). The signal asks the fetch to stop; the race ends the wait even when the fetch never
 * settles — a custom fetch that ignores its signal, or undici dropping the link to a Request's signal once that Request
 * has been garbage-collected (a run against a target that never answered once hung that way in CI).
 */
export function timedFetch(fetch: FetchLike, timeoutMs: number): FetchLike {
  return (request) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const gaveUp = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    return Promise.race([fetch(new Request(request, { signal })), gaveUp]);
  };
}
