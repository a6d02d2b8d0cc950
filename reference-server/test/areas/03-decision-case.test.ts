import { describe, expect, it } from 'vitest';
import { caseBody, decisionServer, fujo, OTHER_LG_CODE, type DecisionServer } from '../support/03-decision.ts';

const toStatus = async (s: DecisionServer, householdId: string, status: string) => {
  const steps: Record<string, string[]> = { protected: [], suspended: ['suspend'], discontinued: ['discontinue'], transferred: [] };
  for (const type of steps[status]!) expect((await s.caseDecision(householdId, caseBody(type, { decidedOn: '2026-03-12', effectiveOn: '2026-03-13' }))).status).toBe(201);
  if (status === 'transferred') {
    const res = await s.post(`/households/${householdId}/transfer`, { destinationLgCode: OTHER_LG_CODE, movedOn: '2026-03-12', decidedOn: '2026-03-12', effectiveOn: '2026-03-13', reasonText: '大阪市へ転居' });
    expect(res.status).toBe(201);
  }
};

describe('03 createCaseDecision — legal transitions of flow case (03.4.5–03.4.8, 03.5.7, 03.5.10, 03.5.11)', () => {
  it('change (ex officio): stays protected, records the assistance and the decision it replaces', async () => {
    const s = await decisionServer();
    const { householdId, start } = await s.protectedCase();
    const res = await s.caseDecision(householdId, caseBody('change', { fujoBreakdown: [{ fujoType: '01', monthlyAmount: 70_000, inKind: false }] }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'change', origin: 'ex-officio', previousDecisionId: start.decisionId, effectiveOn: '2026-04-01', instructionViolation: false });
    expect(res.body.daysFromApplication).toBeUndefined();
    expect(s.householdOf(householdId).protectionStatus).toBe('protected');
    expect((await s.get(`/decisions/${start.decisionId}`)).body).toEqual(start);
  });

  it('suspend → resume → discontinue, each replacing the previous decision; endedOn set on discontinuation', async () => {
    const s = await decisionServer();
    const { householdId, start } = await s.protectedCase();
    const suspend = await s.caseDecision(householdId, caseBody('suspend', { decidedOn: '2026-03-15', effectiveOn: '2026-03-16' }));
    expect(suspend.body).toMatchObject({ type: 'suspend', previousDecisionId: start.decisionId });
    expect(s.householdOf(householdId).protectionStatus).toBe('suspended');
    const resume = await s.caseDecision(householdId, caseBody('resume', { decidedOn: '2026-03-20', effectiveOn: '2026-03-21' }));
    expect(resume.body).toMatchObject({ type: 'resume', previousDecisionId: suspend.body.decisionId, fujoBreakdown: fujo });
    expect(s.householdOf(householdId).protectionStatus).toBe('protected');
    const end = await s.caseDecision(householdId, caseBody('discontinue', { discontinuationReason: '02' }));
    expect(end.body).toMatchObject({ type: 'discontinue', discontinuationReason: '02', previousDecisionId: resume.body.decisionId });
    expect(s.householdOf(householdId)).toMatchObject({ protectionStatus: 'discontinued', endedOn: '2026-04-01' });
  });

  it('discontinues a suspended case', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    await toStatus(s, householdId, 'suspended');
    expect((await s.caseDecision(householdId, caseBody('discontinue'))).status).toBe(201);
    expect(s.householdOf(householdId).protectionStatus).toBe('discontinued');
  });
});

describe('03 createCaseDecision — illegal transitions (03.4.12)', () => {
  it.each([
    ['none', 'change'], ['none', 'suspend'], ['none', 'resume'], ['none', 'discontinue'],
    ['protected', 'resume'],
    ['suspended', 'suspend'], ['suspended', 'change'],
    ['discontinued', 'change'], ['discontinued', 'suspend'], ['discontinued', 'resume'], ['discontinued', 'discontinue'],
    ['transferred', 'change'], ['transferred', 'suspend'], ['transferred', 'resume'], ['transferred', 'discontinue'],
  ])('refuses from %s: %s (409, nothing changed)', async (status, type) => {
    const s = await decisionServer();
    const householdId = status === 'none' ? (await s.household()).householdId : (await s.protectedCase()).householdId;
    if (status !== 'none') await toStatus(s, householdId, status);
    await s.refused(() => s.caseDecision(householdId, caseBody(type)), 409, 'illegal-transition');
  });

  it('answers 404 for an unknown household', async () => {
    const s = await decisionServer();
    await s.refused(() => s.caseDecision('H-999999', caseBody('change')), 404);
  });
});

