import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { benefit } from './07-self-reliance/benefit.ts';
import { employmentSupport } from './07-self-reliance/employment-support.ts';
import { helloWork } from './07-self-reliance/hello-work.ts';
import { workCapacity } from './07-self-reliance/work-capacity.ts';

/** Area 07: the operations of spec/src/openapi/paths/07-self-reliance.yaml over the in-memory store. */
export function area07(env: AreaEnv): Partial<HogoAdapter> {
  return {
    ...workCapacity(env),
    ...employmentSupport(env),
    ...helloWork(env),
    ...benefit(env),
  };
}
