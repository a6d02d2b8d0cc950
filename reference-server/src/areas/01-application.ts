import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 01: the operations of spec/src/openapi/paths/01-application.yaml over the in-memory store. */
export function area01(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