describe('03 createCaseDecision — business rules (03.4.9, 03.4.10, 03.5.2)', () => {
  it('refuses a discontinuation without a reason code or with the transfer code (03.4.9)', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    await s.refused(() => s.caseDecision(householdId, caseBody('discontinue', { discontinuationReason: undefined })), 422, 'discontinuationReason-required');
    await s.refused(() => s.caseDecision(householdId, caseBody('discontinue', { discontinuationReason: '13' })), 422, 'transfer-reason-reserved');
  });

  it.each(['change', 'suspend', 'discontinue'])('refuses a %s for not following instructions without the hearing date (03.4.10)', async (type) => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const sanction = { instructionViolation: true, ...(type === 'discontinue' && { discontinuationReason: '12' }) };
    await s.refused(() => s.caseDecision(householdId, caseBody(type, sanction)), 422, 'hearing-required');
    await s.refused(() => s.caseDecision(householdId, caseBody(type, { ...sanction, hearingOn: '2026-03-26' })), 422, 'hearing-after-decision');
    const res = await s.caseDecision(householdId, caseBody(type, { ...sanction, hearingOn: '2026-03-20' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ instructionViolation: true, hearingOn: '2026-03-20' });
  });

  it('refuses origin application for suspension, resumption and discontinuation, and a type start', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    for (const type of ['suspend', 'discontinue', 'resume']) {
      await s.refused(() => s.caseDecision(householdId, caseBody(type, { origin: 'application', changeApplicationId: 'CA-000001' })), 422, 'origin-not-allowed');
    }
    await s.refused(() => s.caseDecision(householdId, caseBody('start')), 422, 'decision-type-not-allowed');
    await s.refused(() => s.caseDecision(householdId, caseBody('change', { origin: 'application' })), 422, 'changeApplicationId-required');
    await s.refused(() => s.caseDecision(householdId, caseBody('reject', { rejectionReason: '08' })), 422, 'origin-not-allowed');
  });

  it('refuses a decision without effectiveOn, without reasons, or notified before it was decided', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    await s.refused(() => s.caseDecision(householdId, caseBody('change', { effectiveOn: undefined })), 422, 'effectiveOn-required');
    await s.refused(() => s.caseDecision(householdId, caseBody('suspend', { reasonText: undefined })), 400);
    await s.refused(() => s.caseDecision(householdId, caseBody('suspend', { notifiedOn: '2026-03-24' })), 422, 'notified-before-decided');
  });
});

describe('03 change applications (03.4.1–03.4.4, 03.2.5)', () => {
  const apply = async (s: DecisionServer, householdId: string, appliedOn = '2026-03-20') =>
    s.post(`/households/${householdId}/change-applications`, { appliedOn, content: '冬季の暖房器具の購入費', fujoTypes: ['01'] });

  it('registers a change application with its due dates and derived flags for asOf', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const memberId = (s.householdOf(householdId).members as { memberId: string }[])[0]!.memberId;
    const res = await s.post(`/households/${householdId}/change-applications`, { appliedOn: '2026-03-01', content: '転居費用', applicantMemberId: memberId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      householdId, appliedOn: '2026-03-01', applicantMemberId: memberId, decisionDueDate: '2026-03-15', extendedDecisionDueDate: '2026-03-31',
      asOf: '2026-04-01', decisionOverdue: true, deemedRejected: true, receivedBy: 'caseworker-1',
    });
    const id = res.body.changeApplicationId;
    expect((await s.get(`/change-applications/${id}?asOf=2026-03-15`)).body).toMatchObject({ decisionOverdue: false, deemedRejected: false });
    expect((await s.get(`/change-applications/${id}?asOf=2026-03-16`)).body).toMatchObject({ decisionOverdue: true, deemedRejected: false });
    expect((await s.get(`/change-applications/${id}?asOf=2026-03-31`)).body).toMatchObject({ deemedRejected: false });
    expect((await s.get(`/change-applications/${id}?asOf=2026-04-01`)).body).toMatchObject({ deemedRejected: true });
    await s.refused(() => s.get('/change-applications/CA-999999'), 404);
  });

  it('refuses a change application for a household not in protection, from a non-member, or dated in the future', async () => {
    const s = await decisionServer();
    const hh = await s.household();
    await s.refused(() => apply(s, hh.householdId), 409, 'not-in-protection');
    const { householdId } = await s.protectedCase();
    await s.refused(() => s.post(`/households/${householdId}/change-applications`, { appliedOn: '2026-03-20', content: 'x', applicantMemberId: 'M-999999' }), 422, 'applicant-not-member');
    await s.refused(() => apply(s, householdId, '2026-04-02'), 422, 'applied-in-future');
    await toStatus(s, householdId, 'suspended');
    expect((await apply(s, householdId)).status).toBe(201);
  });

  it('decides a change application with a change linked to it; it is then no longer overdue and cannot be decided twice (03.4.4)', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const ca = (await apply(s, householdId, '2026-03-01')).body;
    const body = caseBody('change', { origin: 'application', changeApplicationId: ca.changeApplicationId, decidedOn: '2026-03-10' });
    const res = await s.caseDecision(householdId, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ origin: 'application', changeApplicationId: ca.changeApplicationId, daysFromApplication: 9, deemedRejectionPassed: false });
    const read = await s.get(`/change-applications/${ca.changeApplicationId}`);
    expect(read.body).toMatchObject({ decisionId: res.body.decisionId, decisionOverdue: false, deemedRejected: false });
    expect((await s.get(`/change-applications/${ca.changeApplicationId}?asOf=2026-03-09`)).body.decisionOverdue).toBe(false);
    await s.refused(() => s.caseDecision(householdId, body), 409, 'change-application-decided');
  });

  it('rejects a change application with a reason category, without changing the status', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const ca = (await apply(s, householdId)).body;
    await s.refused(() => s.caseDecision(householdId, { type: 'reject', origin: 'application', changeApplicationId: ca.changeApplicationId, decidedOn: '2026-03-25', reasonText: 'x' }), 422, 'rejectionReason-required');
    const res = await s.caseDecision(householdId, { type: 'reject', origin: 'application', changeApplicationId: ca.changeApplicationId, decidedOn: '2026-03-25', reasonText: '需要が認められない', rejectionReason: '08' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'reject', rejectionReason: '08', daysFromApplication: 5 });
    expect(res.body.previousDecisionId).toBeUndefined();
    expect(s.householdOf(householdId).protectionStatus).toBe('protected');
  });

  it('refuses a decision on a change application more than 14 days after it without a delay reason (03.2.5)', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const ca = (await apply(s, householdId, '2026-03-05')).body;
    const body = caseBody('change', { origin: 'application', changeApplicationId: ca.changeApplicationId, decidedOn: '2026-03-20' });
    await s.refused(() => s.caseDecision(householdId, body), 422, 'delay-reason-required');
    const late = await s.caseDecision(householdId, { ...body, decidedOn: '2026-04-06', delayReason: '見積りの取得に日時を要したため' });
    expect(late.body).toMatchObject({ daysFromApplication: 32, deemedRejectionPassed: true });
  });

  it('refuses an unknown change application, one of another household, or one named on an ex-officio decision', async () => {
    const s = await decisionServer();
    const a = await s.protectedCase();
    const b = await s.protectedCase();
    const ca = (await apply(s, b.householdId)).body;
    await s.refused(() => s.caseDecision(a.householdId, caseBody('change', { origin: 'application', changeApplicationId: 'CA-999999' })), 422, 'unknown-reference');
    await s.refused(() => s.caseDecision(a.householdId, caseBody('change', { origin: 'application', changeApplicationId: ca.changeApplicationId })), 422, 'change-application-of-another-household');
    await s.refused(() => s.caseDecision(b.householdId, caseBody('change', { changeApplicationId: ca.changeApplicationId })), 422, 'change-application-on-ex-officio');
  });
});

