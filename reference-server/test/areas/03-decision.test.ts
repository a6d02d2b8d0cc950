import { describe, expect, it } from 'vitest';
import { APPLIED_ON, decisionServer, exOfficioBody, fujo, rejectBody, startBody } from '../support/03-decision.ts';

describe('03 decideApplication — 開始 (03.1.1, 03.1.3, 03.1.4, 03.5.3, 03.5.8, 03.5.10, 03.5.11)', () => {
  it('records the start with dates, assistance, reason, origin and author; the household becomes protected with a case number', async () => {
    const s = await decisionServer();
    const hh = await s.household();
    const app = await s.application(hh.householdId);
    const res = await s.decide(app.applicationId, startBody({ notifiedOn: '2026-03-11' }));
    expect(res.status).toBe(201);
    expect(res.etag).toBeDefined();
    expect(res.body).toMatchObject({
      householdId: hh.householdId, applicationId: app.applicationId, type: 'start', origin: 'application',
      decidedOn: '2026-03-10', notifiedOn: '2026-03-11', effectiveOn: APPLIED_ON, startReason: '06', fujoBreakdown: fujo,
      daysFromApplication: 10, deemedRejectionPassed: false, decidedBy: 'caseworker-1',
    });
    const read = await s.get(`/decisions/${res.body.decisionId}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(res.body);
    const household = s.householdOf(hh.householdId);
    expect(household).toMatchObject({ protectionStatus: 'protected', startedOn: APPLIED_ON });
    expect(household.caseNumber).toMatch(/^\d{6}$/);
    const application = await s.get(`/applications/${app.applicationId}`);
    expect(application.body).toMatchObject({ status: 'started', decisionId: res.body.decisionId, decisionNotifiedOn: '2026-03-11', decisionOverdue: false });
  });

  it('defaults notifiedOn to decidedOn and accepts a start on the application date itself (03.1.6)', async () => {
    const s = await decisionServer();
    const { start } = await s.protectedCase();
    expect(start).toMatchObject({ notifiedOn: '2026-03-10', effectiveOn: APPLIED_ON });
  });

  it('refuses a start before the application date (03.1.6) and changes nothing', async () => {
    const s = await decisionServer();
    const hh = await s.household();
    const app = await s.application(hh.householdId);
    const problem = await s.refused(() => s.decide(app.applicationId, startBody({ effectiveOn: '2026-02-28' })), 422, 'start-before-application');
    expect(problem.errors?.[0]?.pointer).toBe('/body/effectiveOn');
  });

  it.each([
    ['effectiveOn', 'effectiveOn-required'],
    ['startReason', 'startReason-required'],
    ['fujoBreakdown', 'fujoBreakdown-required'],
  ])('refuses a start without %s (03.1.3, 03.1.4)', async (field, code) => {
    const s = await decisionServer();
    const hh = await s.household();
    const app = await s.application(hh.householdId);
    const body: Record<string, unknown> = startBody();
    delete body[field];
    await s.refused(() => s.decide(app.applicationId, body), 422, code);
    await s.refused(() => s.decide(app.applicationId, startBody({ fujoBreakdown: [] })), 422, 'fujoBreakdown-required');
  });

  it('refuses a breakdown naming one type of assistance twice', async () => {
    const s = await decisionServer();
    const app = await s.application((await s.household()).householdId);
    await s.refused(() => s.decide(app.applicationId, startBody({ fujoBreakdown: [fujo[0], fujo[0]] })), 422, 'duplicate-fujo-type');
  });

  it('refuses a decision type other than start or reject, and a start for an application without a household', async () => {
    const s = await decisionServer();
    const app = await s.application((await s.household()).householdId);
    await s.refused(() => s.decide(app.applicationId, startBody({ type: 'change' })), 422, 'decision-type-not-allowed');
    const unlinked = await s.application(undefined);
    await s.refused(() => s.decide(unlinked.applicationId, startBody()), 422, 'application-without-household');
    await s.refused(() => s.decide('A-999999', startBody()), 404);
  });

  it('is refused to roles other than caseworker, supervisor and manager', async () => {
    const s = await decisionServer();
    const app = await s.application((await s.household()).householdId);
    await s.refused(() => s.decide(app.applicationId, startBody(), 'intake'), 403);
    expect((await s.decide(app.applicationId, startBody(), 'supervisor')).body.decidedBy).toBe('supervisor-1');
  });
});

describe('03 decideApplication — 却下 and one decision per application (03.1.2, 03.1.7, 03.1.8)', () => {
  it('records a rejection with its reason category; the household stays not protected (03.1.2)', async () => {
    const s = await decisionServer();
    const hh = await s.household();
    const app = await s.application(hh.householdId);
    const res = await s.decide(app.applicationId, rejectBody({ effectiveOn: '2026-03-05', startReason: '01' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'reject', origin: 'application', rejectionReason: '02', daysFromApplication: 9 });
    expect(res.body.effectiveOn).toBeUndefined();
    expect(res.body.startReason).toBeUndefined();
    expect(s.householdOf(hh.householdId).protectionStatus).toBe('none');
    expect((await s.get(`/applications/${app.applicationId}`)).body.status).toBe('rejected');
  });

  it('refuses a rejection without a reason category', async () => {
    const s = await decisionServer();
    const app = await s.application((await s.household()).householdId);
    await s.refused(() => s.decide(app.applicationId, rejectBody({ rejectionReason: undefined })), 422, 'rejectionReason-required');
  });

  it('refuses a second start or rejection on a decided application (03.1.7)', async () => {
    const s = await decisionServer();
    const { applicationId } = await s.protectedCase();
    await s.refused(() => s.decide(applicationId, startBody()), 409, 'illegal-transition');
    await s.refused(() => s.decide(applicationId, rejectBody()), 409, 'illegal-transition');
    const other = await s.application((await s.household()).householdId);
    expect((await s.decide(other.applicationId, rejectBody())).status).toBe(201);
    await s.refused(() => s.decide(other.applicationId, startBody()), 409, 'illegal-transition');
  });

  it('refuses a decision on a withdrawn application (03.1.8)', async () => {
    const s = await decisionServer();
    const app = await s.application((await s.household()).householdId);
    const withdrawn = await s.post(`/applications/${app.applicationId}/withdrawal`, { withdrawnOn: '2026-03-05', intentMethod: 'written' });
    expect(withdrawn.status).toBe(200);
    await s.refused(() => s.decide(app.applicationId, startBody()), 409, 'illegal-transition');
    await s.refused(() => s.decide(app.applicationId, rejectBody()), 409, 'illegal-transition');
  });

  it('decides an application under investigation', async () => {
    const s = await decisionServer();
    const hh = await s.household();
    const app = await s.application(hh.householdId);
    const inv = await s.post(`/applications/${app.applicationId}/investigation`, { startedOn: '2026-03-02' });
    expect([200, 201]).toContain(inv.status);
    expect((await s.decide(app.applicationId, startBody())).status).toBe(201);
  });

  it('refuses reasons missing or blank (03.5.2)', async () => {
    const s = await decisionServer();
    const app = await s.application((await s.household()).householdId);
    await s.refused(() => s.decide(app.applicationId, startBody({ reasonText: undefined })), 400);
    await s.refused(() => s.decide(app.applicationId, startBody({ reasonText: '   ' })), 400);
  });
});

describe('03 decideApplication — deadlines (03.2.1–03.2.4)', () => {
  const setup = async () => {
    const s = await decisionServer();
    const app = await s.application((await s.household()).householdId);
    return { s, id: app.applicationId as string };
  };

  it('accepts a notice on day 14 without a delay reason', async () => {
    const { s, id } = await setup();
    const res = await s.decide(id, startBody({ decidedOn: '2026-03-15' }));
    expect(res.body).toMatchObject({ daysFromApplication: 14, deemedRejectionPassed: false });
  });

  it('refuses a notice on day 15 without a delay reason, counting to notifiedOn (03.2.2)', async () => {
    const { s, id } = await setup();
    await s.refused(() => s.decide(id, startBody({ decidedOn: '2026-03-16' })), 422, 'delay-reason-required');
    await s.refused(() => s.decide(id, rejectBody({ decidedOn: '2026-03-10', notifiedOn: '2026-03-16' })), 422, 'delay-reason-required');
  });

  it('records the delay reason and the days on a late decision (03.2.1, 03.2.3)', async () => {
    const { s, id } = await setup();
    const res = await s.decide(id, startBody({ decidedOn: '2026-03-16', delayReason: '扶養義務者の回答に日時を要したため' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ delayReason: '扶養義務者の回答に日時を要したため', daysFromApplication: 15, deemedRejectionPassed: false });
  });

  it('still registers a decision after day 30, marked as after the deemed-rejection period (03.2.4)', async () => {
    const { s, id } = await setup();
    const res = await s.decide(id, rejectBody({ decidedOn: '2026-03-31', notifiedOn: '2026-04-01', delayReason: '資産調査に日時を要したため' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ daysFromApplication: 31, deemedRejectionPassed: true });
    const day30 = await setup();
    const ok = await day30.s.decide(day30.id, rejectBody({ decidedOn: '2026-03-31', delayReason: '資産調査に日時を要したため' }));
    expect(ok.body).toMatchObject({ daysFromApplication: 30, deemedRejectionPassed: false });
  });

  it('refuses a notice before the decision and a decision before the application', async () => {
    const { s, id } = await setup();
    await s.refused(() => s.decide(id, startBody({ notifiedOn: '2026-03-09' })), 422, 'notified-before-decided');
    await s.refused(() => s.decide(id, rejectBody({ decidedOn: '2026-02-27' })), 422, 'decided-before-application');
  });
});

describe('03 decideApplication — case flow (03.4.11, 03.4.12)', () => {
  it('refuses a start for a household already protected, suspended or transferred (409)', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const second = await s.application(householdId, '2026-03-05');
    await s.refused(() => s.decide(second.applicationId, startBody({ effectiveOn: '2026-03-05' })), 409, 'illegal-transition');
    // a rejection of the second application is still possible
    expect((await s.decide(second.applicationId, rejectBody())).status).toBe(201);
    expect(s.householdOf(householdId).protectionStatus).toBe('protected');
    const suspended = await s.protectedCase();
    await s.caseDecision(suspended.householdId, { type: 'suspend', origin: 'ex-officio', decidedOn: '2026-03-12', effectiveOn: '2026-03-13', reasonText: '一時的な収入' });
    const third = await s.application(suspended.householdId, '2026-03-14');
    await s.refused(() => s.decide(third.applicationId, startBody({ decidedOn: '2026-03-20', effectiveOn: '2026-03-14' })), 409, 'illegal-transition');
    const moved = await s.protectedCase();
    const transfer = await s.post(`/households/${moved.householdId}/transfer`, { destinationLgCode: '271004', movedOn: '2026-03-12', decidedOn: '2026-03-12', effectiveOn: '2026-03-13', reasonText: '転居' });
    expect(transfer.status).toBe(201);
    const fourth = await s.application(moved.householdId, '2026-03-14');
    await s.refused(() => s.decide(fourth.applicationId, startBody({ decidedOn: '2026-03-20', effectiveOn: '2026-03-14' })), 409, 'illegal-transition');
  });

  it('restarts a discontinued household on a new application, keeping its case number and clearing endedOn (03.4.11)', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const caseNumber = s.householdOf(householdId).caseNumber;
    const end = await s.caseDecision(householdId, { type: 'discontinue', origin: 'ex-officio', decidedOn: '2026-03-12', effectiveOn: '2026-03-13', reasonText: '就労収入の増加', discontinuationReason: '04' });
    expect(end.status).toBe(201);
    expect(s.householdOf(householdId)).toMatchObject({ protectionStatus: 'discontinued', endedOn: '2026-03-13' });
    const again = await s.application(householdId, '2026-03-20');
    const res = await s.decide(again.applicationId, startBody({ decidedOn: '2026-03-25', effectiveOn: '2026-03-20' }));
    expect(res.status).toBe(201);
    const household = s.householdOf(householdId);
    expect(household).toMatchObject({ protectionStatus: 'protected', startedOn: '2026-03-20', caseNumber });
    expect(household.endedOn).toBeUndefined();
  });
});

describe('03 startExOfficio (03.3.1, 03.3.2, 03.1.3, 03.1.4, 03.5.3)', () => {
  it('starts protection without an application, recording the urgency', async () => {
    const s = await decisionServer();
    const hh = await s.household();
    const res = await s.post(`/households/${hh.householdId}/ex-officio-start`, exOfficioBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: 'start', origin: 'ex-officio', urgencyText: exOfficioBody().urgencyText, startReason: '03',
      effectiveOn: '2026-03-18', fujoBreakdown: [{ fujoType: '05', monthlyAmount: 0, inKind: true }],
    });
    expect(res.body.applicationId).toBeUndefined();
    expect(res.body.daysFromApplication).toBeUndefined();
    expect(s.householdOf(hh.householdId)).toMatchObject({ protectionStatus: 'protected', startedOn: '2026-03-18' });
    expect(s.householdOf(hh.householdId).caseNumber).toBeDefined();
  });

  it('starts a discontinued household again ex officio (flow case#exOfficioStart)', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    await s.caseDecision(householdId, { type: 'discontinue', origin: 'ex-officio', decidedOn: '2026-03-12', effectiveOn: '2026-03-13', reasonText: '施設入所', discontinuationReason: '10' });
    const res = await s.post(`/households/${householdId}/ex-officio-start`, exOfficioBody());
    expect(res.status).toBe(201);
    expect(s.householdOf(householdId).protectionStatus).toBe('protected');
  });

  it('refuses an ex-officio start for a protected or suspended household, without urgency or reasons, or for an unknown household', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    await s.refused(() => s.post(`/households/${householdId}/ex-officio-start`, exOfficioBody()), 409, 'illegal-transition');
    await s.caseDecision(householdId, { type: 'suspend', origin: 'ex-officio', decidedOn: '2026-03-12', effectiveOn: '2026-03-13', reasonText: '一時的な収入' });
    await s.refused(() => s.post(`/households/${householdId}/ex-officio-start`, exOfficioBody()), 409, 'illegal-transition');
    const hh = await s.household();
    await s.refused(() => s.post(`/households/${hh.householdId}/ex-officio-start`, exOfficioBody({ urgencyText: undefined })), 400);
    await s.refused(() => s.post(`/households/${hh.householdId}/ex-officio-start`, exOfficioBody({ reasonText: undefined })), 400);
    await s.refused(() => s.post(`/households/${hh.householdId}/ex-officio-start`, exOfficioBody({ notifiedOn: '2026-03-19' })), 422, 'notified-before-decided');
    await s.refused(() => s.post('/households/H-999999/ex-officio-start', exOfficioBody()), 404);
  });
});
