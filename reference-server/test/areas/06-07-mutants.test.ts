import { describe, expect, it } from 'vitest';
import { caseRecordBody, caseworkServer, member } from '../support/casework-fixtures.ts';

/** Each seeded defect of areas 06 and 07 makes the server break the rule it names (so a check can catch it). */
const withMutant = async (mutant: string) => {
  const s = await caseworkServer({ mutant });
  const hh = await s.household({ members: [member('太郎'), member('花子', '02')] });
  return { s, householdId: hh.householdId as string, memberId: hh.members[0].memberId as string };
};

describe('mutants of areas 06 and 07', () => {
  it('case-record-author-from-client (06.1.3)', async () => {
    const { s, householdId } = await withMutant('case-record-author-from-client');
    expect((await s.post(`/households/${householdId}/case-records`, caseRecordBody())).body.recordedBy).not.toBe('caseworker-1');
  });

  it('case-record-filter-ignored (06.1.5)', async () => {
    const { s, householdId } = await withMutant('case-record-filter-ignored');
    await s.post(`/households/${householdId}/case-records`, caseRecordBody({ category: 'phone' }));
    expect((await s.get(`/households/${householdId}/case-records?category=visit`)).body.items).toHaveLength(1);
  });

  it('review-date-beyond-a-year (06.2.2)', async () => {
    const { s, householdId } = await withMutant('review-date-beyond-a-year');
    const res = await s.post(`/households/${householdId}/assistance-plans`, { establishedOn: '2026-03-01', issues: 'a', goal: 'b', measures: 'c', reviewDueOn: '2027-06-01' });
    expect(res.status).toBe(201);
  });

  it('absent-visit-counts (06.3.6) and future-visit-accepted (06.3.4)', async () => {
    const absent = await withMutant('absent-visit-counts');
    await absent.s.post(`/households/${absent.householdId}/visit-plans`, { validFrom: '2025-10-01', intervalMonths: 3 });
    await absent.s.post(`/households/${absent.householdId}/visits`, { visitedOn: '2026-03-20', visitKind: 'home', metRecipient: false });
    expect((await absent.s.get('/visits/overdue')).body.items).toEqual([]);
    const future = await withMutant('future-visit-accepted');
    expect((await future.s.post(`/households/${future.householdId}/visits`, { visitedOn: '2026-05-01', visitKind: 'home', metRecipient: true })).status).toBe(201);
  });

  it('self-approval-allowed (06.4.3, 06.4.4)', async () => {
    const { s, householdId } = await withMutant('self-approval-allowed');
    const plan = (await s.post(`/households/${householdId}/assistance-plans`, { establishedOn: '2026-03-01', issues: 'a', goal: 'b', measures: 'c' }, 'supervisor')).body;
    const ap = await s.post('/approvals', { subjectType: 'assistancePlan', subjectId: plan.planId, title: 't', route: [{ approverRole: 'supervisor', approverId: 'supervisor-1' }] }, 'supervisor');
    expect(ap.status).toBe(201);
    expect((await s.post(`/approvals/${ap.body.approvalId}/approval`, {}, 'supervisor')).body.status).toBe('approved');
  });

  it('approval-steps-out-of-order (06.4.5, 06.4.6)', async () => {
    const { s, householdId } = await withMutant('approval-steps-out-of-order');
    const plan = (await s.post(`/households/${householdId}/assistance-plans`, { establishedOn: '2026-03-01', issues: 'a', goal: 'b', measures: 'c' })).body;
    const ap = (await s.post('/approvals', { subjectType: 'assistancePlan', subjectId: plan.planId, title: 't', route: [{ approverRole: 'supervisor' }, { approverRole: 'manager' }] })).body;
    const res = await s.post(`/approvals/${ap.approvalId}/approval`, {}, 'manager');
    expect(res.status).toBe(200);
    expect(res.body.steps[1].status).toBe('approved');
  });

  it('keyword-search-misses-body (06.5.1)', async () => {
    const { s, householdId } = await withMutant('keyword-search-misses-body');
    await s.post(`/households/${householdId}/case-records`, caseRecordBody({ title: '件名', body: '本文のキーワード' }));
    expect((await s.get(`/case-records?q=${encodeURIComponent('キーワード')}`)).body.items).toEqual([]);
  });

  it('task-completed-twice (06.6.5) and appointment-answered-twice (06.7.5)', async () => {
    const t = await withMutant('task-completed-twice');
    const task = (await t.s.post('/tasks', { title: 'x', assignee: 'caseworker-1', dueOn: '2026-04-10' })).body;
    await t.s.post(`/tasks/${task.taskId}/completion`, { note: 'a' });
    expect((await t.s.post(`/tasks/${task.taskId}/completion`, { note: 'b' })).status).toBe(200);
    const a = await withMutant('appointment-answered-twice');
    const ap = (await a.s.post(`/households/${a.householdId}/visit-appointments`, { memberId: a.memberId, proposedStart: '2026-04-10T01:00:00Z', proposedEnd: '2026-04-10T02:00:00Z', channel: 'sms' })).body;
    await a.s.post(`/visit-appointments/${ap.appointmentId}/response`, { response: 'declined' });
    expect((await a.s.post(`/visit-appointments/${ap.appointmentId}/response`, { response: 'accepted' })).status).toBe(200);
  });

  it('no-capacity-not-met (07.1.4), duplicate-active-enrolment (07.2.2), referral-without-consent (07.3.2)', async () => {
    const c = await withMutant('no-capacity-not-met');
    expect((await c.s.post(`/members/${c.memberId}/work-capacity-assessments`, { assessedOn: '2026-03-15', capacity: 'none', utilisation: 'notMet' })).status).toBe(201);
    const d = await withMutant('duplicate-active-enrolment');
    await d.s.post(`/members/${d.memberId}/employment-support`, { program: 'employmentSupport', startedOn: '2026-03-01' });
    expect((await d.s.post(`/members/${d.memberId}/employment-support`, { program: 'employmentSupport', startedOn: '2026-03-02' })).status).toBe(201);
    const r = await withMutant('referral-without-consent');
    expect((await r.s.post(`/members/${r.memberId}/hello-work-referrals`, { referredOn: '2026-03-05', helloWorkOffice: 'ハローワーク飯田橋', consentObtained: false })).status).toBe(201);
  });

  it('independence-benefit-twice (07.4.3) and independence-benefit-cap-removed (07.4.4)', async () => {
    for (const [mutant, amount, second] of [['independence-benefit-twice', 1000, 201], ['independence-benefit-cap-removed', 500000, 409]] as const) {
      const { s, householdId, memberId } = await withMutant(mutant);
      const decisionId = await s.seedDecision(householdId);
      const body = { memberId, discontinuationDecisionId: decisionId, employer: 'X', employmentStartedOn: '2026-03-01', grantedOn: '2026-03-31', amount };
      expect((await s.post(`/households/${householdId}/employment-independence-benefits`, body)).status).toBe(201);
      expect((await s.post(`/households/${householdId}/employment-independence-benefits`, body)).status).toBe(second);
    }
  });
});
