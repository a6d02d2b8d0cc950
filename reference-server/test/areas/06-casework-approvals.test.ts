import { describe, expect, it } from 'vitest';
import { caseRecordBody, caseworkServer, type CaseworkServer } from '../support/casework-fixtures.ts';

const TWO_STEPS = [{ approverRole: 'supervisor' }, { approverRole: 'manager' }];

/** A household with an assistance plan by caseworker-1 (the item's author). */
async function setup(edition?: '2.0' | '2.1') {
  const s = await caseworkServer(edition ? { edition } : {});
  const { householdId } = await s.household();
  const plan = (await s.post(`/households/${householdId}/assistance-plans`, {
    establishedOn: '2026-03-01',
    issues: '課題',
    goal: '目標',
    measures: '内容',
  })).body;
  const request = (overrides: Record<string, unknown> = {}, as = 'caseworker') =>
    s.post('/approvals', { subjectType: 'assistancePlan', subjectId: plan.planId, title: '援助方針の決裁', route: TWO_STEPS, ...overrides }, as);
  return { s, householdId, plan, request };
}

const approve = (s: CaseworkServer, id: string, as: string, comment?: string) =>
  s.post(`/approvals/${id}/approval`, comment === undefined ? {} : { comment }, as);
const reject = (s: CaseworkServer, id: string, as: string, body: Record<string, unknown> = { comment: '援助目標を具体的に' }) =>
  s.post(`/approvals/${id}/rejection`, body, as);

