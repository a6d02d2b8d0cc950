import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { applications } from './01-application/applications.ts';
import { consultations } from './01-application/consultations.ts';
import { applicationTransitions } from './01-application/transitions.ts';

/** Area 01: the operations of spec/src/openapi/paths/01-application.yaml over the in-memory store. */
export function area01(env: AreaEnv): Partial<HogoAdapter> {
  return { ...consultations(env), ...applications(env), ...applicationTransitions(env) };
}
