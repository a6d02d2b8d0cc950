import createClient, { type Client } from 'openapi-fetch';
import { operationsFor, type Edition } from '../operations.ts';
import type { RoleCode } from '../generated/codelists-21.ts';
import { EtagCache } from './etags.ts';
import { tokenOf, type HogoClientOptions, type TokenSource } from './options.ts';
import { listOperationId, paginate } from './paginate.ts';
import { KnownBodyRequest } from './known-body.ts';
import { HogoProblem } from './problem.ts';
import { RETRY_DEFAULTS } from './retry.ts';
import { compileRoutes } from './routes.ts';
import { createTransport } from './transport.ts';
import type {
  CallArgs, CallResult, ClientPaths, ListItem, ListOperation, ListOperationId, ListPath, OperationsOf, PaginateInput, PathsOf,
} from './types.ts';

type ListKey<E extends Edition> = ListOperationId<OperationsOf<E>> | ListPath<PathsOf<E>>;
type PaginateArgs<Op> = CallArgs<Op> extends [input: unknown] ? [input: PaginateInput<Op>] : [input?: PaginateInput<Op>];

/** A client of the standard API: openapi-fetch's typed GET/POST/PATCH/PUT/DELETE plus call() and paginate(). */
export interface HogoClient<E extends Edition = '2.1'> extends Client<ClientPaths<PathsOf<E>>> {
  readonly edition: E;
  readonly baseUrl: string;
  /** ETags remembered per resource path (shared by the clients made with as()). */
  readonly etags: EtagCache;
  /** Calls one operation; answers the success body, throws HogoProblem on any non-2xx answer. */
  call<K extends keyof OperationsOf<E> & string>(operationId: K, ...args: CallArgs<OperationsOf<E>[K]>): Promise<CallResult<OperationsOf<E>[K]>>;
  /** Every item of a list operation (by operationId or GET path), following nextCursor page by page. */
  paginate<K extends ListKey<E>>(key: K, ...args: PaginateArgs<ListOperation<E, K>>): AsyncGenerator<ListItem<ListOperation<E, K>>, void, undefined>;
  /** The same client sending the token of another role (from `tokens`). */
  as(role: RoleCode): HogoClient<E>;
}

type LooseInput = {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, string | undefined>;
  signal?: AbortSignal;
};

export function createHogoClient<E extends Edition = '2.1'>(options: HogoClientOptions<E>): HogoClient<E> {
  const edition = (options.edition ?? '2.1') as E;
  const operations = operationsFor(edition);
  const routes = compileRoutes(operations);
  const basePath = new URL(options.baseUrl).pathname;
  const retry = options.retry === false ? { ...RETRY_DEFAULTS, retries: 0 } : { ...RETRY_DEFAULTS, ...options.retry };
  const idempotencyKey = options.idempotencyKey ?? (() => crypto.randomUUID());
  const etags = new EtagCache();

  const build = (token: TokenSource | undefined): HogoClient<E> => {
    const transport = createTransport({
      fetch: () => options.fetch ?? ((request) => globalThis.fetch(request)),
      token: tokenOf(token),
      timeoutMs: options.timeoutMs,
      retry,
      idempotencyKey,
      etags,
      routes,
      basePath,
    });
    const fetchClient = createClient<ClientPaths<PathsOf<E>>>({ baseUrl: options.baseUrl, fetch: transport, Request: KnownBodyRequest });
    const loose = fetchClient as unknown as Client<Record<string, Record<string, unknown>>>;

    const call = async (operationId: string, input: LooseInput = {}): Promise<unknown> => {
      const meta = operations[operationId];
      if (!meta) throw new TypeError(`Edition ${edition} has no operation ${operationId}`);
      const { data, error, response } = await (loose.request as (m: string, p: string, i: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>)(
        meta.method,
        meta.path,
        {
          params: { path: input.path, query: input.query },
          body: input.body,
          headers: input.headers,
          signal: input.signal,
          parseAs: meta.successType?.startsWith('text/') ? 'text' : 'json',
        },
      );
      if (!response.ok) throw new HogoProblem(response, error);
      return data;
    };

    return {
      ...fetchClient,
      edition,
      baseUrl: options.baseUrl,
      etags,
      call: call as HogoClient<E>['call'],
      paginate: ((key: string, input?: LooseInput) => paginate(call, listOperationId(operations, key), input)) as HogoClient<E>['paginate'],
      as(role: RoleCode) {
        const source = options.tokens?.[role];
        if (source === undefined) throw new TypeError(`No token for the role ${role}: pass it in tokens`);
        return build(source);
      },
    };
  };
  return build(options.token);
}

export { HogoProblem, isHogoProblem, problemFrom, type ProblemFieldError } from './problem.ts';
export { EtagCache } from './etags.ts';
export { knownBody, requestWithBody } from './known-body.ts';
export type { HogoClientOptions, TokenSource, FetchLike, RetryOptions } from './options.ts';
export type { CallInput, CallResult, ClientPaths, EditionTypes, ListItem, ListOperationId, ListPath, OperationsOf, PathsOf } from './types.ts';
