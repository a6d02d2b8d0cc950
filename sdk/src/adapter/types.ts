import type { EngineRequest, Principal } from '../engine/types.ts';
import type { operations as Operations20 } from '../generated/openapi-20.ts';
import type { operations as Operations21 } from '../generated/openapi-21.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B
  : T extends { content: { 'text/csv': infer C } } ? C
  : T extends { content: { 'application/problem+json': unknown } } ? never
  : undefined;

/** The parameters of one kind (path, query) of an operation; an operation without any gets an empty record. */
type Params<Op, Where extends string> = Op extends { parameters: infer P }
  ? P extends { [K in Where]?: infer X } ? ([X] extends [undefined] ? Record<string, never> : NonNullable<X>) : Record<string, never>
  : Record<string, never>;

/** The JSON body an operation takes (undefined when it takes none). */
export type RequestBody<Op> = Op extends { requestBody: infer R } ? Json<R>
  : Op extends { requestBody?: infer R } ? Json<NonNullable<R>> | undefined
  : undefined;

/** The body of an operation's success response (200 or 201). */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? R extends { 201: infer C } ? Json<C> : R extends { 200: infer O } ? Json<O> : never
  : never;

/** What an adapter method receives: path and query parameters and the body, all validated. */
export interface AdapterInput<Op> {
  path: Params<Op, 'path'>;
  query: Params<Op, 'query'>;
  body: RequestBody<Op>;
}

/** The call's context: who, which edition and operation, the If-Match and Idempotency-Key sent. */
export interface AdapterContext {
  principal: Principal;
  edition: string;
  operationId: string;
  ifMatch?: string;
  idempotencyKey?: string;
  request: EngineRequest;
}

/** A success the adapter wants to send with its own ETag or headers (otherwise the engine derives the ETag). */
export interface AdapterReply<T> {
  readonly [REPLY]: true;
  body: T;
  etag?: string;
  headers?: Record<string, string>;
  /** One of the operation's success statuses, when it has several (e.g. 201 created, 200 duplicate). */
  status?: number;
}
export const REPLY: unique symbol = Symbol.for('hogo-kit.adapter-reply');

export function reply<T>(body: T, options: { etag?: string; headers?: Record<string, string>; status?: number } = {}): AdapterReply<T> {
  return { [REPLY]: true, body, ...options };
}

export function isReply(value: unknown): value is AdapterReply<unknown> {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[REPLY] === true;
}

type Method<Op> = (input: AdapterInput<Op>, context: AdapterContext) => Promise<SuccessBody<Op> | AdapterReply<SuccessBody<Op>>>;

/** One method per operation of an edition. A vendor implements it over their own store. */
export type AdapterOf<Ops> = { [K in keyof Ops]: Method<Ops[K]> };

export type HogoAdapter20 = AdapterOf<Operations20>;
export type HogoAdapter21 = AdapterOf<Operations21>;
/** The adapter of the newest edition (2.1). */
export type HogoAdapter = HogoAdapter21;
