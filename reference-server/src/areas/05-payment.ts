import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';

/** Area 05: the operations of spec/src/openapi/paths/05-payment.yaml over the in-memory store. */
export function area05(_env: AreaEnv): Partial<HogoAdapter> {
  return {};
}
