import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 03: the operations of spec/src/openapi/paths/03-decision.yaml over the in-memory store. */
export function area03(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
