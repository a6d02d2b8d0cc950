/** Retries of idempotent requests answered 429 or 503. */
export interface RetryOptions {
  /** Retries after the first attempt (0 turns retrying off). Default 2. */
  retries?: number;
  /** Back-off before retry n is a random delay in [0, baseDelayMs · 2ⁿ] (full jitter). Default 200. */
  baseDelayMs?: number;
  /** Upper bound of a back-off delay; a Retry-After longer than this is not waited for. Default 10 000. */
  maxDelayMs?: number;
}

export const RETRY_DEFAULTS: Required<RetryOptions> = { retries: 2, baseDelayMs: 200, maxDelayMs: 10_000 };

/** Statuses worth retrying: the server said "not now", not "no". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** A request may be sent twice when its method is idempotent or it carries an Idempotency-Key. */
export function isIdempotent(method: string, headers: Headers): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase()) || headers.has('idempotency-key');
}

/**
 * Milliseconds to wait before retry number `attempt` (0-based), or null when the server asked for a
 * longer wait than maxDelayMs (the answer is then returned to the caller instead).
 */
export function retryDelay(attempt: number, response: Response, options: Required<RetryOptions>, random = Math.random): number | null {
  const asked = retryAfterMs(response.headers.get('retry-after'));
  if (asked !== undefined) return asked <= options.maxDelayMs ? asked : null;
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.round(random() * ceiling);
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits, unless the signal aborts first (then rejects with its reason). */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
