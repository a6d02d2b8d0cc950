import type { RequestBody, SuccessBody } from '../adapter/types.ts';
import type { Edition } from '../operations.ts';
import type { operations as Operations20, paths as Paths20 } from '../generated/openapi-20.ts';
import type { operations as Operations21, paths as Paths21 } from '../generated/openapi-21.ts';

/** The generated types of each edition: `paths` for the openapi-fetch methods, `operations` for call(). */
export interface EditionTypes {
  '2.0': { paths: Paths20; operations: Operations20 };
  '2.1': { paths: Paths21; operations: Operations21 };
}
export type PathsOf<E extends Edition> = EditionTypes[E]['paths'];
export type OperationsOf<E extends Edition> = EditionTypes[E]['operations'];

/** Header parameters the client fills in itself (Idempotency-Key, If-Match from the ETag cache). */
type Managed = 'If-Match' | 'Idempotency-Key';

type Params<Op> = Op extends { parameters: infer P } ? P : Record<string, never>;
type Absent<T> = [T] extends [never] ? true : [T] extends [undefined] ? true : false;

type Slot<Op, Where extends 'path' | 'query'> = Params<Op> extends Record<Where, infer T>
  ? { [K in Where]: T }
  : Params<Op> extends Partial<Record<Where, infer T>>
    ? Absent<NonNullable<T>> extends true ? { [K in Where]?: never } : { [K in Where]?: NonNullable<T> }
    : { [K in Where]?: never };

type BodySlot<Op> = Op extends { requestBody: unknown } ? { body: RequestBody<Op> }
  : Absent<RequestBody<Op>> extends true ? { body?: never } : { body?: NonNullable<RequestBody<Op>> };

/** What call() takes for one operation: path and query parameters, the body, extra headers, a signal. */
export type CallInput<Op> = Slot<Op, 'path'> & Slot<Op, 'query'> & BodySlot<Op> & {
  /** Extra request headers; an explicit If-Match or Idempotency-Key here wins over the client's own. */
  headers?: Partial<Record<Managed, string>> & Record<string, string | undefined>;
  signal?: AbortSignal;
};

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** call()'s input argument is optional when the operation needs nothing. */
export type CallArgs<Op> = RequiredKeys<CallInput<Op>> extends never ? [input?: CallInput<Op>] : [input: CallInput<Op>];

/** The body of the operation's success response. */
export type CallResult<Op> = SuccessBody<Op>;

/** Operations answering a page `{ items, nextCursor }`. */
export type ListOperationId<Ops> = {
  [K in keyof Ops]: SuccessBody<Ops[K]> extends { items: unknown[]; nextCursor: string | null } ? K : never;
}[keyof Ops] & string;

/** Paths whose GET answers a page. */
export type ListPath<Paths> = {
  [P in keyof Paths]: Paths[P] extends { get: infer G } ? SuccessBody<G> extends { items: unknown[]; nextCursor: string | null } ? P : never : never;
}[keyof Paths] & string;

/** The operation behind a list key (operationId or GET path). */
export type ListOperation<E extends Edition, K> = K extends keyof OperationsOf<E> ? OperationsOf<E>[K]
  : K extends keyof PathsOf<E> ? PathsOf<E>[K] extends { get: infer G } ? G : never : never;

export type ListItem<Op> = SuccessBody<Op> extends { items: (infer I)[] } ? I : never;

/** paginate() takes call()'s input without the cursor (the client follows nextCursor itself). */
export type PaginateInput<Op> = Omit<CallInput<Op>, 'query'> & {
  query?: Omit<NonNullable<CallInput<Op>['query']>, 'cursor'>;
};

export type { Edition };

type RelaxHeader<H> = Omit<H, Managed> & Partial<Pick<H, Extract<keyof H, Managed>>>;
type RelaxOperation<Op> = Op extends { parameters: { header: infer H } }
  ? Omit<Op, 'parameters'> & { parameters: Omit<Op['parameters'], 'header'> & { header?: RelaxHeader<H> } }
  : Op;
/** `paths` with If-Match optional: the client sends the cached ETag when the caller gives none. */
export type ClientPaths<P> = {
  [Path in keyof P]: { [M in keyof P[Path]]: M extends 'parameters' ? P[Path][M] : RelaxOperation<P[Path][M]> };
};
