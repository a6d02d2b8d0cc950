import { operations as operations20 } from './generated/operations-20.ts';
import { operations as operations21 } from './generated/operations-21.ts';

/** The editions this SDK speaks. */
export const EDITIONS = ['2.0', '2.1'] as const;
export type Edition = (typeof EDITIONS)[number];

/** What the SDK knows of one operation at run time (generated from the spec; no OpenAPI document needed). */
export interface OperationMeta {
  readonly method: string;
  readonly path: string;
  /** Roles allowed to call it (any of them); empty with authenticated false for GET /health. */
  readonly roles: readonly string[];
  readonly authenticated: boolean;
  /** Takes an Idempotency-Key (a creating request). */
  readonly creating: boolean;
  /** Requires If-Match (an update). */
  readonly ifMatch: boolean;
  /** Status of the success response (200 or 201) and its media type (application/json, text/csv). */
  readonly success: number;
  readonly successType: string | null;
  /** Audited as an access to personal data. */
  readonly personalData: boolean;
  readonly since: string;
  readonly requirements: readonly string[];
}

const OPERATIONS: Record<Edition, Readonly<Record<string, OperationMeta>>> = { '2.0': operations20, '2.1': operations21 };

export function isEdition(value: unknown): value is Edition {
  return typeof value === 'string' && (EDITIONS as readonly string[]).includes(value);
}

/** The operations of an edition, by operationId. */
export function operationsFor(edition: Edition): Readonly<Record<string, OperationMeta>> {
  return OPERATIONS[edition];
}
