import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 13: the operations of spec/src/openapi/paths/13-data.yaml over the in-memory store. */
export function area13(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
