import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { eligibilityOperations } from './08-medical/eligibility.ts';
import { opinionOperations } from './08-medical/opinions.ts';
import { ticketOperations } from './08-medical/tickets.ts';
import { restrictionOperations } from './08-medical/viewing-restriction.ts';

/** Area 08: the operations of spec/src/openapi/paths/08-medical.yaml over the in-memory store. */
export function area08(env: AreaEnv): Partial<HogoAdapter> {
  return {
    ...opinionOperations(env),
    ...ticketOperations(env),
    ...eligibilityOperations(env),
    ...restrictionOperations(env),
  };
}
