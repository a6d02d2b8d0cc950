import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { agreementOperations } from './10-claim/agreement.ts';
import { assessOperations } from './10-claim/assess.ts';
import { claimReadOperations } from './10-claim/list.ts';
import { repaymentOperations } from './10-claim/repayment.ts';
import { settleOperations } from './10-claim/settle.ts';

/**
 * Area 10 返還金・徴収金・債権管理: the operations of spec/src/openapi/paths/10-claim.yaml over the in-memory
 * store — 調定 (法第63条・第77条・第77条の2・第78条), 納付, 法第78条の2 deduction agreements, 不納欠損 and (2.1)
 * the in-system repayment calculation. Deductions themselves are made by the payment run (area 05).
 */
export function area10(env: AreaEnv): Partial<HogoAdapter> {
  return {
    ...assessOperations(env),
    ...claimReadOperations(env),
    ...settleOperations(env),
    ...agreementOperations(env),
    ...repaymentOperations(env),
  };
}
