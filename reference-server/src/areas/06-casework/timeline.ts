import { codeLists, type HogoAdapter } from '@hogo-kit/sdk';
import { recordsWhere, type Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { page } from '../../support/page.ts';
import { byKeys, compact, householdRecordInPath, inPeriod, jstDate, type Schemas } from './common.ts';

type Entry = Schemas['TimelineEntry'];
/** An entry with the time stamp that orders entries of one day. */
type Timed = { entry: Entry; at: string };

const label = (list: keyof typeof codeLists, code: string) =>
  (codeLists[list].codes as Record<string, { ja: string }>)[code]?.ja ?? code;
const cut = (text: string) => (text.length > 500 ? `${text.slice(0, 499)}…` : text);

function ofHousehold<T extends { householdId?: string }>(tx: Reader, collection: string, householdId: string): T[] {
  return recordsWhere<T>(tx, collection, (v) => v.householdId === householdId).map((r) => r.value);
}

/** Every dated item of the household as time-line entries (06.5.4, 07.2.7). */
export function timelineOf(tx: Reader, householdId: string): Timed[] {
  const entries: Timed[] = [];
  const add = (entryType: Entry['entryType'], sourceId: string, occurredOn: string, summary: string, at: string, staffId?: string, category?: Entry['category']) =>
    entries.push({ entry: compact({ entryType, sourceId, householdId, occurredOn, summary: cut(summary), category, staffId }), at });
  for (const r of ofHousehold<Schemas['CaseRecord']>(tx, 'CaseRecord', householdId)) {
    add('caseRecord', r.recordId, r.recordedOn, r.title, r.recordedAt, r.recordedBy, r.category);
  }
  for (const v of ofHousehold<Schemas['VisitRecord']>(tx, 'VisitRecord', householdId)) {
    add('visitRecord', v.visitId, v.visitedOn, `訪問（${label('visitKind', v.visitKind)}）${v.metRecipient ? '' : '・不在'}`, v.recordedAt, v.recordedBy);
  }
  for (const d of ofHousehold<Schemas['Decision']>(tx, 'Decision', householdId)) {
    add('decision', d.decisionId, d.decidedOn, `保護の決定（${label('decisionType', d.type)}）`, d.createdAt, d.decidedBy);
  }
  for (const p of ofHousehold<Schemas['AssistancePlan']>(tx, 'AssistancePlan', householdId)) {
    add('assistancePlan', p.planId, p.establishedOn, `援助方針: ${p.goal}`, p.createdAt, p.createdBy);
  }
  for (const a of ofHousehold<Schemas['Approval']>(tx, 'Approval', householdId)) {
    add('approval', a.approvalId, jstDate(a.requestedAt), `決裁（${label('approvalStatus', a.status)}）: ${a.title}`, a.requestedAt, a.requestedBy);
  }
  for (const s of ofHousehold<Schemas['EmploymentSupport']>(tx, 'EmploymentSupport', householdId)) {
    add('employmentSupport', s.supportId, s.startedOn, `就労支援の開始（${label('employmentSupportProgram', s.program)}）`, s.createdAt, s.createdBy);
    for (const o of s.outcomes) {
      add('employmentSupport', s.supportId, o.outcomeOn, `就労支援の結果（${label('employmentOutcome', o.outcome)}）`, o.recordedAt, o.recordedBy);
    }
  }
  for (const a of ofHousehold<Schemas['VisitAppointment']>(tx, 'VisitAppointment', householdId)) {
    add('visitAppointment', a.appointmentId, jstDate(a.proposedAt), `訪問日程の提案（${label('visitAppointmentStatus', a.status)}）`, a.proposedAt, a.proposedBy);
  }
  for (const t of ofHousehold<Schemas['Task']>(tx, 'Task', householdId)) {
    add('task', t.taskId, t.dueOn, `要処理事項（${label('taskStatus', t.status)}）: ${t.title}`, t.createdAt, t.createdBy);
  }
  return entries;
}

export function timeline(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 06.5.4, 06.5.5, 07.2.7: one list in date order, by kind, category and period. */
    async getCaseTimeline({ path, query }) {
      householdRecordInPath(env.store, path.householdId);
      const filters = hasMutant(env, 'timeline-filters-ignored') ? {} : query;
      const byDate = !hasMutant(env, 'timeline-not-in-date-order');
      const items = timelineOf(env.store, path.householdId)
        .filter(({ entry }) => !filters.entryType || entry.entryType === filters.entryType)
        .filter(({ entry }) => !filters.category || entry.category === filters.category)
        .filter(({ entry }) => inPeriod(entry.occurredOn, filters.from, filters.to))
        .sort(byKeys(({ entry }) => (byDate ? entry.occurredOn : ''), ({ at }) => at, ({ entry }) => entry.sourceId))
        .map(({ entry }) => entry);
      return page(items, query);
    },
  };
}
