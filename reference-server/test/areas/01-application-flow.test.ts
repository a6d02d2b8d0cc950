import { describe, expect, it } from 'vitest';
import { registerHousehold } from '../support/13-data.ts';
import { appFor, applicationInput, createApplication, forceStatus, get, ok, post, refusedWithoutChange, TOWN_LG_CODE } from '../support/01-application.ts';

describe('flow application: startInvestigation (01.2.9, 01.2.11)', () => {
  it('received → investigating with the start date, the case worker and the household', async () => {
    const { app } = await appFor();
    const { household } = await registerHousehold(app);
    const created = await createApplication(app);
    const started = await ok(app, `/applications/${created.applicationId}/investigation`, { startedOn: '2026-03-21', householdId: household.householdId }, 'supervisor');
    expect(started).toMatchObject({ status: 'investigating', investigationStartedOn: '2026-03-21', caseworker: 'supervisor-1', householdId: household.householdId });
    const named = await createApplication(app);
    expect((await ok(app, `/applications/${named.applicationId}/investigation`, { startedOn: '2026-03-20', caseworker: 'caseworker-2' })).caseworker).toBe('caseworker-2');
  });

  it('refuses a start date before the application date, an unknown or a different household', async () => {
    const { app, store } = await appFor();
    const { household: h1 } = await registerHousehold(app);
    const { household: h2 } = await registerHousehold(app);
    const created = await createApplication(app, { householdId: h1.householdId });
    const url = `/applications/${created.applicationId}/investigation`;
    for (const [body, pointer] of [
      [{ startedOn: '2026-03-19' }, '/body/startedOn'],
      [{ startedOn: '2026-03-21', householdId: 'H-999999' }, '/body/householdId'],
      [{ startedOn: '2026-03-21', householdId: h2.householdId }, '/body/householdId'],
    ] as const) {
      const result = await refusedWithoutChange(store, () => post(app, url, body), 422);
      expect(result.unchanged).toBe(true);
      expect(result.problem.errors?.[0]?.pointer).toBe(pointer);
    }
  });

  it('refuses to start the investigation again or in a final state (409)', async () => {
    const { app, store } = await appFor();
    const investigating = await createApplication(app);
    await ok(app, `/applications/${investigating.applicationId}/investigation`, { startedOn: '2026-03-21' });
    const withdrawn = await createApplication(app);
    await ok(app, `/applications/${withdrawn.applicationId}/withdrawal`, { withdrawnOn: '2026-03-22', intentMethod: 'written' });
    const started = await createApplication(app);
    await forceStatus(store, started.applicationId, 'started');
    const rejected = await createApplication(app);
    await forceStatus(store, rejected.applicationId, 'rejected');
    for (const a of [investigating, withdrawn, started, rejected]) {
      const result = await refusedWithoutChange(store, () => post(app, `/applications/${a.applicationId}/investigation`, { startedOn: '2026-03-25' }), 409);
      expect(result.unchanged).toBe(true);
      expect(result.problem.code).toBe('illegal-transition');
    }
  });

  it('answers 404 for an unknown application', async () => {
    const { app } = await appFor();
    expect((await post(app, '/applications/A-999999/investigation', { startedOn: '2026-03-21' })).statusCode).toBe(404);
  });
});

