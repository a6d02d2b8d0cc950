import { describe, expect, it } from 'vitest';
import type { AppOptions } from '../../src/app.ts';
import { householdInput, member, registerHousehold } from '../support/13-data.ts';
import { appFor, createApplication, forceStatus, get, ok, post, refusedWithoutChange } from '../support/01-application.ts';

async function household(options: AppOptions = {}) {
  const ctx = await appFor(options);
  const { household } = await registerHousehold(ctx.app, householdInput({ members: [member(), member({ name: { family: '山田', given: '一郎' }, birthDate: '2010-01-01', sex: '1', relationship: '02', addressNumber: '123456789' })] }));
  const [m1, m2] = household.members.map((m: { memberId: string }) => m.memberId) as [string, string];
  return { ...ctx, householdId: household.householdId as string, m1, m2 };
}

const income = (memberId: string, incomeMonth: string, grossAmount: number) => ({ memberId, incomeMonth, reportedOn: `${incomeMonth}-28`, incomeType: '01', payerName: '株式会社テスト', grossAmount, socialInsurance: 10000, incomeTax: 2000, workDays: 20 });

describe('02.3 資産・収入の申告', () => {
  it('records an asset declaration by item with its total and lists them by date (02.3.1, 02.3.2)', async () => {
    const { app, store, householdId, m1 } = await household();
    const url = `/households/${householdId}/asset-declarations`;
    const later = await ok(app, url, { declaredOn: '2026-03-25', occasion: 'change', items: [] });
    const first = await ok(app, url, {
      declaredOn: '2026-03-20', occasion: 'application',
      items: [{ assetType: '02', description: 'ゆうちょ銀行 通常貯金', amount: 30000, ownerMemberId: m1 }, { assetType: '07', description: '軽自動車', amount: 150000, note: '通院に使用' }],
    });
    expect(first).toMatchObject({ householdId, totalAmount: 180000, recordedBy: 'caseworker-1' });
    expect(later.totalAmount).toBe(0);
    expect((await get(app, url)).json().items.map((d: { declarationId: string }) => d.declarationId)).toEqual([first.declarationId, later.declarationId]);
    const { household: other } = await registerHousehold(app);
    const bad = { declaredOn: '2026-03-20', occasion: 'periodic', items: [{ assetType: '01', description: '現金', amount: 1000, ownerMemberId: other.members[0].memberId }] };
    const refused = await refusedWithoutChange(store, () => post(app, url, bad), 422);
    expect(refused.unchanged).toBe(true);
    expect(refused.problem.errors?.[0]?.pointer).toBe('/body/items/0/ownerMemberId');
    const otherApp = await createApplication(app, { householdId: other.householdId });
    expect((await refusedWithoutChange(store, () => post(app, url, { declaredOn: '2026-03-20', occasion: 'application', applicationId: otherApp.applicationId, items: [] }), 422)).unchanged).toBe(true);
    expect((await refusedWithoutChange(store, () => post(app, url, { declaredOn: '2026-03-20', occasion: 'periodic', visitId: 'V-999999', items: [] }), 422)).unchanged).toBe(true);
    expect((await post(app, '/households/H-999999/asset-declarations', { declaredOn: '2026-03-20', occasion: 'periodic', items: [] })).statusCode).toBe(404);
  });

  it('links a declaration received on a visit to the visit record in 2.1 (02.3.1)', async () => {
    const { app, store, householdId } = await household({ edition: '2.1' });
    await store.transact((tx) => {
      tx.put('VisitRecord', 'V-test', { visitId: 'V-test', householdId, visitedOn: '2026-03-18', visitKind: '1', metRecipient: true, recordedBy: 'caseworker-1', recordedAt: '2026-03-18T05:00:00.000Z' });
    });
    const url = `/households/${householdId}/asset-declarations`;
    const declared = await ok(app, url, { declaredOn: '2026-03-18', occasion: 'periodic', visitId: 'V-test', items: [{ assetType: '01', description: '手持ち現金', amount: 5000 }] });
    expect(declared).toMatchObject({ visitId: 'V-test', totalAmount: 5000 });
    const { household: other } = await registerHousehold(app);
    const refused = await refusedWithoutChange(store, () => post(app, `/households/${other.householdId}/asset-declarations`, { declaredOn: '2026-03-18', occasion: 'periodic', visitId: 'V-test', items: [] }), 422);
    expect(refused.problem.errors?.[0]?.pointer).toBe('/body/visitId');
  });

  it('records income by member and month and lists it by member and month (02.3.3, 02.3.4)', async () => {
    const { app, store, householdId, m1, m2 } = await household();
    const url = `/households/${householdId}/income-reports`;
    const jan = await ok(app, url, income(m1, '2026-01', 120000));
    const feb = await ok(app, url, income(m1, '2026-02', 130000));
    const child = await ok(app, url, { ...income(m2, '2026-02', 20000), incomeType: '99' });
    expect(jan).toMatchObject({ memberId: m1, incomeMonth: '2026-01', grossAmount: 120000, socialInsurance: 10000, incomeTax: 2000, payerName: '株式会社テスト' });
    const ids = async (qs: string) => (await get(app, `${url}?${qs}`)).json().items.map((r: { reportId: string }) => r.reportId);
    expect(await ids('')).toEqual([jan.reportId, feb.reportId, child.reportId]);
    expect(await ids(`memberId=${m1}`)).toEqual([jan.reportId, feb.reportId]);
    expect(await ids('incomeMonth=2026-02')).toEqual([feb.reportId, child.reportId]);
    expect(await ids(`memberId=${m1}&fromMonth=2026-02&toMonth=2026-03`)).toEqual([feb.reportId]);
    const { household: other } = await registerHousehold(app);
    expect((await refusedWithoutChange(store, () => post(app, url, income(other.members[0].memberId, '2026-02', 1)), 422)).unchanged).toBe(true);
    expect((await get(app, '/households/H-999999/income-reports')).statusCode).toBe(404);
  });
});

