import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { alertOperations } from './12-linkage/alerts.ts';
import { changeOperations } from './12-linkage/changes.ts';
import { inquiryOperations } from './12-linkage/inquiry.ts';
import { statusOperations } from './12-linkage/status.ts';

/** Area 12 (2.1): the operations of spec/src/openapi/paths/12-linkage.yaml over the in-memory store. */
export function area12(env: AreaEnv): Partial<HogoAdapter> {
  return { ...inquiryOperations(env), ...statusOperations(env), ...changeOperations(env), ...alertOperations(env) };
}