describe('flow application: withdraw (01.2.10, 01.2.11, 01.5.4)', () => {
  it('withdraws a received or investigating application with the way the intent was expressed', async () => {
    const { app } = await appFor();
    const received = await createApplication(app);
    const w1 = await ok(app, `/applications/${received.applicationId}/withdrawal`, { withdrawnOn: '2026-03-22', intentMethod: 'written', reason: '就職が決まったため' }, 'intake');
    expect(w1).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-03-22', withdrawalIntentMethod: 'written', withdrawalReason: '就職が決まったため', deemedRejected: false, decisionOverdue: false });
    const investigating = await createApplication(app);
    await ok(app, `/applications/${investigating.applicationId}/investigation`, { startedOn: '2026-03-21' });
    const w2 = await ok(app, `/applications/${investigating.applicationId}/withdrawal`, { withdrawnOn: '2026-03-23', intentMethod: 'oral' });
    expect(w2).toMatchObject({ status: 'withdrawn', withdrawalIntentMethod: 'oral' });
  });

  it('refuses a withdrawal without the applicant\'s expressed intent (01.5.4)', async () => {
    const { app, store } = await appFor();
    const created = await createApplication(app);
    const result = await refusedWithoutChange(store, () => post(app, `/applications/${created.applicationId}/withdrawal`, { withdrawnOn: '2026-03-22' }), 400);
    expect(result.unchanged).toBe(true);
    expect((await get(app, `/applications/${created.applicationId}`)).json().status).toBe('received');
  });

  it('refuses a withdrawal date before the application date (422)', async () => {
    const { app, store } = await appFor();
    const created = await createApplication(app);
    const result = await refusedWithoutChange(store, () => post(app, `/applications/${created.applicationId}/withdrawal`, { withdrawnOn: '2026-03-19', intentMethod: 'written' }), 422);
    expect(result.unchanged).toBe(true);
  });

  it('refuses to withdraw a started, rejected or withdrawn application (409)', async () => {
    const { app, store } = await appFor();
    const withdrawn = await createApplication(app);
    await ok(app, `/applications/${withdrawn.applicationId}/withdrawal`, { withdrawnOn: '2026-03-22', intentMethod: 'written' });
    const started = await createApplication(app);
    await forceStatus(store, started.applicationId, 'started');
    const rejected = await createApplication(app);
    await forceStatus(store, rejected.applicationId, 'rejected');
    for (const a of [withdrawn, started, rejected]) {
      const result = await refusedWithoutChange(store, () => post(app, `/applications/${a.applicationId}/withdrawal`, { withdrawnOn: '2026-03-26', intentMethod: 'oral' }), 409);
      expect(result.unchanged).toBe(true);
      expect(result.problem.code).toBe('illegal-transition');
    }
  });
});

describe('01.3 決定期限とみなし却下', () => {
  it('shows the 14- and 30-day deadlines (01.3.1)', async () => {
    const { app } = await appFor();
    const created = await createApplication(app, { applicationDate: '2026-03-20' });
    expect(created).toMatchObject({ decisionDueDate: '2026-04-03', extendedDecisionDueDate: '2026-04-19' });
    const listed = (await get(app, '/applications')).json().items[0];
    expect(listed).toMatchObject({ decisionDueDate: '2026-04-03', extendedDecisionDueDate: '2026-04-19', asOf: '2026-04-01' });
  });

  it('flags and lists applications past 14 days without a decision for asOf (01.3.2)', async () => {
    const { app, store } = await appFor();
    const a = await createApplication(app, { applicationDate: '2026-03-01' });
    const b = await createApplication(app, { applicationDate: '2026-03-20' });
    const decided = await createApplication(app, { applicationDate: '2026-03-01' });
    await forceStatus(store, decided.applicationId, 'started');
    const overdue = async (asOf: string) => (await get(app, `/applications?decisionOverdue=true&asOf=${asOf}`)).json().items.map((x: { applicationId: string }) => x.applicationId);
    expect(await overdue('2026-03-15')).toEqual([]);
    // decided (notified 2026-03-25): overdue between the 14th day and the notice, no longer afterwards
    expect(await overdue('2026-03-16')).toEqual([a.applicationId, decided.applicationId]);
    expect(await overdue('2026-03-25')).toEqual([a.applicationId]);
    expect(await overdue('2026-04-04')).toEqual([a.applicationId, b.applicationId]);
    expect((await get(app, `/applications/${b.applicationId}?asOf=2026-04-03`)).json().decisionOverdue).toBe(false);
    expect((await get(app, `/applications/${b.applicationId}?asOf=2026-04-04`)).json().decisionOverdue).toBe(true);
  });

  it('identifies deemed rejections past 30 days, not after a withdrawal or a notice (01.3.3)', async () => {
    const { app } = await appFor();
    const open = await createApplication(app, { applicationDate: '2026-02-20' });
    const withdrawn = await createApplication(app, { applicationDate: '2026-02-20' });
    await ok(app, `/applications/${withdrawn.applicationId}/withdrawal`, { withdrawnOn: '2026-03-30', intentMethod: 'written' });
    const view = async (id: string, asOf: string) => (await get(app, `/applications/${id}?asOf=${asOf}`)).json();
    expect((await view(open.applicationId, '2026-03-22')).deemedRejected).toBe(false);
    expect((await view(open.applicationId, '2026-03-23')).deemedRejected).toBe(true);
    expect((await view(withdrawn.applicationId, '2026-03-25')).deemedRejected).toBe(true);
    expect((await view(withdrawn.applicationId, '2026-04-01')).deemedRejected).toBe(false);
    const deemed = (await get(app, '/applications?deemedRejected=true')).json().items.map((x: { applicationId: string }) => x.applicationId);
    expect(deemed).toEqual([open.applicationId]);
  });
});

