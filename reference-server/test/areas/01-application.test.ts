import { describe, expect, it } from 'vitest';
import { registerHousehold } from '../support/13-data.ts';
import {
  appFor, applicationInput, consultationInput, createApplication, forceStatus, get, ok, personInNeed, post, refusedWithoutChange, TOWN_LG_CODE,
} from '../support/01-application.ts';

describe('01.1 面接相談', () => {
  it('records and reads a consultation with all its items (01.1.1, 01.1.3)', async () => {
    const { app } = await appFor();
    const created = await ok(app, '/consultations', consultationInput({ otherMeasuresInformed: '生活困窮者自立支援制度' }), 'intake');
    expect(created).toMatchObject({ consultedOn: '2026-03-19', method: '1', mainComplaint: '失業して生活費がない', adviceGiven: '制度の説明を行った', outcome: '1', applicationIntentExpressed: true, interviewer: 'intake-1', recordedBy: 'intake-1' });
    const read = await get(app, `/consultations/${created.consultationId}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBeTruthy();
    expect(read.json()).toEqual(created);
  });

  it('requires the intention to apply to be recorded (01.1.3)', async () => {
    const { app, store } = await appFor();
    const { applicationIntentExpressed: _omit, ...body } = consultationInput();
    const result = await refusedWithoutChange(store, () => post(app, '/consultations', body, 'intake'), 400);
    expect(result.unchanged).toBe(true);
  });

  it('refuses to close a consultation with an expressed intention without taking the application (01.5.3)', async () => {
    const { app, store } = await appFor();
    for (const outcome of ['3', '4', '5', '9']) {
      const result = await refusedWithoutChange(store, () => post(app, '/consultations', consultationInput({ outcome }), 'intake'), 422);
      expect(result.unchanged).toBe(true);
      expect(result.problem.code).toBe('application-intent-not-honoured');
      expect(result.problem.errors?.[0]?.pointer).toBe('/body/outcome');
    }
    const handed = await ok(app, '/consultations', consultationInput({ outcome: '2' }), 'intake');
    expect(handed.applicationFormProvided).toBe(true);
    const advised = await ok(app, '/consultations', consultationInput({ applicationIntentExpressed: false, outcome: '4' }), 'intake');
    expect(advised.outcome).toBe('4');
  });

  it('refuses a consultation naming a household that does not exist', async () => {
    const { app, store } = await appFor();
    const result = await refusedWithoutChange(store, () => post(app, '/consultations', consultationInput({ householdId: 'H-999999' }), 'intake'), 422);
    expect(result.unchanged).toBe(true);
  });

  it('searches by date range, name (kanji or kana, partial) and outcome, newest first (01.1.2)', async () => {
    const { app } = await appFor();
    await ok(app, '/consultations', consultationInput({ consultedOn: '2026-03-01' }), 'intake');
    await ok(app, '/consultations', consultationInput({ consultedOn: '2026-03-10', outcome: '2' }), 'intake');
    await ok(app, '/consultations', consultationInput({
      consultedOn: '2026-03-15', applicationIntentExpressed: false, outcome: '4',
      client: { name: { family: '鈴木', given: '花子', familyKana: 'スズキ', givenKana: 'ハナコ' } },
    }), 'intake');
    const list = async (qs: string) => (await get(app, `/consultations?${qs}`)).json().items.map((c: { consultedOn: string }) => c.consultedOn);
    expect(await list('')).toEqual(['2026-03-15', '2026-03-10', '2026-03-01']);
    expect(await list('from=2026-03-05&to=2026-03-12')).toEqual(['2026-03-10']);
    expect(await list(`clientName=${encodeURIComponent('佐藤')}`)).toEqual(['2026-03-10', '2026-03-01']);
    expect(await list(`clientName=${encodeURIComponent('スズキ')}`)).toEqual(['2026-03-15']);
    expect(await list(`clientName=${encodeURIComponent('すずき はな')}`)).toEqual(['2026-03-15']);
    expect(await list('outcome=2')).toEqual(['2026-03-10']);
    expect(await list(`clientName=${encodeURIComponent('田中')}`)).toEqual([]);
  });

  it('links the consultation to the application registered from it (01.1.4)', async () => {
    const { app, store } = await appFor();
    const consultation = await ok(app, '/consultations', consultationInput(), 'intake');
    const application = await createApplication(app, { consultationId: consultation.consultationId });
    expect(application.consultationId).toBe(consultation.consultationId);
    expect((await get(app, `/consultations/${consultation.consultationId}`)).json().applicationId).toBe(application.applicationId);
    const again = await refusedWithoutChange(store, () => post(app, '/applications', applicationInput({ consultationId: consultation.consultationId }), 'intake'), 422);
    expect(again.unchanged).toBe(true);
    const unknown = await refusedWithoutChange(store, () => post(app, '/applications', applicationInput({ consultationId: 'C-999999' }), 'intake'), 422);
    expect(unknown.unchanged).toBe(true);
  });

  it('answers 404 for an unknown consultation', async () => {
    const { app } = await appFor();
    expect((await get(app, '/consultations/C-999999')).statusCode).toBe(404);
  });
});

describe('01.2 保護の申請', () => {
  it('registers an application with the items of 第24条第1項 and its attachments (01.2.1, 01.2.7)', async () => {
    const { app } = await appFor();
    const created = await createApplication(app);
    expect(created).toMatchObject({
      status: 'received', channel: '1', applicationDate: '2026-03-20', applicantRelation: '1', reason: '失業し、預貯金が尽きたため',
      assetStatus: '預金 3万円', incomeStatus: 'なし', workOrJobSearchStatus: 'ハローワークで求職中', supportStatus: '不明', otherBenefitStatus: 'なし',
      attachments: ['01', '02', '03'], specialCircumstanceNoForm: false, viaTownHead: false, receivedBy: 'intake-1',
    });
    expect(created.personInNeed.address.text).toBe('千代田二丁目2番2号');
    const read = await get(app, `/applications/${created.applicationId}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBeTruthy();
    expect(read.json()).toMatchObject({ ...created, asOf: '2026-04-01' });
  });

  it('names a missing or blank item of 第24条第1項 and registers nothing (01.2.2)', async () => {
    const { app, store } = await appFor();
    const { incomeStatus: _omit, ...withoutIncome } = applicationInput();
    const missing = await refusedWithoutChange(store, () => post(app, '/applications', withoutIncome, 'intake'), 400);
    expect(missing.unchanged).toBe(true);
    expect(JSON.stringify(missing.problem)).toContain('incomeStatus');
    const noAddress = await refusedWithoutChange(store, () => post(app, '/applications', applicationInput({ personInNeed: { name: personInNeed().name } }), 'intake'), 400);
    expect(noAddress.unchanged).toBe(true);
    const blank = await refusedWithoutChange(store, () => post(app, '/applications', applicationInput({ assetStatus: '  ' }), 'intake'), 422);
    expect(blank.unchanged).toBe(true);
    expect(blank.problem.errors?.map((e) => e.pointer)).toEqual(['/body/assetStatus']);
  });

  it('registers an application without a form on a special circumstance with the name only (01.2.3)', async () => {
    const { app, store } = await appFor();
    const minimal = { applicationDate: '2026-03-30', applicantRelation: '1', personInNeed: { name: { family: '高橋', given: '三郎' } }, specialCircumstanceNoForm: true, specialCircumstanceNote: '入院中で筆記ができないため口頭で申請' };
    const created = await ok(app, '/applications', minimal, 'intake');
    expect(created).toMatchObject({ specialCircumstanceNoForm: true, specialCircumstanceNote: '入院中で筆記ができないため口頭で申請', status: 'received' });
    const { specialCircumstanceNote: _omit, ...noNote } = minimal;
    const refused = await refusedWithoutChange(store, () => post(app, '/applications', noNote, 'intake'), 400);
    expect(refused.unchanged).toBe(true);
  });

  it('records who applied and requires the applicant when not the person in need (01.2.4)', async () => {
    const { app, store } = await appFor();
    const refused = await refusedWithoutChange(store, () => post(app, '/applications', applicationInput({ applicantRelation: '3' }), 'intake'), 400);
    expect(refused.unchanged).toBe(true);
    const created = await createApplication(app, { applicantRelation: '3', applicant: { name: { family: '佐藤', given: '花子' }, phone: '03-0000-0000' } });
    expect(created).toMatchObject({ applicantRelation: '3', applicant: { name: { family: '佐藤', given: '花子' } } });
  });

  it('numbers receipts sequentially within the fiscal year of the application date (01.2.5)', async () => {
    const { app } = await appFor();
    const a = await createApplication(app, { applicationDate: '2026-03-30' });
    const b = await createApplication(app, { applicationDate: '2026-04-01' });
    const c = await createApplication(app, { applicationDate: '2026-03-31' });
    const d = await createApplication(app, { applicationDate: '2026-04-01' });
    expect([a, b, c, d].map((x) => x.receiptNumber)).toEqual(['2025-000001', '2026-000001', '2025-000002', '2026-000002']);
    expect([a, b, c, d].map((x) => [x.receiptFiscalYear, x.receiptSerial])).toEqual([[2025, 1], [2026, 1], [2025, 2], [2026, 2]]);
  });

  it('lists the 保護申請書受理簿 of a fiscal year in receipt-number order (01.2.6)', async () => {
    const { app } = await appFor();
    await createApplication(app, { applicationDate: '2026-04-01' });
    await createApplication(app, { applicationDate: '2026-03-02' });
    await createApplication(app, { applicationDate: '2026-03-01' });
    const fy2025 = (await get(app, '/applications?fiscalYear=2025')).json().items;
    expect(fy2025.map((x: { receiptNumber: string }) => x.receiptNumber)).toEqual(['2025-000001', '2025-000002']);
    const all = (await get(app, '/applications')).json().items;
    expect(all.map((x: { receiptNumber: string }) => x.receiptNumber)).toEqual(['2025-000001', '2025-000002', '2026-000001']);
  });

  it('registers an electronic application in 2.1 only (01.2.8)', async () => {
    const { app } = await appFor({ edition: '2.1' });
    expect((await createApplication(app, { channel: '4' })).channel).toBe('4');
    const old = await appFor({ edition: '2.0' });
    const refused = await refusedWithoutChange(old.store, () => post(old.app, '/applications', applicationInput({ channel: '4' }), 'intake'), 400);
    expect(refused.unchanged).toBe(true);
  });

  it('refuses an application naming a household that does not exist', async () => {
    const { app, store } = await appFor();
    const result = await refusedWithoutChange(store, () => post(app, '/applications', applicationInput({ householdId: 'H-999999' }), 'intake'), 422);
    expect(result.unchanged).toBe(true);
  });

  it('has no way to delete an application (01.5.5)', async () => {
    const { app } = await appFor();
    const created = await createApplication(app);
    const res = await app.inject({ method: 'DELETE', url: `/applications/${created.applicationId}`, headers: { authorization: 'Bearer dev-system-admin' } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect((await get(app, `/applications/${created.applicationId}`)).statusCode).toBe(200);
  });
});

describe('01.5.1 / 01.5.2 扶養は申請の条件ではない', () => {
  it('registers and investigates without any liable relative or support inquiry', async () => {
    const { app } = await appFor();
    const { household } = await registerHousehold(app);
    await ok(app, `/households/${household.householdId}/support-obligors`, { name: { family: '佐藤', given: '次郎' }, kinship: '兄', category: '2' });
    const created = await createApplication(app, { householdId: household.householdId, supportStatus: 'なし' });
    expect(created.status).toBe('received');
    const started = await ok(app, `/applications/${created.applicationId}/investigation`, { startedOn: '2026-03-21' });
    expect(started.status).toBe('investigating');
  });
});
