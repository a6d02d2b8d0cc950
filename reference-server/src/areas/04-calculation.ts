import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 04: the operations of spec/src/openapi/paths/04-calculation.yaml over the in-memory store. */
export function area04(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
