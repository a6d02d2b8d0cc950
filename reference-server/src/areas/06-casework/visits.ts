import type { HogoAdapter } from '@hogo-kit/sdk';
import { recordsWhere, type Reader } from '../../store/store.ts';
import { daysBetween } from '../../support/clock.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { householdScoped } from '../../support/household-changes.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { addMonths, assertMembersOf, byKeys, compact, householdRecordInPath, staffOf, type Household, type Schemas } from './common.ts';

type VisitPlan = Schemas['VisitPlan'];
type VisitRecord = Schemas['VisitRecord'];
type OverdueVisit = Schemas['OverdueVisit'];

/** Protection statuses whose households are no longer visited from this office (06.3.8). */
const CLOSED = new Set(['discontinued', 'transferred']);

/** The plan in force on a date: latest validFrom on or before it, validTo absent or not before it (ties: registered last). */
export function planInForce(tx: Reader, householdId: string, date: string): VisitPlan | undefined {
  return recordsWhere<VisitPlan>(tx, 'VisitPlan', (p) => p.householdId === householdId && p.validFrom <= date && (!p.validTo || p.validTo >= date))
    .map((r) => r.value)
    .sort(byKeys((p) => p.validFrom, (p) => p.createdAt, (p) => p.visitPlanId))
    .at(-1);
}

/** The household's overdue entry on asOf, or undefined (rule in VisitPlan; absent visits do not count, 06.3.6). */
export function overdueOf(tx: Reader, household: Household, asOf: string, absentCounts = false): OverdueVisit | undefined {
  const plan = planInForce(tx, household.householdId, asOf);
  if (!plan) return undefined;
  const lastVisitedOn = recordsWhere<VisitRecord>(tx, 'VisitRecord', (v) => v.householdId === household.householdId && (v.metRecipient || absentCounts) && v.visitedOn <= asOf)
    .map((r) => r.value.visitedOn)
    .sort()
    .at(-1);
  const baseDate = lastVisitedOn ?? plan.validFrom;
  const dueDate = addMonths(baseDate, plan.intervalMonths);
  if (asOf <= dueDate) return undefined;
  return compact({
    householdId: household.householdId,
    caseNumber: household.caseNumber,
    section: household.section,
    assignedCaseworker: household.assignedCaseworker,
    visitPlanId: plan.visitPlanId,
    intervalMonths: plan.intervalMonths,
    lastVisitedOn,
    baseDate,
    dueDate,
    daysOverdue: daysBetween(dueDate, asOf),
    asOf,
  });
}

export function visits(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 06.3.1: interval in months and period of validity. */
    async createVisitPlan({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdRecordInPath(tx, path.householdId).value;
        if (body.validTo !== undefined && body.validTo < body.validFrom) {
          throw ruleBroken('period-reversed', '/body/validTo', {
            ja: '適用終了日は適用開始日以後の日としてください',
            en: 'validTo must not be before validFrom',
          });
        }
        const visitPlanId = newId(tx, 'VP');
        const plan: VisitPlan = compact({
          visitPlanId,
          householdId: household.householdId,
          validFrom: hasMutant(env, 'visit-plan-from-registration-date') ? env.clock.today() : body.validFrom,
          validTo: body.validTo,
          intervalMonths: body.intervalMonths,
          visitGrade: body.visitGrade,
          purpose: body.purpose,
          createdBy: staffOf(ctx),
          createdAt: env.clock.now().toISOString(),
        });
        tx.put('VisitPlan', visitPlanId, plan);
        return plan;
      });
    },

    /** 06.3.2, 06.3.4, 06.7.7: a visit that took place (not after today), absent visits included. */
    async createVisitRecord({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdRecordInPath(tx, path.householdId).value;
        if (body.visitedOn > env.clock.today() && !hasMutant(env, 'future-visit-accepted')) {
          throw ruleBroken('visit-in-future', '/body/visitedOn', {
            ja: '当日より後の日を訪問日とする訪問記録は登録できません',
            en: 'A visit cannot be dated after today',
          });
        }
        assertMembersOf(household, body.memberIds, '/body/memberIds');
        const appointmentId = env.edition === '2.0' ? undefined : body.appointmentId;
        const keptAppointment = hasMutant(env, 'visit-appointment-link-dropped') ? undefined : appointmentId;
        if (appointmentId !== undefined) {
          const appointment = tx.get<Schemas['VisitAppointment']>('VisitAppointment', appointmentId);
          if (!appointment || appointment.value.householdId !== household.householdId) {
            throw ruleBroken('unknown-reference', '/body/appointmentId', {
              ja: '指定された訪問日程調整は当該世帯のものとして存在しません',
              en: 'The appointment is not a visit appointment of this household',
            });
          }
        }
        const visitId = newId(tx, 'VR');
        const visit: VisitRecord = compact({
          visitId,
          householdId: household.householdId,
          visitedOn: hasMutant(env, 'visit-date-from-clock') ? env.clock.today() : body.visitedOn,
          visitKind: body.visitKind,
          metRecipient: body.metRecipient,
          memberIds: body.memberIds,
          summary: body.summary,
          appointmentId: keptAppointment,
          recordedBy: staffOf(ctx),
          recordedAt: env.clock.now().toISOString(),
        });
        tx.put('VisitRecord', visitId, visit);
        return visit;
      });
    },

    /** 06.3.3: in visitedOn order. */
    async listVisitRecords({ path, query }) {
      householdRecordInPath(env.store, path.householdId);
      const items = env.store
        .select<VisitRecord>('VisitRecord', (v) => v.householdId === path.householdId)
        .map((r) => r.value)
        .sort(hasMutant(env, 'visit-list-in-registration-order') ? byKeys((v) => v.recordedAt, (v) => v.visitId) : byKeys((v) => v.visitedOn, (v) => v.recordedAt, (v) => v.visitId));
      return page(items, query);
    },

    /** 06.3.5–06.3.8: overdue households on asOf, most overdue first, by section and case worker. */
    async listOverdueVisits({ query }) {
      const asOf = query.asOf ?? env.clock.today();
      const closedListed = hasMutant(env, 'overdue-lists-closed-cases');
      const filters = hasMutant(env, 'overdue-filters-ignored') ? {} : query;
      // Plans and visits read once for all households, not once per household.
      const readerOf = householdScoped(env.store, ['VisitPlan', 'VisitRecord']);
      const items = env.store
        .select<Household>('Household', (h) => (closedListed || !CLOSED.has(h.protectionStatus))
          && (!filters.section || h.section === filters.section)
          && (!filters.assignedCaseworker || h.assignedCaseworker === filters.assignedCaseworker))
        .map((r) => r.value)
        .map((h) => overdueOf(readerOf(h.householdId), h, asOf, hasMutant(env, 'absent-visit-counts')))
        .filter((o): o is OverdueVisit => o !== undefined)
        .sort(byKeys((o) => -o.daysOverdue, (o) => o.householdId));
      return page(items, query);
    },
  };
}
