import { describe, expect, it } from 'vitest';
import { AuditLog, type AuditEntry, type AuditFilter } from '../src/audit/log.ts';

/** The search as a plain filter over the entries handed out (the form the handler used before the log had columns). */
const oracle = (entries: AuditEntry[], q: AuditFilter) => entries.filter((e) =>
  (q.from === undefined || Date.parse(e.occurredAt) >= Date.parse(q.from))
  && (q.to === undefined || Date.parse(e.occurredAt) < Date.parse(q.to))
  && (q.staffId === undefined || e.actor.staffId === q.staffId)
  && (q.action === undefined || e.action === q.action)
  && (q.outcome === undefined || e.outcome === q.outcome)
  && (q.operationId === undefined || e.operationId === q.operationId)
  && (q.householdId === undefined || e.householdId === q.householdId)
  && (q.memberId === undefined || e.memberId === q.memberId)
  && (q.hiddenOutcome === undefined || e.outcome !== q.hiddenOutcome)).map((e) => e.sequence);

function filledLog(): AuditLog {
  const log = new AuditLog();
  for (let i = 0; i < 300; i++) {
    log.append({
      at: i % 40 === 0 ? `2026-04-01T${String(9 + (i % 5)).padStart(2, '0')}:00:00+09:00` : new Date(Date.UTC(2026, 3, 1) + i * 60_000).toISOString(),
      staffId: `staff-${i % 5}`, roles: ['caseworker'], operationId: ['getHousehold', 'updateHousehold', 'listHouseholds', 'createApplication'][i % 4]!,
      method: ['GET', 'PATCH', 'GET', 'POST'][i % 4]!, url: `/x/${i}`,
      subjects: { householdIds: i % 6 === 0 ? [] : [`H-${i % 17}`], memberIds: i % 4 === 1 ? [`M-${i % 7}`] : [] }, status: [200, 200, 403, 400, 201][i % 5]!,
    });
  }
  return log;
}

describe('AuditLog.search', () => {
  const log = filledLog();
  const entries = log.entries();
  const filters: AuditFilter[] = [
    {}, { staffId: 'staff-2' }, { staffId: 'nobody' }, { action: 'read' }, { action: 'update' }, { action: 'no-such-action' },
    { outcome: 'denied' }, { outcome: 'rejected' }, { outcome: 'sideways' }, { operationId: 'createApplication' },
    { householdId: 'H-3' }, { householdId: 'H-404' }, { memberId: 'M-2' }, { from: '2026-04-01T02:00:00.000Z' },
    { to: '2026-04-01T01:00:00Z' }, { from: '2026-04-01T01:00:00+09:00', to: '2026-04-01T03:30:00Z' }, { from: 'not a time' },
    { to: 'not a time' }, { hiddenOutcome: 'denied' }, { staffId: 'staff-1', outcome: 'success', householdId: 'H-5' },
    { operationId: 'getHousehold', memberId: 'M-1', from: '2026-03-31T00:00:00Z' }, { action: 'read', hiddenOutcome: 'denied', to: '2026-04-01T04:00:00Z' },
  ];
  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('%s: the same sequences as filtering the entries', (_, filter) => {
    expect(log.search(filter)).toEqual(oracle(entries, filter));
  });

  it('the filters above are not vacuous: most keep some entries and leave out others', () => {
    const sizes = filters.map((f) => oracle(entries, f).length);
    expect(sizes.filter((n) => n > 0 && n < entries.length).length).toBeGreaterThanOrEqual(14);
  });
});