describe('06.4 approval: request', () => {
  it('06.4.1: requests an approval along an ordered route (flow approval#request)', async () => {
    const { s, householdId, plan, request } = await setup();
    const res = await request({ requestComment: '年次見直し' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      subjectType: 'assistancePlan',
      subjectId: plan.planId,
      householdId,
      requestedBy: 'caseworker-1',
      subjectAuthor: 'caseworker-1',
      requestedAt: '2026-04-01T01:00:00.000Z',
      status: 'requested',
      currentStep: 1,
      steps: [
        { stepNo: 1, approverRole: 'supervisor', status: 'pending' },
        { stepNo: 2, approverRole: 'manager', status: 'pending' },
      ],
    });
    const read = await s.get(`/approvals/${res.body.approvalId}`, 'manager');
    expect(read.body).toEqual(res.body);
    expect(read.etag).toBeDefined();
  });

  it('06.4.1: every kind of item; a decision may be drafted before registration', async () => {
    const { s, householdId } = await setup();
    const vp = (await s.post(`/households/${householdId}/visit-plans`, { validFrom: '2026-04-01', intervalMonths: 2 })).body;
    expect((await s.post('/approvals', { subjectType: 'visitPlan', subjectId: vp.visitPlanId, title: '訪問計画', route: TWO_STEPS })).status).toBe(201);
    const decisionId = await s.seedDecision(householdId, { decidedBy: 'caseworker-2' });
    const onDecision = await s.post('/approvals', { subjectType: 'decision', subjectId: decisionId, title: '廃止決定', route: TWO_STEPS });
    expect(onDecision.body).toMatchObject({ subjectAuthor: 'caseworker-2', householdId });
    const hh = (await s.get(`/households/${householdId}`)).body;
    const grant = (await s.post(`/households/${householdId}/employment-independence-benefits`, {
      memberId: hh.members[0].memberId, discontinuationDecisionId: decisionId, employer: 'X', employmentStartedOn: '2026-03-01', grantedOn: '2026-03-31', amount: 1000,
    }, 'supervisor-2')).body;
    const onGrant = await s.post('/approvals', { subjectType: 'employmentIndependenceBenefit', subjectId: grant.benefitId, title: '給付金', route: TWO_STEPS });
    expect(onGrant.body).toMatchObject({ subjectAuthor: 'supervisor-2', householdId });
    const draft = await s.post('/approvals', { subjectType: 'decision', householdId, title: '開始決定（起案）', route: TWO_STEPS });
    expect(draft.status).toBe(201);
    expect(draft.body.subjectId).toBeUndefined();
    expect(draft.body.subjectAuthor).toBe('caseworker-1');
  });

  it('06.4.2: each step is a supervisor or a manager', async () => {
    const { s, request } = await setup();
    await s.refused(() => request({ route: [{ approverRole: 'supervisor' }, { approverRole: 'caseworker' }] }), 422, 'approver-role', '/body/route/1/approverRole');
    await s.refused(() => request({ route: [{ approverRole: 'accountant' }] }), 422, 'approver-role');
  });

  it('06.4.3: a route naming the requester or the item\'s author is refused', async () => {
    const { s, householdId, request } = await setup();
    // the requester (supervisor-1) designates themself
    await s.refused(() => request({ route: [{ approverRole: 'supervisor', approverId: 'supervisor-1' }] }, 'supervisor'), 422, 'own-approval', '/body/route/0/approverId');
    // the item's author (a plan registered by supervisor-2) designated by another requester
    const plan = (await s.post(`/households/${householdId}/assistance-plans`, { establishedOn: '2026-03-02', issues: 'a', goal: 'b', measures: 'c' }, 'supervisor-2')).body;
    await s.refused(
      () => s.post('/approvals', { subjectType: 'assistancePlan', subjectId: plan.planId, title: 't', route: [{ approverRole: 'supervisor', approverId: 'supervisor-2' }] }),
      422,
      'own-approval',
    );
    expect((await s.post('/approvals', { subjectType: 'assistancePlan', subjectId: plan.planId, title: 't', route: [{ approverRole: 'supervisor', approverId: 'supervisor-1' }] })).status).toBe(201);
  });

  it('06.4.7: the same person on two steps is refused', async () => {
    const { s, request } = await setup();
    await s.refused(
      () => request({ route: [{ approverRole: 'supervisor', approverId: 'supervisor-2' }, { approverRole: 'supervisor', approverId: 'supervisor-2' }] }),
      422,
      'approver-twice',
      '/body/route/1/approverId',
    );
  });

  it('06.4.13: a second open approval of one item is refused; after closing it may be requested again', async () => {
    const { s, request } = await setup();
    const first = (await request()).body;
    await s.refused(() => request(), 409, 'illegal-transition');
    await approve(s, first.approvalId, 'supervisor');
    await s.refused(() => request(), 409, 'illegal-transition');
    await reject(s, first.approvalId, 'manager');
    expect((await request()).status).toBe(201);
  });

  it('06.4.14: an unknown item or an item of another household is refused', async () => {
    const { s, householdId, request } = await setup();
    const other = await s.household();
    await s.refused(() => request({ subjectId: 'AP-999999' }), 422, 'unknown-reference', '/body/subjectId');
    await s.refused(() => request({ householdId: other.householdId }), 422, 'subject-of-another-household');
    await s.refused(() => request({ subjectType: 'visitPlan' }), 422, 'unknown-reference');
    await s.refused(() => s.post('/approvals', { subjectType: 'assistancePlan', title: 't', route: TWO_STEPS }), 422, 'subject-required');
    await s.refused(() => s.post('/approvals', { subjectType: 'decision', title: 't', route: TWO_STEPS }), 422, 'household-required');
    await s.refused(() => s.post('/approvals', { subjectType: 'decision', householdId: 'H-999999', title: 't', route: TWO_STEPS }), 422, 'unknown-reference');
    expect((await request({ householdId })).status).toBe(201);
  });

  it('a manager cannot request (role), an empty route is invalid', async () => {
    const { s, request } = await setup();
    await s.refused(() => request({}, 'manager'), 403);
    await s.refused(() => request({ route: [] }), 400);
  });
});

