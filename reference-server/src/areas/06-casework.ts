import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 06: the operations of spec/src/openapi/paths/06-casework.yaml over the in-memory store. */
export function area06(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
