import { describe, expect, it } from 'vitest';
import { registerHousehold } from '../support/13-data.ts';
import { appFor, createApplication, get, inquiryInput, ok, post, protectedBetween, refusedWithoutChange } from '../support/01-application.ts';

async function householdWithApplication() {
  const ctx = await appFor();
  const { household } = await registerHousehold(ctx.app);
  const application = await createApplication(ctx.app, { householdId: household.householdId });
  return { ...ctx, household, application, memberId: household.members[0].memberId as string };
}

describe('02.1 関係先照会（法第29条）', () => {
  it('records an inquiry with target, recipient, items and date (02.1.1)', async () => {
    const { app, household, memberId } = await householdWithApplication();
    const created = await ok(app, '/inquiries', inquiryInput({ householdId: household.householdId, targetMemberId: memberId, itemsNote: '普通預金の残高', periodFrom: '2025-10-01', periodTo: '2026-03-20' }));
    expect(created).toMatchObject({ targetType: '1', recipientType: '04', recipientName: 'みずほ銀行 千代田支店', items: ['02'], sentOn: '2026-03-21', status: 'sent', asOf: '2026-04-01', answerOverdue: true, createdBy: 'caseworker-1' });
  });

  it('refuses inquiries whose references do not exist or do not fit', async () => {
    const { app, store, household, application } = await householdWithApplication();
    const { household: other } = await registerHousehold(app);
    const otherApp = await createApplication(app, { householdId: other.householdId });
    for (const [body, status] of [
      [inquiryInput(), 400],
      [inquiryInput({ householdId: 'H-999999' }), 422],
      [inquiryInput({ applicationId: 'A-999999' }), 422],
      [inquiryInput({ householdId: household.householdId, applicationId: otherApp.applicationId }), 422],
      [inquiryInput({ householdId: household.householdId, targetMemberId: other.members[0].memberId }), 422],
      [inquiryInput({ applicationId: application.applicationId, periodFrom: '2026-03-01', periodTo: '2026-02-01' }), 422],
      [inquiryInput({ applicationId: application.applicationId, answerDueDate: '2026-03-20' }), 422],
    ] as const) {
      expect((await refusedWithoutChange(store, () => post(app, '/inquiries', body), status)).unchanged).toBe(true);
    }
  });

  it('records the answer and marks the inquiry answered (02.1.2)', async () => {
    const { app, store, application } = await householdWithApplication();
    const q = await ok(app, '/inquiries', inquiryInput({ applicationId: application.applicationId }));
    const url = `/inquiries/${q.inquiryId}/answer`;
    expect((await refusedWithoutChange(store, () => post(app, url, { answeredOn: '2026-03-20', summary: '残高 12,000円' }), 422)).unchanged).toBe(true);
    const answered = await ok(app, url, { answeredOn: '2026-03-28', summary: '残高 12,000円', assetAmount: 12000 });
    expect(answered).toMatchObject({ status: 'answered', answeredOn: '2026-03-28', answerSummary: '残高 12,000円', answerAssetAmount: 12000, answerNoRecord: false });
    expect((await refusedWithoutChange(store, () => post(app, url, { answeredOn: '2026-03-29', summary: '再回答' }), 409)).unchanged).toBe(true);
    expect((await post(app, '/inquiries/Q-999999/answer', { answeredOn: '2026-03-29', summary: 'x' })).statusCode).toBe(404);
  });

  it('lists inquiries past their answer date for asOf (02.1.3)', async () => {
    const { app, application } = await householdWithApplication();
    const late = await ok(app, '/inquiries', inquiryInput({ applicationId: application.applicationId, answerDueDate: '2026-03-25' }));
    const answered = await ok(app, '/inquiries', inquiryInput({ applicationId: application.applicationId, answerDueDate: '2026-03-25' }));
    await ok(app, `/inquiries/${answered.inquiryId}/answer`, { answeredOn: '2026-03-27', summary: '該当なし', noRecord: true });
    await ok(app, '/inquiries', inquiryInput({ applicationId: application.applicationId, answerDueDate: '2026-04-10' }));
    const overdue = async (asOf: string) => (await get(app, `/inquiries?answerOverdue=true&asOf=${asOf}`)).json().items.map((i: { inquiryId: string }) => i.inquiryId);
    expect(await overdue('2026-03-25')).toEqual([]);
    expect(await overdue('2026-03-26')).toEqual([late.inquiryId, answered.inquiryId]);
    expect(await overdue('2026-04-01')).toEqual([late.inquiryId]);
  });

  it('lists the inquiries of a household or an application with their status (02.1.4)', async () => {
    const { app, household, application } = await householdWithApplication();
    const { household: other } = await registerHousehold(app);
    const viaApp = await ok(app, '/inquiries', inquiryInput({ applicationId: application.applicationId, recipientType: '02', recipientName: '日本年金機構' }));
    const viaHousehold = await ok(app, '/inquiries', inquiryInput({ householdId: household.householdId, sentOn: '2026-03-22' }));
    await ok(app, '/inquiries', inquiryInput({ householdId: other.householdId }));
    const ids = async (qs: string) => (await get(app, `/inquiries?${qs}`)).json().items.map((i: { inquiryId: string }) => i.inquiryId);
    expect(await ids(`householdId=${household.householdId}`)).toEqual([viaApp.inquiryId, viaHousehold.inquiryId]);
    expect(await ids(`applicationId=${application.applicationId}`)).toEqual([viaApp.inquiryId]);
    expect(await ids('recipientType=02')).toEqual([viaApp.inquiryId]);
    expect(await ids('status=answered')).toEqual([]);
  });

  it('refuses an inquiry about a former recipient outside the protected period (02.1.5)', async () => {
    const { app, store, household } = await householdWithApplication();
    await protectedBetween(store, household.householdId, '2024-04-01', '2025-10-01');
    const former = (from: string, to: string, targetType = '2') => inquiryInput({ householdId: household.householdId, targetType, periodFrom: from, periodTo: to });
    expect((await ok(app, '/inquiries', former('2024-04-01', '2025-09-30'))).status).toBe('sent');
    expect((await ok(app, '/inquiries', former('2025-01-01', '2025-06-30', '4'))).status).toBe('sent');
    for (const [from, to, type] of [['2024-03-01', '2024-06-30', '2'], ['2025-09-01', '2025-10-01', '2'], ['2025-11-01', '2026-01-31', '4']] as const) {
      const result = await refusedWithoutChange(store, () => post(app, '/inquiries', former(from, to, type)), 422);
      expect(result.unchanged).toBe(true);
      expect(result.problem.code).toBe('outside-protected-period');
    }
    const { household: never } = await registerHousehold(app);
    expect((await refusedWithoutChange(store, () => post(app, '/inquiries', inquiryInput({ householdId: never.householdId, targetType: '2', periodFrom: '2025-01-01', periodTo: '2025-02-01' })), 422)).unchanged).toBe(true);
    // the period is required for a former recipient
    expect((await refusedWithoutChange(store, () => post(app, '/inquiries', inquiryInput({ householdId: household.householdId, targetType: '2' })), 400)).unchanged).toBe(true);
  });
});

