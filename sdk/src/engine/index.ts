import type { Edition } from '../editions.ts';
import type { AuditRecord, EngineRequest, EngineResponse, IdempotencyStore, ProblemInput, TokenVerifier } from './types.ts';
import { createEngine } from './engine.ts';

export interface EngineOptions {
  edition: Edition;
  verifyToken: TokenVerifier;
  /** Body of GET /conformance when the adapter has no getDeclaration. */
  declaration?: unknown;
  /** Default: in-memory. */
  idempotency?: IdempotencyStore;
  audit?: (record: AuditRecord) => void | Promise<void>;
  /** Default: strong ETag "\"<sha256 base64url of JSON>\"". */
  etag?: (body: unknown) => string;
  /** Called on every 500 the engine answers (the client sees no detail). */
  onServerFault?: (fault: ServerFault) => void;
}

/**
 * A fault on the server's side, never shown to the client beyond a 500 problem:
 * the adapter threw something other than a HogoError, its answer broke the response schema,
 * the audit sink failed, or the engine itself failed.
 */
export interface ServerFault {
  operationId: string;
  kind: 'response-schema' | 'adapter-error' | 'audit-error' | 'engine-error';
  detail: unknown;
}

export interface EngineRoute {
  operationId: string;
  /** Upper case: GET, POST, PATCH … */
  method: string;
  /** OpenAPI template, e.g. /households/{householdId}. */
  path: string;
}

export interface HogoEngine {
  edition: Edition;
  /** Operations served: those the adapter implements, plus getHealth and getDeclaration (defaults). */
  routes: EngineRoute[];
  handle(request: EngineRequest): Promise<EngineResponse>;
  /** A problem+json response for transport-level errors (unknown route 404, bad JSON 400, 413, 415). */
  problem(input: ProblemInput, instance?: string): EngineResponse;
}

/**
 * The engine over an adapter: an object (plain, typed as HogoAdapter20 / HogoAdapter21, or a class instance) whose
 * methods are named by operationId. Typed `object` rather than `Partial<Record<string, Function>>` so that class
 * instances and interfaces, which have no index signature, are accepted too.
 */
export function createHogoEngine(adapter: object, options: EngineOptions): HogoEngine {
  return createEngine(adapter, options);
}

export type { AuditRecord, EngineRequest, EngineResponse, IdempotencyStore, Principal, ProblemInput, TokenVerifier } from './types.ts';
export { createMemoryIdempotencyStore } from './idempotency.ts';
export { strongEtag } from './etag.ts';
export { PROBLEMS, problemResponse } from './problem.ts';
