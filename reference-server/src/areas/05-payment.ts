import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { paymentListOperations } from './05-payment/lists.ts';
import { paymentMethodOperations } from './05-payment/method.ts';
import { occasionalPaymentOperations } from './05-payment/occasional.ts';
import { paymentRunOperations } from './05-payment/run.ts';

/**
 * Area 05 支給・経理: the operations of spec/src/openapi/paths/05-payment.yaml over the in-memory store —
 * 定例支給 runs, 随時支給, payment methods and 代理納付, the payment list and the 保護金品支給台帳. Payment records
 * are never deleted or rewritten: there is no operation that could.
 */
export function area05(env: AreaEnv): Partial<HogoAdapter> {
  return {
    ...paymentRunOperations(env),
    ...occasionalPaymentOperations(env),
    ...paymentMethodOperations(env),
    ...paymentListOperations(env),
  };
}
