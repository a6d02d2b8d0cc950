import type { Edition } from '../operations.ts';
import type { RoleCode } from '../generated/codelists-21.ts';
import type { RetryOptions } from './retry.ts';
import type { FetchLike } from './transport.ts';

/** A bearer token, or a function giving the current one (called before every request). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface HogoClientOptions<E extends Edition = '2.1'> {
  /** Root of the standard API, e.g. `https://hogo.example.lg.jp/api` (operation paths are appended). */
  baseUrl: string;
  /** Edition spoken; selects the generated types and operation metadata. Default '2.1'. */
  edition?: E;
  /** The bearer token of the default client. */
  token?: TokenSource;
  /** Tokens per role (職員の役割); `client.as(role)` gives a client sending that role's token. */
  tokens?: Partial<Record<RoleCode, TokenSource>>;
  /**
   * Fetch to send through. Default: `globalThis.fetch`, looked up on every request (so msw's
   * interception installed after the client was created still applies).
   */
  fetch?: FetchLike;
  /** Per-attempt timeout (a timer aborting the attempt, combined with the caller's signal; see transport.ts). */
  timeoutMs?: number;
  /** Retries of idempotent requests answered 429/503; `false` turns them off. */
  retry?: RetryOptions | false;
  /** Makes the Idempotency-Key of creating operations. Default `crypto.randomUUID`. */
  idempotencyKey?: () => string;
}

/** Turns a token source into the function the transport calls. */
export function tokenOf(source: TokenSource | undefined): () => Promise<string | undefined> {
  if (source === undefined) return async () => undefined;
  if (typeof source === 'string') return async () => source;
  return async () => source();
}

export type { RetryOptions, FetchLike };
