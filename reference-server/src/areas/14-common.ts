import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 14: the operations of spec/src/openapi/paths/14-common.yaml over the in-memory store. */
export function area14(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
