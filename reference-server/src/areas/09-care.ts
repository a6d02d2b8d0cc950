import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { careTicketOperations } from './09-care/tickets.ts';

/** Area 09: the operations of spec/src/openapi/paths/09-care.yaml over the in-memory store. */
export function area09(env: AreaEnv): Partial<HogoAdapter> {
  return careTicketOperations(env);
}