describe('01.4 町村長経由の申請', () => {
  const viaTown = { viaTownHead: true, townLgCode: TOWN_LG_CODE, townName: '檜原村', applicationDate: '2026-03-20' };

  it('records the town, the forwarding day and the town head\'s note (01.4.1, 01.4.3)', async () => {
    const { app } = await appFor();
    const created = await createApplication(app, viaTown);
    expect(created).toMatchObject({ viaTownHead: true, townLgCode: TOWN_LG_CODE, townName: '檜原村', forwardingDueDate: '2026-03-25' });
    const forwarded = await ok(app, `/applications/${created.applicationId}/forwarding`, {
      forwardedOn: '2026-03-24', receivedOn: '2026-03-25', supportObligorNote: '長男が町内在住', assetIncomeNote: '農地なし', otherNote: '持病あり',
    });
    expect(forwarded).toMatchObject({ forwardedOn: '2026-03-24', forwardingReceivedOn: '2026-03-25', forwardingOverdue: false, townHeadNote: { supportObligorNote: '長男が町内在住', assetIncomeNote: '農地なし', otherNote: '持病あり' } });
  });

  it('flags a late forwarding and an unforwarded one past 5 days (01.4.2)', async () => {
    const { app } = await appFor();
    const late = await createApplication(app, viaTown);
    await ok(app, `/applications/${late.applicationId}/forwarding`, { forwardedOn: '2026-03-26' });
    const waiting = await createApplication(app, viaTown);
    const office = await createApplication(app);
    const flagged = async (asOf: string) => (await get(app, `/applications?forwardingOverdue=true&asOf=${asOf}`)).json().items.map((x: { applicationId: string }) => x.applicationId);
    expect(await flagged('2026-03-25')).toEqual([late.applicationId]);
    expect(await flagged('2026-03-26')).toEqual([late.applicationId, waiting.applicationId]);
    expect((await get(app, `/applications/${office.applicationId}`)).json().forwardingOverdue).toBe(false);
  });

  it('refuses a second forwarding (409), one of an office application or with inconsistent dates (422)', async () => {
    const { app, store } = await appFor();
    const town = await createApplication(app, viaTown);
    const office = await createApplication(app);
    const url = (id: string) => `/applications/${id}/forwarding`;
    for (const [id, body] of [
      [office.applicationId, { forwardedOn: '2026-03-21' }],
      [town.applicationId, { forwardedOn: '2026-03-19' }],
      [town.applicationId, { forwardedOn: '2026-03-22', receivedOn: '2026-03-21' }],
    ] as const) {
      expect((await refusedWithoutChange(store, () => post(app, url(id), body), 422)).unchanged).toBe(true);
    }
    await ok(app, url(town.applicationId), { forwardedOn: '2026-03-22' });
    expect((await refusedWithoutChange(store, () => post(app, url(town.applicationId), { forwardedOn: '2026-03-23' }), 409)).unchanged).toBe(true);
    expect((await post(app, url('A-999999'), { forwardedOn: '2026-03-23' })).statusCode).toBe(404);
  });

  it('requires the town when lodged with a town head, and refuses a town otherwise', async () => {
    const { app, store } = await appFor();
    expect((await refusedWithoutChange(store, () => post(app, '/applications', applicationInput({ viaTownHead: true }), 'intake'), 400)).unchanged).toBe(true);
    expect((await refusedWithoutChange(store, () => post(app, '/applications', applicationInput({ townLgCode: TOWN_LG_CODE }), 'intake'), 422)).unchanged).toBe(true);
  });
});
