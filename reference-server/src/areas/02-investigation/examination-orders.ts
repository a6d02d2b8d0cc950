import type { components, HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { addDays } from '../../support/clock.ts';
import { newId } from '../../support/ids.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { applicationInBody, assertApplicationOf, assertMemberOf, assertNotBefore, householdInPath, type Application } from './common.ts';

type MedicalExaminationOrder = components['schemas']['MedicalExaminationOrder'];

const pending = (a: Application) => a.status === 'received' || a.status === 'investigating';

/** 検診命令 (02.5.1, 02.5.2): an order under 生活保護法第28条第1項, linked to the pending application. */
export function examinationOrders(env: AreaEnv): Pick<HogoAdapter, 'createMedicalExaminationOrder'> {
  return {
    async createMedicalExaminationOrder({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdInPath(tx, path.householdId);
        assertMemberOf(household, body.memberId, '/body/memberId');
        assertNotBefore(body.examinationDueDate, body.orderedOn, '/body/examinationDueDate', '受診期限', 'The examination due date');
        let applicationId = body.applicationId;
        if (applicationId !== undefined) {
          const application = applicationInBody(tx, applicationId, '/body/applicationId');
          assertApplicationOf(application, household.householdId, '/body/applicationId');
          if (!pending(application)) {
            throw ruleBroken('application-not-pending', '/body/applicationId', {
              ja: `申請（${applicationId}）は申請受付又は調査中ではありません（${application.status}）。`,
              en: `The application ${applicationId} is no longer received or under investigation (${application.status}).`,
            });
          }
        } else {
          // Linked to the pending application when the household has exactly one.
          const open = tx.select<Application>('Application', (a) => a.householdId === household.householdId && pending(a)).map((r) => r.value);
          if (open.length === 1) applicationId = open[0]!.applicationId;
        }
        if (hasMutant(env, 'examination-order-unlinked')) applicationId = undefined;
        const orderId = newId(tx, 'MX');
        const { applicationId: _named, ...ordered } = body;
        const order: MedicalExaminationOrder = {
          ...ordered,
          // Seeded defect examination-due-date-default: the due date given is replaced by the order date + 14 days.
          ...(hasMutant(env, 'examination-due-date-default') ? { examinationDueDate: addDays(body.orderedOn, 14) } : {}),
          ...(applicationId !== undefined ? { applicationId } : {}),
          orderId,
          householdId: household.householdId,
          recordedAt: env.clock.now().toISOString(),
          recordedBy: ctx.principal.staffId,
        };
        tx.put('MedicalExaminationOrder', orderId, order);
        return order;
      });
    },
  };
}
