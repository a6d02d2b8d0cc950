import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 09: the operations of spec/src/openapi/paths/09-care.yaml over the in-memory store. */
export function area09(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