describe('02.6 収入申告の電子提出 (2.1)', () => {
  const slip = (payDate: string, overrides: Record<string, unknown> = {}) => ({ slipId: `S-${payDate}`, payDate, grossAmount: 100000, commutingAllowance: 5000, socialInsurance: 14000, incomeTax: 2000, residentTax: 3000, otherDeductions: 1000, netAmount: 80000, workDays: 10, ...overrides });
  const submission = (memberId: string, payslips: unknown[]) => ({ memberId, incomeMonth: '2026-03', submittedOn: '2026-03-31', employerName: '株式会社テスト', employerCorporateNumber: '1234567890123', payslips });

  it('records pay slips as one income report of the month and keeps them as submitted (02.6.1, 02.6.4)', async () => {
    const { app, householdId, m1 } = await household();
    const slips = [slip('2026-03-10'), slip('2026-03-25', { slipId: undefined, workDays: undefined })];
    const report = await ok(app, `/households/${householdId}/income-reports/electronic`, submission(m1, slips), 'linkage');
    expect(report).toMatchObject({ memberId: m1, incomeMonth: '2026-03', reportedOn: '2026-03-31', incomeType: '01', payerName: '株式会社テスト', grossAmount: 200000, commutingAllowance: 10000, socialInsurance: 28000, incomeTax: 4000, residentTax: 6000, workDays: 10, submittedElectronically: true, employerCorporateNumber: '1234567890123', recordedBy: 'linkage-1' });
    expect(report.payslips).toEqual(JSON.parse(JSON.stringify(slips)));
    const listed = (await get(app, `/households/${householdId}/income-reports?incomeMonth=2026-03`)).json().items;
    expect(listed).toEqual([report]);
  });

  it('refuses an inconsistent slip or one paid outside the month, naming the field (02.6.2)', async () => {
    const { app, store, householdId, m1 } = await household();
    const url = `/households/${householdId}/income-reports/electronic`;
    const net = await refusedWithoutChange(store, () => post(app, url, submission(m1, [slip('2026-03-10'), slip('2026-03-25', { netAmount: 80001 })])), 422);
    expect(net.unchanged).toBe(true);
    expect(net.problem.errors?.[0]?.pointer).toBe('/body/payslips/1/netAmount');
    const month = await refusedWithoutChange(store, () => post(app, url, submission(m1, [slip('2026-04-01')])), 422);
    expect(month.unchanged).toBe(true);
    expect(month.problem.errors?.[0]?.pointer).toBe('/body/payslips/0/payDate');
    const { household: other } = await registerHousehold(app);
    const stranger = await refusedWithoutChange(store, () => post(app, url, submission(other.members[0].memberId, [slip('2026-03-10')])), 422);
    expect(stranger.problem.errors?.[0]?.pointer).toBe('/body/memberId');
  });

  it('does not count a slip twice (02.6.3)', async () => {
    const { app, store, householdId, m1 } = await household();
    const url = `/households/${householdId}/income-reports/electronic`;
    await ok(app, url, submission(m1, [slip('2026-03-10')]));
    const sameId = await refusedWithoutChange(store, () => post(app, url, submission(m1, [slip('2026-03-20', { slipId: 'S-2026-03-10' })])), 409);
    expect(sameId.unchanged).toBe(true);
    const sameDay = await refusedWithoutChange(store, () => post(app, url, submission(m1, [slip('2026-03-25'), slip('2026-03-10', { slipId: 'other' })])), 409);
    expect(sameDay.unchanged).toBe(true);
    expect((await get(app, `/households/${householdId}/income-reports`)).json().items).toHaveLength(1);
    expect((await ok(app, url, submission(m1, [slip('2026-03-25')]))).grossAmount).toBe(100000);
  });

  it('is absent from edition 2.0', async () => {
    const { app, householdId, m1 } = await household({ edition: '2.0' });
    expect((await post(app, `/households/${householdId}/income-reports/electronic`, submission(m1, [slip('2026-03-10')]))).statusCode).toBe(404);
  });
});

