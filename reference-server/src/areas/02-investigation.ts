import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 02: the operations of spec/src/openapi/paths/02-investigation.yaml over the in-memory store. */
export function area02(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
