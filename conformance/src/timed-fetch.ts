import type { FetchLike } from '@hogo-kit/sdk';

/**
 * A fetch that gives up after `timeoutMs`, for the requests made outside a check (the declaration, the smoke test;
 * a check has its own time-out). The signal asks the fetch to stop; abortable ends the wait even when the fetch never
 * settles — a custom fetch that ignores its signal, or undici dropping the link to a Request's signal once that Request
 * has been garbage-collected (a run against a target that never answered once hung that way in CI).
 */
export function timedFetch(fetch: FetchLike, timeoutMs: number): FetchLike {
  return (request) => {
    const signal = AbortSignal.timeout(timeoutMs);
    return abortable(fetch(new Request(request, { signal })), [signal]);
  };
}

/**
 * The answer, or the reason of the first of the signals to abort, whichever comes first: a caller's time-out ends the
 * wait even when what it waits for never settles (an in-process app that never answers, a fetch that ignores its
 * signal; the work itself cannot be stopped from here).
 */
export function abortable<T>(answer: Promise<T>, signals: readonly (AbortSignal | null | undefined)[]): Promise<T> {
  const given = signals.filter((s): s is AbortSignal => s != null);
  const aborted = given.find((s) => s.aborted);
  if (aborted) return Promise.reject(aborted.reason);
  if (given.length === 0) return answer;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (event: Event) => settle(() => reject((event.target as AbortSignal).reason));
    const settle = (finish: () => void) => {
      for (const s of given) s.removeEventListener('abort', onAbort);
      finish();
    };
    for (const s of given) s.addEventListener('abort', onAbort, { once: true });
    answer.then((value) => settle(() => resolve(value)), (error: unknown) => settle(() => reject(error)));
  });
}