describe('03 transferCase (03.7.1–03.7.3)', () => {
  const transfer = (overrides: Record<string, unknown> = {}) => ({
    destinationLgCode: OTHER_LG_CODE, destinationOfficeName: '大阪市北区保健福祉センター', movedOn: '2026-03-20',
    destinationNotifiedOn: '2026-03-22', decidedOn: '2026-03-25', effectiveOn: '2026-03-31', reasonText: '大阪市へ転居したため移管します。', ...overrides,
  });

  it.each(['protected', 'suspended'])('transfers a %s case as a 廃止 with reason 13 and the transfer details', async (status) => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    await toStatus(s, householdId, status);
    const previous = (await s.get(`/households/${householdId}/decisions`)).body.items.at(-1);
    const res = await s.post(`/households/${householdId}/transfer`, transfer());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: 'discontinue', origin: 'ex-officio', discontinuationReason: '13', effectiveOn: '2026-03-31', previousDecisionId: previous.decisionId,
      transfer: { destinationLgCode: OTHER_LG_CODE, destinationOfficeName: '大阪市北区保健福祉センター', movedOn: '2026-03-20', destinationNotifiedOn: '2026-03-22' },
    });
    expect(s.householdOf(householdId)).toMatchObject({ protectionStatus: 'transferred', endedOn: '2026-03-31' });
    expect((await s.get(`/households/${householdId}/decisions`)).body.items.at(-1)).toEqual(res.body);
  });

  it('refuses a transfer of a household not in protection, already transferred or discontinued (409)', async () => {
    const s = await decisionServer();
    const hh = await s.household();
    await s.refused(() => s.post(`/households/${hh.householdId}/transfer`, transfer()), 409, 'illegal-transition');
    const a = await s.protectedCase();
    await toStatus(s, a.householdId, 'transferred');
    await s.refused(() => s.post(`/households/${a.householdId}/transfer`, transfer()), 409, 'illegal-transition');
    const b = await s.protectedCase();
    await toStatus(s, b.householdId, 'discontinued');
    await s.refused(() => s.post(`/households/${b.householdId}/transfer`, transfer()), 409, 'illegal-transition');
  });

  it('refuses a transfer to the own office, ending before the move, notified before decided, or without reasons', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const url = `/households/${householdId}/transfer`;
    await s.refused(() => s.post(url, transfer({ destinationLgCode: '131016' })), 422, 'same-office');
    await s.refused(() => s.post(url, transfer({ effectiveOn: '2026-03-19' })), 422, 'ended-before-move');
    await s.refused(() => s.post(url, transfer({ notifiedOn: '2026-03-24' })), 422, 'notified-before-decided');
    await s.refused(() => s.post(url, transfer({ reasonText: undefined })), 400);
  });
});