describe('02.2 扶養義務者と扶養照会', () => {
  const relative = (overrides: Record<string, unknown> = {}) => ({ name: { family: '山田', given: '太郎' }, kinship: '長男', category: '2', phone: '090-1111-2222', address: { lgCode: '131016', text: '千代田三丁目3番3号' }, ...overrides });

  it('registers a liable relative of a member and lists relatives by inquiry status (02.2.1, 02.2.2, 02.2.8)', async () => {
    const { app, store, household, memberId } = await householdWithApplication();
    const url = `/households/${household.householdId}/support-obligors`;
    const a = await ok(app, url, relative({ memberId, applicantViewOnInquiry: '長男には知られたくない（疎遠のため）' }));
    expect(a).toMatchObject({ householdId: household.householdId, memberId, kinship: '長男', category: '2', supportInquiryStatus: 'pending', applicantViewOnInquiry: '長男には知られたくない（疎遠のため）' });
    const b = await ok(app, url, relative({ name: { family: '山田', given: '次郎' }, kinship: '次男' }));
    await ok(app, `/support-obligors/${b.obligorId}/support-inquiry`, { action: 'inquire', date: '2026-03-22' });
    const ids = async (qs: string) => (await get(app, `${url}?${qs}`)).json().items.map((o: { obligorId: string }) => o.obligorId);
    expect(await ids('')).toEqual([a.obligorId, b.obligorId]);
    expect(await ids('supportInquiryStatus=pending')).toEqual([a.obligorId]);
    expect(await ids('supportInquiryStatus=inquired')).toEqual([b.obligorId]);
    expect(await ids(`memberId=${memberId}`)).toEqual([a.obligorId]);
    const { household: other } = await registerHousehold(app);
    expect((await refusedWithoutChange(store, () => post(app, url, relative({ memberId: other.members[0].memberId })), 422)).unchanged).toBe(true);
    expect((await post(app, '/households/H-999999/support-obligors', relative())).statusCode).toBe(404);
    expect((await get(app, '/households/H-999999/support-obligors')).statusCode).toBe(404);
  });

  it('records the inquiry, the answer and the Art. 24(8) notice (02.2.3, 02.2.4, 02.2.8, 02.2.9)', async () => {
    const { app, store, household, application } = await householdWithApplication();
    const o = await ok(app, `/households/${household.householdId}/support-obligors`, relative());
    const url = `/support-obligors/${o.obligorId}/support-inquiry`;
    expect((await refusedWithoutChange(store, () => post(app, url, { action: 'recordAnswer', date: '2026-03-25' }), 409)).unchanged).toBe(true);
    expect((await ok(app, url, { action: 'inquire', date: '2026-03-22', applicantViewOnInquiry: '照会してよい' })).inquiredOn).toBe('2026-03-22');
    expect((await refusedWithoutChange(store, () => post(app, url, { action: 'recordAnswer', date: '2026-03-21' }), 422)).unchanged).toBe(true);
    const answered = await ok(app, url, { action: 'recordAnswer', date: '2026-03-28', monthlySupportAmount: 10000, nonFinancialSupport: true, answerNote: '月1万円の仕送り可' });
    expect(answered).toMatchObject({ supportInquiryStatus: 'answered', answeredOn: '2026-03-28', monthlySupportAmount: 10000, nonFinancialSupport: true, answerNote: '月1万円の仕送り可', applicantViewOnInquiry: '照会してよい' });
    expect((await ok(app, url, { action: 'priorNotice', date: '2026-03-30' })).priorNoticeOn).toBe('2026-03-30');
    expect((await refusedWithoutChange(store, () => post(app, url, { action: 'priorNotice', date: '2026-03-31' }), 409)).unchanged).toBe(true);
    expect((await refusedWithoutChange(store, () => post(app, url, { action: 'exclude', date: '2026-03-31', exclusionReason: '06' }), 409)).unchanged).toBe(true);
    // the application is untouched by the support inquiry
    expect((await get(app, `/applications/${application.applicationId}`)).json().status).toBe('received');
    expect((await post(app, '/support-obligors/O-999999/support-inquiry', { action: 'inquire', date: '2026-03-22' })).statusCode).toBe(404);
  });

  it('requires the reason for not inquiring, and details for "other" (02.2.5, 02.2.7)', async () => {
    const { app, store, household } = await householdWithApplication();
    const o = await ok(app, `/households/${household.householdId}/support-obligors`, relative());
    const url = `/support-obligors/${o.obligorId}/support-inquiry`;
    expect((await refusedWithoutChange(store, () => post(app, url, { action: 'exclude', date: '2026-03-22' }), 400)).unchanged).toBe(true);
    expect((await refusedWithoutChange(store, () => post(app, url, { action: 'exclude', date: '2026-03-22', exclusionReason: '99' }), 400)).unchanged).toBe(true);
    expect((await refusedWithoutChange(store, () => post(app, url, { action: 'exclude', date: '2026-03-22', exclusionReason: '99', exclusionNote: '   ' }), 422)).unchanged).toBe(true);
    const excluded = await ok(app, url, { action: 'exclude', date: '2026-03-22', exclusionReason: '99', exclusionNote: '本人が重度の障害で扶養能力がない' });
    expect(excluded).toMatchObject({ supportInquiryStatus: 'excluded', exclusionReason: '99', exclusionNote: '本人が重度の障害で扶養能力がない', excludedOn: '2026-03-22', excludedBy: 'caseworker-1' });
  });

  it('records every reason of the 2021 notice (02.2.6)', async () => {
    const { app, household } = await householdWithApplication();
    for (const reason of ['01', '02', '03', '04', '05', '06', '07', '08', '09']) {
      const o = await ok(app, `/households/${household.householdId}/support-obligors`, relative());
      expect((await ok(app, `/support-obligors/${o.obligorId}/support-inquiry`, { action: 'exclude', date: '2026-03-22', exclusionReason: reason })).exclusionReason).toBe(reason);
    }
    expect((await get(app, `/households/${household.householdId}/support-obligors?supportInquiryStatus=excluded`)).json().items).toHaveLength(9);
  });

  it('refuses an inquiry or a notice to a relative excluded for violence or abuse (02.2.10)', async () => {
    const { app, store, household } = await householdWithApplication();
    const url = async (reason: string) => {
      const o = await ok(app, `/households/${household.householdId}/support-obligors`, relative());
      await ok(app, `/support-obligors/${o.obligorId}/support-inquiry`, { action: 'exclude', date: '2026-03-22', exclusionReason: reason });
      return `/support-obligors/${o.obligorId}/support-inquiry`;
    };
    const dv = await url('09');
    for (const action of ['inquire', 'priorNotice']) {
      const result = await refusedWithoutChange(store, () => post(app, dv, { action, date: '2026-03-23' }), 422);
      expect(result.unchanged).toBe(true);
      expect(result.problem.code).toBe('excluded-for-violence');
    }
    // another reason may be reconsidered and the relative asked after all
    const aged = await url('06');
    expect(await ok(app, aged, { action: 'inquire', date: '2026-03-23' })).toMatchObject({ supportInquiryStatus: 'inquired', inquiredOn: '2026-03-23' });
  });
});
