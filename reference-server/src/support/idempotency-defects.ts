import { createMemoryIdempotencyStore, type EngineResponse, type IdempotencyStore } from '@hogo-kit/sdk/fastify';

/**
 * Idempotency-Key stores with a seeded defect (mutants/catalogue*.ts), given to the plugin only when such a mutant
 * runs: the store does not remember the responses `forgets` picks, so a retry with the same key runs the operation
 * again instead of answering the first response.
 */
export function forgetfulIdempotencyStore(forgets: (response: EngineResponse) => boolean): IdempotencyStore {
  const memory = createMemoryIdempotencyStore();
  return {
    get: (key) => memory.get(key),
    set: async (key, entry) => {
      if (!forgets(entry.response)) await memory.set(key, entry);
    },
  };
}

const body = (response: EngineResponse) => (response.body ?? {}) as Record<string, unknown>;

/** Every response (double-payment-on-retry: the store remembers nothing). */
export const everyResponse = () => true;

/** The Payment createOccasionalPayment answers (occasional-retry-pays-twice). */
export const occasionalPayment = (r: EngineResponse) => r.status === 201 && body(r).kind === 'occasional' && typeof body(r).paymentId === 'string';

/** The Claim recordClaimPayment answers — the only creating operation answering a Claim with 200 (claim-payment-retry-twice). */
export const claimPayment = (r: EngineResponse) => r.status === 200 && typeof body(r).claimId === 'string' && Array.isArray(body(r).payments);
