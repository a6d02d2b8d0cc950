import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 07: the operations of spec/src/openapi/paths/07-self-reliance.yaml over the in-memory store. */
export function area07(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
