import type { EtagCache } from './etags.ts';
import { isPlainRequest, knownBody, requestWithBody } from './known-body.ts';
import { RETRYABLE_STATUSES, isIdempotent, retryDelay, sleep, type RetryOptions } from './retry.ts';
import { apiPath, findRoute, type Route } from './routes.ts';

/** The fetch the client sends through (a recording fake in tests, msw's patched global in integration). */
export type FetchLike = (request: Request) => Promise<Response>;

export interface TransportConfig {
  /** Resolved on every request, so a fetch installed after the client was created (msw) is used. */
  fetch: () => FetchLike;
  /** The bearer token of the request, if any. */
  token: () => Promise<string | undefined>;
  timeoutMs?: number;
  retry: Required<RetryOptions>;
  idempotencyKey: () => string;
  etags: EtagCache;
  routes: Route[];
  /** Path of the base URL, stripped before matching an operation. */
  basePath: string;
}

const UPDATES: ReadonlySet<string> = new Set(['PATCH', 'PUT']);
const READS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/**
 * Wraps a fetch with what every call to the standard API needs: the bearer token, an Idempotency-Key on
 * creating operations (one per logical request, so retries reuse it), If-Match from the ETag cache on
 * updates, a per-attempt timeout, and retries of idempotent requests answered 429/503.
 */
export function createTransport(config: TransportConfig): FetchLike {
  return async (original) => {
    const method = original.method.toUpperCase();
    const path = apiPath(original.url, config.basePath);
    // The body openapi-fetch serialised is known (KnownBodyRequest): its stream need not be read back.
    const known = knownBody(original);
    // A request the client made itself with no other option (and a known body or none) takes the headers below in
    // place and goes on as it came; any other is copied with them. Fewer Request objects: each costs a stream and a signal.
    const own = method === original.method && isPlainRequest(original) && (original.body === null || known !== undefined);
    const headers = own ? original.headers : new Headers(original.headers);
    const token = await config.token();
    if (token !== undefined && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    const route = findRoute(config.routes, method, path);
    if (route?.meta.creating && !headers.has('idempotency-key')) headers.set('idempotency-key', config.idempotencyKey());
    const cached = config.etags.get(path);
    if (UPDATES.has(method) && cached !== undefined && !headers.has('if-match')) headers.set('if-match', cached);
    const body = known ?? (original.body === null ? undefined : new Uint8Array(await original.arrayBuffer()));
    const retryable = isIdempotent(method, headers);

    for (let attempt = 0; ; attempt += 1) {
      const signal = withTimeout(original.signal, config.timeoutMs);
      const request =
        attempt === 0 && own && signal === original.signal
          ? original
          : requestWithBody(original.url, { method, headers, body, signal, redirect: original.redirect });
      const response = await config.fetch()(request);
      if (retryable && RETRYABLE_STATUSES.has(response.status) && attempt < config.retry.retries) {
        const delay = retryDelay(attempt, response, config.retry);
        if (delay !== null) {
          // Not awaited: cancelling one branch of a tee'd (cloned) body settles only when the other is cancelled too.
          response.body?.cancel().catch(() => undefined);
          await sleep(delay, original.signal);
          continue;
        }
      }
      remember(config.etags, method, path, response);
      return response;
    }
  };
}

/**
 * The caller's signal, aborted also after timeoutMs (headers and body alike). Not AbortSignal.any with
 * AbortSignal.timeout: Node holds the sources of AbortSignal.any weakly, so the timeout signal can be
 * garbage-collected before it fires and the request then never times out. The timer (unref'd, so it
 * never keeps a process alive) holds the controller strongly instead.
 */
function withTimeout(signal: AbortSignal, timeoutMs: number | undefined): AbortSignal {
  if (timeoutMs === undefined || timeoutMs <= 0) return signal;
  const controller = new AbortController();
  const abort = (reason: unknown) => controller.abort(reason);
  if (signal.aborted) abort(signal.reason);
  else signal.addEventListener('abort', () => abort(signal.reason), { once: true });
  const timer = setTimeout(() => abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  (timer as { unref?: () => void }).unref?.();
  return controller.signal;
}

function remember(etags: EtagCache, method: string, path: string, response: Response): void {
  if (!response.ok) return;
  const etag = response.headers.get('etag');
  if (etag !== null && (READS.has(method) || UPDATES.has(method))) etags.set(path, etag);
  else if (method === 'DELETE' || UPDATES.has(method)) etags.delete(path);
}
