import openapi20 from '@hogo-kit/spec/dist/2.0/openapi.json' with { type: 'json' };
import openapi21 from '@hogo-kit/spec/dist/2.1/openapi.json' with { type: 'json' };
import { operationsFor, type Edition, type OperationMeta } from './operations.ts';

export { EDITIONS, isEdition, operationsFor, type Edition, type OperationMeta } from './operations.ts';

export interface EditionData {
  edition: Edition;
  /** The bundled OpenAPI 3.1 document of the edition (from @hogo-kit/spec's build): schemas for validation. */
  openapi: Record<string, unknown>;
  operations: Readonly<Record<string, OperationMeta>>;
}

const DOCUMENTS: Record<Edition, Record<string, unknown>> = { '2.0': openapi20, '2.1': openapi21 };

/** The edition's OpenAPI document and operations (the engine's view; the client needs only operationsFor). */
export function editionData(edition: Edition): EditionData {
  return { edition, openapi: DOCUMENTS[edition], operations: operationsFor(edition) };
}
