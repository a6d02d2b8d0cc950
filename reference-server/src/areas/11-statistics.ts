import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 11: the operations of spec/src/openapi/paths/11-statistics.yaml over the in-memory store. */
export function area11(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
