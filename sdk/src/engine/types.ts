import type { Edition } from '../editions.ts';
import type { Bilingual } from '../errors.ts';

/** Who is calling, as the token verifier established. */
export interface Principal {
  staffId: string;
  roles: string[];
  name?: string;
}

/** Turns a bearer token into a principal; null (or throwing) means the token is not valid. */
export type TokenVerifier = (token: string) => Principal | null | Promise<Principal | null>;

/** A request as a transport hands it to the engine, already routed to an operation. */
export interface EngineRequest {
  operationId: string;
  /** Path parameters by name, as strings. */
  params: Record<string, string>;
  /** Query parameters as strings (repeated ones as arrays). */
  query: Record<string, string | string[]>;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** The parsed JSON body, or undefined when there is none. */
  body: unknown;
  /** Set by the transport when the body could not be taken as JSON. */
  bodyError?: 'invalid-json' | 'unsupported-media-type' | 'too-large';
  /** The request URL path, for `instance` in problems and for the audit. */
  url: string;
}

/** What the transport sends back. */
export interface EngineResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON value, or a string for text/csv. */
  body: unknown;
}

/** One audited access: who, what, which person's data, when, and how it ended. */
export interface AuditRecord {
  at: string;
  staffId: string | null;
  roles: string[];
  operationId: string;
  method: string;
  url: string;
  /** Ids of households / members / other subjects found in the path, body or response. */
  subjects: { householdIds: string[]; memberIds: string[] };
  status: number;
}

/** Remembers responses of creating requests by Idempotency-Key. */
export interface IdempotencyStore {
  get(key: string): Promise<{ fingerprint: string; response: EngineResponse } | undefined>;
  set(key: string, entry: { fingerprint: string; response: EngineResponse }): Promise<void>;
}

/** A problem the engine renders. */
export interface ProblemInput {
  status: number;
  code: string;
  title: Bilingual;
  detail?: Bilingual;
}

export type { Edition };
