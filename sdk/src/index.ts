// @hogo-kit/sdk — the client side and the adapter contract. No fastify, msw or OpenAPI document is
// loaded from here: the plugin is in '@hogo-kit/sdk/fastify', the handlers in '@hogo-kit/sdk/msw'.

// Editions and operation metadata (generated from the spec).
export { EDITIONS, isEdition, operationsFor, type Edition, type OperationMeta } from './operations.ts';

// The typed client.
export { createHogoClient, HogoProblem, isHogoProblem, problemFrom, EtagCache, knownBody, requestWithBody } from './client/index.ts';
export type {
  HogoClient, HogoClientOptions, TokenSource, FetchLike, RetryOptions, ProblemFieldError,
  CallInput, CallResult, ClientPaths, EditionTypes, ListItem, ListOperationId, ListPath, OperationsOf, PathsOf,
} from './client/index.ts';

// The adapter contract a vendor implements, and the errors it throws.
export { reply, isReply } from './adapter/types.ts';
export type {
  HogoAdapter, HogoAdapter20, HogoAdapter21, AdapterOf, AdapterInput, AdapterContext, AdapterReply, RequestBody, SuccessBody,
} from './adapter/types.ts';
export { HogoError, notFound, conflict, unprocessable, preconditionFailed, type Bilingual, type FieldError } from './errors.ts';
export type { Principal, TokenVerifier, AuditRecord, IdempotencyStore } from './engine/types.ts';

// Code lists (codes with Japanese and English labels) and the generated OpenAPI types.
export { codeLists } from './generated/codelists-21.ts';
export { codeLists as codeLists20 } from './generated/codelists-20.ts';
export type * from './generated/codelists-21.ts';
export type { paths, components, operations } from './generated/openapi-21.ts';
export type * as Edition20 from './generated/openapi-20.ts';
