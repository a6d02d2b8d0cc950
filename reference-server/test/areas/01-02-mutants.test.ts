import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ReferenceApp } from '../../src/app.ts';
import { registerHousehold } from '../support/13-data.ts';
import { appFor, applicationInput, consultationInput, createApplication, forceStatus, get, inquiryInput, ok, post, protectedBetween } from '../support/01-application.ts';

/**
 * Each seeded defect of areas 01 and 02 (src/mutants/catalogue-01-05.ts) makes the server answer wrongly through the
 * API, and the same scenario without the mutant answers rightly: `both` runs it on a server without and with it.
 */
async function both<T>(mutant: string, scenario: (ref: ReferenceApp) => Promise<T>): Promise<[T, T]> {
  return [await scenario(await appFor()), await scenario(await appFor({ mutant }))];
}

const status = async (app: FastifyInstance, url: string, body: unknown, role = 'caseworker') => (await post(app, url, body, role)).statusCode;
const application = async (app: FastifyInstance, id: string, asOf?: string) => (await get(app, `/applications/${id}${asOf ? `?asOf=${asOf}` : ''}`)).json();

describe('mutants of area 01', () => {
  it('consultation-link-dropped (01.1.4): the consultation does not refer to the application', async () => {
    const [right, wrong] = await both('consultation-link-dropped', async ({ app }) => {
      const c = await ok(app, '/consultations', consultationInput(), 'intake');
      const a = await createApplication(app, { consultationId: c.consultationId });
      return { applicationId: a.applicationId, linked: (await get(app, `/consultations/${c.consultationId}`)).json().applicationId };
    });
    expect(right.linked).toBe(right.applicationId);
    expect(wrong.linked).toBeUndefined();
  });

  it('receipt-number-not-sequential (01.2.5): the serial does not restart with the fiscal year', async () => {
    const [right, wrong] = await both('receipt-number-not-sequential', async ({ app }) => {
      await createApplication(app, { applicationDate: '2026-03-20' });
      return (await createApplication(app, { applicationDate: '2026-04-01' })).receiptNumber;
    });
    expect(right).toBe('2026-000001');
    expect(wrong).toBe('2026-000002');
  });

  it('investigation-before-application-date (01.2.9) and withdraw-decided-application (01.2.11)', async () => {
    const early = await both('investigation-before-application-date', async ({ app }) => {
      const a = await createApplication(app);
      return status(app, `/applications/${a.applicationId}/investigation`, { startedOn: '2026-03-19' });
    });
    expect(early).toEqual([422, 200]);
    const withdrawn = await both('withdraw-decided-application', async ({ app, store }) => {
      const a = await createApplication(app);
      await forceStatus(store, a.applicationId, 'started');
      return status(app, `/applications/${a.applicationId}/withdrawal`, { withdrawnOn: '2026-03-30', intentMethod: 'written' });
    });
    expect(withdrawn).toEqual([409, 200]);
  });

  it('deadline-off-by-one (01.3.1, 01.3.2) and deemed-rejection-ignored (01.3.3)', async () => {
    const scenario = async ({ app }: ReferenceApp) => {
      const a = await createApplication(app, { applicationDate: '2026-03-01' });
      return { due: await application(app, a.applicationId, '2026-03-16'), deemed: await application(app, a.applicationId, '2026-04-01') };
    };
    const [right, late] = await both('deadline-off-by-one', scenario);
    expect(right.due).toMatchObject({ decisionDueDate: '2026-03-15', decisionOverdue: true, deemedRejected: false });
    expect(late.due).toMatchObject({ decisionDueDate: '2026-03-16', decisionOverdue: false });
    expect(right.deemed.deemedRejected).toBe(true);
    const [, ignored] = await both('deemed-rejection-ignored', scenario);
    expect(ignored.deemed).toMatchObject({ extendedDecisionDueDate: '2026-03-31', deemedRejected: false });
  });

  it('forwarding-deadline-off-by-one (01.4.2): forwarding on the sixth day is not late', async () => {
    const [right, wrong] = await both('forwarding-deadline-off-by-one', async ({ app }) => {
      const a = await createApplication(app, { applicationDate: '2026-03-20', viaTownHead: true, townLgCode: '134309', townName: '檜原村' });
      return ok(app, `/applications/${a.applicationId}/forwarding`, { forwardedOn: '2026-03-26' });
    });
    expect(right).toMatchObject({ forwardingDueDate: '2026-03-25', forwardingOverdue: true });
    expect(wrong).toMatchObject({ forwardingDueDate: '2026-03-26', forwardingOverdue: false });
  });

  it('support-condition-on-application (01.5.1): an application whose support status is 「不明」 is refused', async () => {
    const [right, wrong] = await both('support-condition-on-application', async ({ app }) => status(app, '/applications', applicationInput({ supportStatus: '不明' }), 'intake'));
    expect([right, wrong]).toEqual([201, 422]);
  });

  it('consultation-intent-closed (01.5.3): a consultation with the intent to apply ends with advice only', async () => {
    const outcomes = await both('consultation-intent-closed', async ({ app }) => status(app, '/consultations', consultationInput({ outcome: '3' }), 'intake'));
    expect(outcomes).toEqual([422, 201]);
  });
});

