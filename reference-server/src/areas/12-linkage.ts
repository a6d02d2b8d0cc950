import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 12: the operations of spec/src/openapi/paths/12-linkage.yaml over the in-memory store. */
export function area12(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
