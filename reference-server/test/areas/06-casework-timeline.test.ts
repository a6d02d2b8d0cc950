import { describe, expect, it } from 'vitest';
import { caseRecordBody, caseworkServer } from '../support/casework-fixtures.ts';

async function busyHousehold() {
  const s = await caseworkServer();
  const hh = await s.household();
  const householdId = hh.householdId as string;
  const memberId = hh.members[0].memberId as string;
  const other = await s.household();
  await s.post(`/households/${other.householdId}/case-records`, caseRecordBody({ recordedOn: '2026-03-01' }));
  const entry = (await s.post(`/households/${householdId}/case-records`, caseRecordBody({ recordedOn: '2026-03-20', category: 'phone', title: '電話' }))).body;
  await s.post(`/households/${householdId}/case-records`, caseRecordBody({ recordedOn: '2026-01-15', title: '初回訪問' }));
  const visit = (await s.post(`/households/${householdId}/visits`, { visitedOn: '2026-02-10', visitKind: 'home', metRecipient: false })).body;
  const decisionId = await s.seedDecision(householdId, { type: 'change', decidedOn: '2026-02-20', effectiveOn: '2026-03-01', discontinuationReason: undefined });
  const plan = (await s.post(`/households/${householdId}/assistance-plans`, { establishedOn: '2026-01-05', issues: 'a', goal: '就労自立', measures: 'c' })).body;
  const approval = (await s.post('/approvals', { subjectType: 'assistancePlan', subjectId: plan.planId, title: '援助方針の決裁', route: [{ approverRole: 'supervisor' }] })).body;
  const support = (await s.post(`/members/${memberId}/employment-support`, { program: 'employmentSupport', startedOn: '2026-02-01' })).body;
  await s.post(`/employment-support/${support.supportId}/outcome`, { outcome: 'employed', outcomeOn: '2026-03-25', employer: '株式会社テスト' });
  const appointment = (await s.post(`/households/${householdId}/visit-appointments`, {
    memberId, proposedStart: '2026-04-10T01:00:00Z', proposedEnd: '2026-04-10T02:00:00Z', channel: 'letter',
  })).body;
  const task = (await s.post('/tasks', { householdId, title: '収入申告の確認', assignee: 'caseworker-1', dueOn: '2026-04-15' })).body;
  return { s, householdId, ids: { entry, visit, decisionId, plan, approval, support, appointment, task } };
}

describe('06.5.4/06.5.5/07.2.7 household time line (2.1)', () => {
  it('puts records, visits, decisions, plans, approvals, employment support, appointments and tasks in date order', async () => {
    const { s, householdId, ids } = await busyHousehold();
    const res = await s.get(`/households/${householdId}/timeline`);
    expect(res.status).toBe(200);
    const items = res.body.items as { entryType: string; occurredOn: string; sourceId: string; householdId: string; summary: string; category?: string }[];
    expect(items.map((i) => [i.occurredOn, i.entryType])).toEqual([
      ['2026-01-05', 'assistancePlan'],
      ['2026-01-15', 'caseRecord'],
      ['2026-02-01', 'employmentSupport'],
      ['2026-02-10', 'visitRecord'],
      ['2026-02-20', 'decision'],
      ['2026-03-20', 'caseRecord'],
      ['2026-03-25', 'employmentSupport'],
      ['2026-04-01', 'approval'],
      ['2026-04-01', 'visitAppointment'],
      ['2026-04-15', 'task'],
    ]);
    expect(items.every((i) => i.householdId === householdId)).toBe(true);
    expect(items[5]).toMatchObject({ sourceId: ids.entry.recordId, summary: '電話', category: 'phone', staffId: 'caseworker-1' });
    expect(items[4]).toMatchObject({ sourceId: ids.decisionId, summary: '保護の決定（変更）' });
    expect(items[3]!.summary).toContain('不在');
    expect(items[6]).toMatchObject({ sourceId: ids.support.supportId, summary: '就労支援の結果（就職（就労開始））' });
    expect(items[7]!.sourceId).toBe(ids.approval.approvalId);
    expect(items[9]!.sourceId).toBe(ids.task.taskId);
  });

  it('filters by kind, category and period', async () => {
    const { s, householdId } = await busyHousehold();
    const get = async (q: string) => (await s.get(`/households/${householdId}/timeline?${q}`)).body.items.map((i: { entryType: string; occurredOn: string }) => `${i.occurredOn} ${i.entryType}`);
    expect(await get('entryType=caseRecord')).toEqual(['2026-01-15 caseRecord', '2026-03-20 caseRecord']);
    expect(await get('entryType=employmentSupport')).toEqual(['2026-02-01 employmentSupport', '2026-03-25 employmentSupport']);
    expect(await get('category=phone')).toEqual(['2026-03-20 caseRecord']);
    expect(await get('from=2026-02-10&to=2026-03-20')).toEqual(['2026-02-10 visitRecord', '2026-02-20 decision', '2026-03-20 caseRecord']);
    expect(await get('entryType=visitRecord&from=2026-03-01')).toEqual([]);
  });

  it('404 for an unknown household; absent from 2.0', async () => {
    const { s } = await busyHousehold();
    expect((await s.get('/households/H-999999/timeline')).status).toBe(404);
    const old = await caseworkServer({ edition: '2.0' });
    const { householdId } = await old.household();
    expect((await old.get(`/households/${householdId}/timeline`)).status).toBe(404);
  });
});