describe('mutants of area 02', () => {
  const relative = { name: { family: '山田', given: '太郎' }, kinship: '長男', category: '2' };
  const household = async (app: FastifyInstance) => (await registerHousehold(app)).household;

  it('inquiry-former-recipient-any-period (02.1.5): a period outside protection is asked about', async () => {
    const outcomes = await both('inquiry-former-recipient-any-period', async ({ app, store }) => {
      const h = await household(app);
      await protectedBetween(store, h.householdId, '2024-04-01', '2025-10-01');
      return status(app, '/inquiries', inquiryInput({ householdId: h.householdId, targetType: '2', periodFrom: '2025-11-01', periodTo: '2026-01-31' }));
    });
    expect(outcomes).toEqual([422, 201]);
  });

  it('support-inquiry-to-dv-relative (02.2.10): a relative excluded for violence is asked and notified', async () => {
    const outcomes = await both('support-inquiry-to-dv-relative', async ({ app }) => {
      const o = await ok(app, `/households/${(await household(app)).householdId}/support-obligors`, relative);
      const url = `/support-obligors/${o.obligorId}/support-inquiry`;
      await ok(app, url, { action: 'exclude', date: '2026-03-22', exclusionReason: '09' });
      return [await status(app, url, { action: 'priorNotice', date: '2026-03-23' }), await status(app, url, { action: 'inquire', date: '2026-03-23' })];
    });
    expect(outcomes).toEqual([[422, 422], [200, 200]]);
  });

  it('asset-declaration-history-overwritten (02.3.2): only the latest declaration is left', async () => {
    const [right, wrong] = await both('asset-declaration-history-overwritten', async ({ app }) => {
      const url = `/households/${(await household(app)).householdId}/asset-declarations`;
      await ok(app, url, { declaredOn: '2026-03-20', occasion: 'application', items: [{ assetType: '01', description: '現金', amount: 1000 }] });
      await ok(app, url, { declaredOn: '2026-03-25', occasion: 'change', items: [] });
      return (await get(app, url)).json().items.map((d: { declaredOn: string }) => d.declaredOn);
    });
    expect(right).toEqual(['2026-03-20', '2026-03-25']);
    expect(wrong).toEqual(['2026-03-25']);
  });

  it('tax-survey-mismatch-hidden (02.4.1, 02.4.2): income above the declared one is not flagged', async () => {
    const [right, wrong] = await both('tax-survey-mismatch-hidden', async ({ app }) => {
      const memberId = (await household(app)).members[0].memberId;
      return ok(app, '/tax-surveys', { incomeYear: 2025, threshold: 10000, taxRecords: [{ memberId, salaryIncome: 250000 }] });
    });
    expect(right).toMatchObject({ discrepancyCount: 1, results: [{ difference: 250000, discrepancy: true }] });
    expect(wrong).toMatchObject({ discrepancyCount: 0, results: [{ discrepancy: false }] });
  });

  it('examination-order-unlinked (02.5.2): the order is not linked to the pending application', async () => {
    const [right, wrong] = await both('examination-order-unlinked', async ({ app }) => {
      const h = await household(app);
      const a = await createApplication(app, { householdId: h.householdId });
      const order = { memberId: h.members[0].memberId, orderedOn: '2026-03-25', purpose: '稼働能力の判定', institutionName: '千代田中央病院', examinationDueDate: '2026-04-10' };
      const named = await ok(app, `/households/${h.householdId}/medical-examination-orders`, { ...order, applicationId: a.applicationId });
      const implied = await ok(app, `/households/${h.householdId}/medical-examination-orders`, order);
      return { applicationId: a.applicationId, linked: [named.applicationId, implied.applicationId] };
    });
    expect(right.linked).toEqual([right.applicationId, right.applicationId]);
    expect(wrong.linked).toEqual([undefined, undefined]);
  });
});