describe('06.4 approval: acting on steps', () => {
  it('06.4.5/06.4.10: steps in order; approveStep then approveFinal; history kept', async () => {
    const { s, request } = await setup();
    const id = (await request()).body.approvalId;
    // the manager cannot act on step 1 (supervisor's step)
    await s.refused(() => approve(s, id, 'manager'), 403, 'not-current-approver');
    const step1 = await approve(s, id, 'supervisor', '了');
    expect(step1.status).toBe(200);
    expect(step1.body).toMatchObject({ status: 'inProgress', currentStep: 2 });
    expect(step1.body.steps[0]).toEqual({ stepNo: 1, approverRole: 'supervisor', status: 'approved', actedBy: 'supervisor-1', actedAt: '2026-04-01T01:00:00.000Z', comment: '了' });
    const final = await approve(s, id, 'manager');
    expect(final.body).toMatchObject({ status: 'approved', closedAt: '2026-04-01T01:00:00.000Z' });
    expect(final.body.currentStep).toBeUndefined();
    expect(final.body.steps[1]).toMatchObject({ status: 'approved', actedBy: 'manager-1' });
    expect((await s.get(`/approvals/${id}`)).body).toEqual(final.body);
  });

  it('06.4.4: the requester and the item\'s author can neither approve nor reject', async () => {
    const { s, householdId } = await setup();
    // supervisor-1 registers a plan and requests its approval; route: any supervisor
    const plan = (await s.post(`/households/${householdId}/assistance-plans`, { establishedOn: '2026-03-05', issues: 'a', goal: 'b', measures: 'c' }, 'supervisor')).body;
    const own = (await s.post('/approvals', { subjectType: 'assistancePlan', subjectId: plan.planId, title: 't', route: [{ approverRole: 'supervisor' }] }, 'supervisor')).body;
    await s.refused(() => approve(s, own.approvalId, 'supervisor'), 403, 'own-approval');
    await s.refused(() => reject(s, own.approvalId, 'supervisor'), 403, 'own-approval');
    expect((await approve(s, own.approvalId, 'supervisor-2')).body.status).toBe('approved');
    // the author (supervisor-2's plan) requested by caseworker-1
    const plan2 = (await s.post(`/households/${householdId}/assistance-plans`, { establishedOn: '2026-03-06', issues: 'a', goal: 'b', measures: 'c' }, 'supervisor-2')).body;
    const byOther = (await s.post('/approvals', { subjectType: 'assistancePlan', subjectId: plan2.planId, title: 't', route: [{ approverRole: 'supervisor' }] })).body;
    expect(byOther.subjectAuthor).toBe('supervisor-2');
    await s.refused(() => approve(s, byOther.approvalId, 'supervisor-2'), 403, 'own-approval');
    await s.refused(() => reject(s, byOther.approvalId, 'supervisor-2'), 403, 'own-approval');
  });

  it('06.4.6: only the current step\'s designated approver acts', async () => {
    const { s, request } = await setup();
    const id = (await request({ route: [{ approverRole: 'supervisor', approverId: 'supervisor-2' }, { approverRole: 'manager' }] })).body.approvalId;
    await s.refused(() => approve(s, id, 'supervisor'), 403, 'not-current-approver');
    await s.refused(() => reject(s, id, 'supervisor'), 403, 'not-current-approver');
    await s.refused(() => reject(s, id, 'manager'), 403, 'not-current-approver');
    expect((await approve(s, id, 'supervisor-2')).body.status).toBe('inProgress');
  });

  it('06.4.7: one person acts on one step only', async () => {
    const { s, request } = await setup();
    const id = (await request({ route: [{ approverRole: 'supervisor' }, { approverRole: 'supervisor' }] })).body.approvalId;
    await approve(s, id, 'supervisor');
    await s.refused(() => approve(s, id, 'supervisor'), 403, 'acted-already');
    await s.refused(() => reject(s, id, 'supervisor'), 403, 'acted-already');
    expect((await approve(s, id, 'supervisor-2')).body.status).toBe('approved');
  });

  it('06.4.8: rejection with a reason (flow approval#reject), from requested and from inProgress', async () => {
    const { s, request, householdId } = await setup();
    const id = (await request()).body.approvalId;
    await s.refused(() => reject(s, id, 'supervisor', {}), 422, 'reason-required', '/body/comment');
    await s.refused(() => reject(s, id, 'supervisor', { comment: '   ' }), 400);
    const res = await reject(s, id, 'supervisor');
    expect(res.body).toMatchObject({ status: 'rejected', closedAt: '2026-04-01T01:00:00.000Z' });
    expect(res.body.steps[0]).toMatchObject({ status: 'rejected', actedBy: 'supervisor-1', comment: '援助目標を具体的に' });
    expect(res.body.steps[1]).toMatchObject({ status: 'pending' });
    const vp = (await s.post(`/households/${householdId}/visit-plans`, { validFrom: '2026-04-01', intervalMonths: 2 })).body;
    const id2 = (await s.post('/approvals', { subjectType: 'visitPlan', subjectId: vp.visitPlanId, title: 't', route: TWO_STEPS })).body.approvalId;
    await approve(s, id2, 'supervisor');
    expect((await reject(s, id2, 'manager')).body.status).toBe('rejected');
  });

  it('06.4.9: approved and rejected approvals cannot be acted on', async () => {
    const { s, request } = await setup();
    const id = (await request({ route: [{ approverRole: 'supervisor' }] })).body.approvalId;
    await approve(s, id, 'supervisor');
    await s.refused(() => approve(s, id, 'supervisor-2'), 409, 'illegal-transition');
    await s.refused(() => reject(s, id, 'supervisor-2'), 409, 'illegal-transition');
    const id2 = (await request({ route: [{ approverRole: 'supervisor' }] })).body.approvalId;
    await reject(s, id2, 'supervisor');
    await s.refused(() => approve(s, id2, 'supervisor-2'), 409, 'illegal-transition');
    await s.refused(() => reject(s, id2, 'supervisor-2'), 409, 'illegal-transition');
  });

  it('roles and unknown ids', async () => {
    const { s, request } = await setup();
    const id = (await request()).body.approvalId;
    await s.refused(() => approve(s, id, 'caseworker-2'), 403, 'forbidden');
    await s.refused(() => approve(s, 'AV-999999', 'supervisor'), 404);
    await s.refused(() => reject(s, 'AV-999999', 'supervisor'), 404);
    expect((await s.get('/approvals/AV-999999')).status).toBe(404);
  });
});

