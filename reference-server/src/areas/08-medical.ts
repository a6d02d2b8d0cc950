import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 08: the operations of spec/src/openapi/paths/08-medical.yaml over the in-memory store. */
export function area08(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
