import { describe, expect, it } from 'vitest';
import { LIVING, MEDICAL, medicalServer, protectedSingle, type HouseholdSeed } from '../support/medical-fixtures.ts';

/**
 * Each seeded defect of areas 08 and 09 makes the server answer wrongly (never a fault) exactly where its rule
 * applies; every scenario runs twice, without the mutant (the rule holds) and with it (the rule is broken).
 */
const INSTITUTION = '1310012345';
const PROVIDER = '1370012345';
const ticket = (memberId: string, over: Record<string, unknown> = {}) =>
  ({ kind: '1', memberId, month: '2026-03', institutionCode: INSTITUTION, institutionType: '2', ...over });
const careTicket = (memberId: string, over: Record<string, unknown> = {}) =>
  ({ memberId, month: '2026-03', providerNumber: PROVIDER, serviceType: '1', ...over });

async function withMember(mutant: string | undefined, seed: HouseholdSeed = protectedSingle()) {
  const s = await medicalServer({ mutant });
  const household = await s.seed(seed);
  return { s, household, memberId: household.members[0]!.memberId };
}

/** Runs the scenario without and with the mutant; answers [correct, mutated]. */
async function both<T>(mutant: string, scenario: (mutant: string | undefined) => Promise<T>): Promise<[T, T]> {
  return [await scenario(undefined), await scenario(mutant)];
}

describe('mutants of area 08', () => {
  it('opinion-period-reversed (08.1.2)', async () => {
    const [ok, bad] = await both('opinion-period-reversed', async (mutant) => {
      const { s, memberId } = await withMember(mutant);
      const body = { institutionCode: INSTITUTION, receivedOn: '2026-03-02', careRequired: true, periodFrom: '2026-05', periodTo: '2026-04' };
      return (await s.post(`/members/${memberId}/medical-opinions`, body)).status;
    });
    expect(ok).toBe(422);
    expect(bad).toBe(201);
  });

  it('duplicate-medical-ticket (08.2.3)', async () => {
    const [ok, bad] = await both('duplicate-medical-ticket', async (mutant) => {
      const { s, memberId } = await withMember(mutant);
      expect((await s.post('/medical-tickets', ticket(memberId))).status).toBe(201);
      const second = await s.post('/medical-tickets', ticket(memberId));
      return { status: second.status, issued: (await s.get(`/medical-tickets?memberId=${memberId}&status=issued`)).body.items.length };
    });
    expect(ok).toEqual({ status: 409, issued: 1 });
    expect(bad).toEqual({ status: 201, issued: 2 });
  });

  it('ticket-outside-protection (08.2.4, 08.2.5)', async () => {
    const [ok, bad] = await both('ticket-outside-protection', async (mutant) => {
      const { s, memberId } = await withMember(mutant);
      const lateSeed = { ...protectedSingle(), decisions: [{ type: 'start' as const, effectiveOn: '2026-03-16', fujo: [LIVING, MEDICAL] }] };
      const late = (await s.seed(lateSeed)).members[0]!.memberId;
      return {
        beforeStart: (await s.post('/medical-tickets', ticket(memberId, { month: '2025-12' }))).status,
        beforeProtectedDays: (await s.post('/medical-tickets', ticket(late, { validFrom: '2026-03-01' }))).status,
        defaulted: (await s.post('/medical-tickets', ticket(late, { institutionCode: '1310000002' }))).body.validFrom,
      };
    });
    expect(ok).toEqual({ beforeStart: 422, beforeProtectedDays: 422, defaulted: '2026-03-16' });
    expect(bad).toEqual({ beforeStart: 201, beforeProtectedDays: 201, defaulted: '2026-03-01' });
  });

  it('restricted-ticket-in-eligibility-data (08.3.7, 08.3.6)', async () => {
    const [ok, bad] = await both('restricted-ticket-in-eligibility-data', async (mutant) => {
      const { s, memberId } = await withMember(mutant);
      const issued = await s.post('/medical-tickets', ticket(memberId));
      await s.post(`/members/${memberId}/viewing-restriction`, { restricted: true, reason: '1' }, 'caseworker');
      const data = await s.get('/online-eligibility?month=2026-03');
      expect(data.status).toBe(200);
      const record = data.body.items.find((r: { memberId: string }) => r.memberId === memberId);
      return { flagged: record.viewingRestricted, leaked: JSON.stringify(data.body).includes(issued.body.ticketNumber) };
    });
    expect(ok).toEqual({ flagged: true, leaked: false });
    expect(bad).toEqual({ flagged: false, leaked: true });
  });
});

describe('mutants of area 09', () => {
  it('care-ticket-without-care-assistance (09.1.4)', async () => {
    const [ok, bad] = await both('care-ticket-without-care-assistance', async (mutant) => {
      const { s, memberId } = await withMember(mutant, protectedSingle({ birthDate: '1950-01-01' }, false));
      return (await s.post('/care-tickets', careTicket(memberId))).status;
    });
    expect(ok).toBe(422);
    expect(bad).toBe(201);
  });

  it('duplicate-care-ticket (09.1.3)', async () => {
    const [ok, bad] = await both('duplicate-care-ticket', async (mutant) => {
      const { s, memberId } = await withMember(mutant, protectedSingle({ birthDate: '1950-01-01' }, true));
      expect((await s.post('/care-tickets', careTicket(memberId))).status).toBe(201);
      const second = await s.post('/care-tickets', careTicket(memberId));
      return { status: second.status, issued: (await s.get(`/care-tickets?memberId=${memberId}&status=issued`)).body.items.length };
    });
    expect(ok).toEqual({ status: 409, issued: 1 });
    expect(bad).toEqual({ status: 201, issued: 2 });
  });

  it('care-ticket-under-40 (09.2.3)', async () => {
    const [ok, bad] = await both('care-ticket-under-40', async (mutant) => {
      // 40 on 1 April 2026: still 39 on the last day of March
      const { s, memberId } = await withMember(mutant, protectedSingle({ birthDate: '1986-04-01' }, true));
      return [(await s.post('/care-tickets', careTicket(memberId))).status, (await s.post('/care-tickets', careTicket(memberId, { month: '2026-04' }))).status];
    });
    expect(ok).toEqual([422, 201]);
    expect(bad).toEqual([201, 201]);
  });
});
