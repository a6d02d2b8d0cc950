import { operationsFor, type HogoAdapter } from '@hogo-kit/sdk';
import { AREAS } from './areas/index.ts';
import type { AreaEnv } from './support/env.ts';

/**
 * The in-memory adapter: every area's operations over one store, limited to the operations of the
 * edition (an operation the edition lacks is not served, so it answers 404 like any absent function).
 */
export function createInMemoryAdapter(env: AreaEnv): Partial<HogoAdapter> {
  const inEdition = new Set(Object.keys(operationsFor(env.edition)));
  const adapter: Record<string, unknown> = {};
  for (const area of AREAS) {
    for (const [operationId, method] of Object.entries(area(env))) {
      if (inEdition.has(operationId)) adapter[operationId] = method;
    }
  }
  return adapter as Partial<HogoAdapter>;
}