describe('02.4 課税調査', () => {
  it('compares tax records with the year\'s declared income per member and flags differences above the threshold (02.4.1, 02.4.2)', async () => {
    const { app, householdId, m1, m2 } = await household({ edition: '2.0' });
    await ok(app, `/households/${householdId}/income-reports`, income(m1, '2025-06', 100000));
    await ok(app, `/households/${householdId}/income-reports`, income(m1, '2025-07', 100000));
    await ok(app, `/households/${householdId}/income-reports`, income(m1, '2026-01', 999999));
    const survey = await ok(app, '/tax-surveys', { incomeYear: 2025, threshold: 10000, taxRecords: [{ memberId: m1, salaryIncome: 250000 }, { memberId: m2, otherIncome: 5000 }] });
    expect(survey).toMatchObject({
      incomeYear: 2025, threshold: 10000, discrepancyCount: 1,
      results: [
        { householdId, memberId: m1, taxableIncomeTotal: 250000, reportedIncomeTotal: 200000, difference: 50000, discrepancy: true },
        { householdId, memberId: m2, taxableIncomeTotal: 5000, reportedIncomeTotal: 0, difference: 5000, discrepancy: false },
      ],
    });
    const read = await get(app, `/tax-surveys/${survey.surveyId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(survey);
    expect((await get(app, '/tax-surveys/TS-999999')).statusCode).toBe(404);
  });

  it('refuses unknown members and households, and a 2.0 survey without tax records', async () => {
    const { app, store, m1 } = await household({ edition: '2.0' });
    expect((await refusedWithoutChange(store, () => post(app, '/tax-surveys', { incomeYear: 2025, taxRecords: [{ memberId: 'M-999999', salaryIncome: 1 }] }), 422)).problem.errors?.[0]?.pointer).toBe('/body/taxRecords/0/memberId');
    expect((await refusedWithoutChange(store, () => post(app, '/tax-surveys', { incomeYear: 2025, householdIds: ['H-999999'], taxRecords: [{ memberId: m1 }] }), 422)).unchanged).toBe(true);
    expect((await refusedWithoutChange(store, () => post(app, '/tax-surveys', { incomeYear: 2025 }), 400)).unchanged).toBe(true);
  });

  it('takes the 個人住民税 figures through the linkage in 2.1 (02.4.1)', async () => {
    const { app, store, householdId, m1, m2 } = await household({ edition: '2.1' });
    expect((await refusedWithoutChange(store, () => post(app, '/tax-surveys', { incomeYear: 2025 }), 422)).unchanged).toBe(true);
    await store.transact((tx) => {
      tx.put('LinkageChange', 'juminzei:c1', {
        system: 'juminzei', changeId: 'c1', addressNumber: '123456789', changeType: 'income', effectiveDate: '2026-03-15', receivedAt: '2026-03-15T00:00:00.000Z',
        items: [{ code: 'juminzei-tax-year', value: '2026' }, { code: 'juminzei-salary-income', value: '300000' }, { code: 'juminzei-pension-income', value: '0' }],
      });
    });
    await ok(app, `/households/${householdId}/income-reports`, income(m2, '2025-08', 100000));
    const survey = await ok(app, '/tax-surveys', { incomeYear: 2025, householdIds: [householdId], fetchFromLinkedSystem: true, taxRecords: [{ memberId: m1, salaryIncome: 0 }] });
    expect(survey.results).toEqual([
      { householdId, memberId: m1, taxableIncomeTotal: 0, reportedIncomeTotal: 0, difference: 0, discrepancy: false, dataSource: 'entered' },
      { householdId, memberId: m2, taxableIncomeTotal: 300000, reportedIncomeTotal: 100000, difference: 200000, discrepancy: true, dataSource: 'linkage' },
    ]);
  });
});

describe('02.5 検診命令', () => {
  const order = (memberId: string, overrides: Record<string, unknown> = {}) => ({ memberId, orderedOn: '2026-03-25', purpose: '稼働能力の判定のため', institutionName: '千代田中央病院', doctorName: '医師 太郎', examinationDueDate: '2026-04-10', ...overrides });

  it('records an order linked to the pending application (02.5.1, 02.5.2)', async () => {
    const { app, householdId, m1 } = await household();
    const application = await createApplication(app, { householdId });
    const url = `/households/${householdId}/medical-examination-orders`;
    const explicit = await ok(app, url, order(m1, { applicationId: application.applicationId }));
    expect(explicit).toMatchObject({ householdId, memberId: m1, applicationId: application.applicationId, orderedOn: '2026-03-25', purpose: '稼働能力の判定のため', institutionName: '千代田中央病院', examinationDueDate: '2026-04-10', recordedBy: 'caseworker-1' });
    expect((await ok(app, url, order(m1))).applicationId).toBe(application.applicationId);
  });

  it('refuses an order that does not fit the household, the application or the dates', async () => {
    const { app, store, householdId, m1 } = await household();
    const { household: other } = await registerHousehold(app);
    const otherApp = await createApplication(app, { householdId: other.householdId });
    const decided = await createApplication(app, { householdId });
    await forceStatus(store, decided.applicationId, 'started');
    const url = `/households/${householdId}/medical-examination-orders`;
    for (const body of [
      order(other.members[0].memberId),
      order(m1, { applicationId: otherApp.applicationId }),
      order(m1, { applicationId: decided.applicationId }),
      order(m1, { applicationId: 'A-999999' }),
      order(m1, { examinationDueDate: '2026-03-24' }),
    ]) {
      expect((await refusedWithoutChange(store, () => post(app, url, body), 422)).unchanged).toBe(true);
    }
    expect((await post(app, '/households/H-999999/medical-examination-orders', order(m1))).statusCode).toBe(404);
  });
});