describe('06.4 approval: lists and case records', () => {
  it('06.4.11/06.4.12: work list and filters, newest first', async () => {
    const { s, householdId, request } = await setup();
    const a = (await request()).body;
    const vp = (await s.post(`/households/${householdId}/visit-plans`, { validFrom: '2026-04-01', intervalMonths: 2 })).body;
    const b = (await s.post('/approvals', { subjectType: 'visitPlan', subjectId: vp.visitPlanId, title: 't', route: [{ approverRole: 'manager' }] })).body;
    const other = await s.household();
    const c = (await s.post('/approvals', { subjectType: 'decision', householdId: other.householdId, title: 't', route: [{ approverRole: 'supervisor', approverId: 'supervisor-2' }] })).body;
    const ids = async (q: string, as = 'caseworker') => (await s.get(`/approvals${q}`, as)).body.items.map((x: { approvalId: string }) => x.approvalId);
    expect(await ids('')).toEqual([c.approvalId, b.approvalId, a.approvalId]);
    expect(await ids('?actionable=true', 'supervisor')).toEqual([a.approvalId]);
    expect(await ids('?actionable=true', 'supervisor-2')).toEqual([c.approvalId, a.approvalId]);
    expect(await ids('?actionable=true', 'manager')).toEqual([b.approvalId]);
    expect(await ids('?actionable=false', 'manager')).toEqual([c.approvalId, a.approvalId]);
    expect(await ids('?subjectType=visitPlan')).toEqual([b.approvalId]);
    expect(await ids(`?householdId=${other.householdId}`)).toEqual([c.approvalId]);
    expect(await ids(`?subjectId=${a.subjectId}`)).toEqual([a.approvalId]);
    await approve(s, a.approvalId, 'supervisor');
    expect(await ids('?status=inProgress')).toEqual([a.approvalId]);
    expect(await ids('?status=requested')).toEqual([c.approvalId, b.approvalId]);
    expect(await ids('?actionable=true', 'manager')).toEqual([b.approvalId, a.approvalId]);
    expect(await ids('?actionable=true', 'supervisor')).toEqual([]);
  });

  it('06.4.15/06.4.16: case records approved electronically; status shown on the entry', async () => {
    const { s, householdId } = await setup();
    const entry = (await s.post(`/households/${householdId}/case-records`, caseRecordBody())).body;
    expect(entry.approvalStatus).toBeUndefined();
    const ap = (await s.post('/approvals', { subjectType: 'caseRecord', subjectId: entry.recordId, title: 'ケース記録の決裁', route: [{ approverRole: 'manager' }] })).body;
    expect(ap).toMatchObject({ householdId, subjectAuthor: 'caseworker-1' });
    const show = async () => (await s.get(`/case-records/${entry.recordId}`)).body;
    expect(await show()).toMatchObject({ approvalStatus: 'requested', approvalId: ap.approvalId });
    await approve(s, ap.approvalId, 'manager');
    expect(await show()).toMatchObject({ approvalStatus: 'approved', approvalId: ap.approvalId, title: entry.title, body: entry.body });
    const listed = (await s.get(`/households/${householdId}/case-records`)).body.items[0];
    expect(listed).toMatchObject({ approvalStatus: 'approved', approvalId: ap.approvalId });
  });

  it('2.0 has no case-record approvals', async () => {
    const { s, householdId } = await setup('2.0');
    const entry = (await s.post(`/households/${householdId}/case-records`, caseRecordBody())).body;
    await s.refused(() => s.post('/approvals', { subjectType: 'caseRecord', subjectId: entry.recordId, title: 't', route: TWO_STEPS }), 400);
  });
});
