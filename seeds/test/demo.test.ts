import { describe, expect, it } from 'vitest';
import { DEMO_HOUSEHOLDS, demoHouseholdInput, seedDemo } from '../src/index.ts';
import { fakeApi } from './support/fake-api.ts';
import { householdTypeOf } from './support/household-type.ts';
import { requestBodyErrors } from './support/schemas.ts';

const TODAY = '2026-04-01';

describe('the demo set', () => {
  it('has at least 12 households covering every 世帯類型, each as declared', () => {
    expect(DEMO_HOUSEHOLDS.length).toBeGreaterThanOrEqual(12);
    for (const [i, h] of DEMO_HOUSEHOLDS.entries()) expect(householdTypeOf(demoHouseholdInput(h, i, TODAY), TODAY), h.key).toBe(h.householdType);
    expect(new Set(DEMO_HOUSEHOLDS.map((h) => h.householdType)).size).toBe(5);
  });

  for (const edition of ['2.0', '2.1'] as const) {
    it(`sends only valid bodies of edition ${edition}, through the operations of every flow`, async () => {
      const api = fakeApi();
      const report = await seedDemo(api, { edition, today: TODAY });
      expect(report.failed).toEqual([]);
      expect(report.skipped).toEqual([]);
      const errors = requestBodyErrors(edition);
      for (const c of api.calls) expect(errors(c.operationId, c.input.body)).toEqual([]);
      const used = new Set(api.calls.map((c) => c.operationId));
      const expected = ['createHousehold', 'createApplication', 'startInvestigation', 'decideApplication', 'withdrawApplication', 'createCaseDecision', 'startExOfficio',
        'transferCase', 'createPaymentRun', 'createClaim', 'recordClaimPayment', 'createDeductionAgreement', 'issueMedicalTicket', 'cancelMedicalTicket', 'issueCareTicket',
        'createVisitPlan', 'createVisitRecord', 'requestApproval', 'approveApproval', 'setViewingRestriction', 'createConsultation'];
      if (edition === '2.1') expected.push('receiveLinkageChange', 'acknowledgeChangeAlert', 'createComprehensiveInquiry');
      expect(expected.filter((op) => !used.has(op))).toEqual([]);
      if (edition === '2.0') expect(used.has('receiveLinkageChange')).toBe(false);
    });
  }

  it('reports steps whose operation is unavailable as skipped, naming the operation, and skips what depends on them', async () => {
    const { OperationUnavailableError } = await import('../src/index.ts');
    const inner = fakeApi();
    const api = { call: (op: string, input?: object, role?: string) => (op === 'createClaim' ? Promise.reject(new OperationUnavailableError(op)) : inner.call(op, input, role)) };
    const report = await seedDemo(api, { edition: '2.1', today: TODAY });
    expect(report.failed).toEqual([]);
    expect(report.skipped).toContainEqual(expect.objectContaining({ step: 'other-claim: 78条 claim with instalments', operationId: 'createClaim' }));
    expect(report.skipped).toContainEqual(expect.objectContaining({ step: 'other-claim: first instalment paid', reason: 'needs claimId' }));
  });
});
