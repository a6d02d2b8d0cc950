import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { annualOperations } from './11-statistics/annual.ts';
import { monthlyOperations } from './11-statistics/monthly.ts';

/** Area 11: the operations of spec/src/openapi/paths/11-statistics.yaml over the in-memory store. */
export function area11(env: AreaEnv): Partial<HogoAdapter> {
  return { ...monthlyOperations(env), ...annualOperations(env) };
}
