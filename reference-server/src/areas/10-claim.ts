import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 10: the operations of spec/src/openapi/paths/10-claim.yaml over the in-memory store. */
export function area10(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
