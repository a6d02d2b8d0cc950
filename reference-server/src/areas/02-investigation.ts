import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { declarations } from './02-investigation/declarations.ts';
import { electronicIncome } from './02-investigation/electronic-income.ts';
import { examinationOrders } from './02-investigation/examination-orders.ts';
import { inquiries } from './02-investigation/inquiries.ts';
import { supportObligors } from './02-investigation/support-obligors.ts';
import { taxSurveys } from './02-investigation/tax-surveys.ts';

/**
 * Area 02: the operations of spec/src/openapi/paths/02-investigation.yaml over the in-memory store. Operations
 * absent from the edition (submitElectronicIncomeReport in 2.0) are dropped by the adapter factory.
 */
export function area02(env: AreaEnv): Partial<HogoAdapter> {
  return {
    ...inquiries(env),
    ...supportObligors(env),
    ...declarations(env),
    ...electronicIncome(env),
    ...taxSurveys(env),
    ...examinationOrders(env),
  };
}
