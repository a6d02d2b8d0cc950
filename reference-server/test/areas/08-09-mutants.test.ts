import { describe, expect, it } from 'vitest';
import { CARE, LIVING, MEDICAL, medicalServer, protectedSingle, type HouseholdSeed } from '../support/medical-fixtures.ts';

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

// The seeded defects added with the checks of issue #5 (mutants/more-08-09.ts).
const couple = (care = false): HouseholdSeed => ({
  ...protectedSingle({}, care),
  members: [{ birthDate: '1950-06-15', sex: '1', relationship: '01' }, { birthDate: '1952-01-01', sex: '2', relationship: '02' }],
});
const ids = (body: { items: { ticketId: string }[] }) => body.items.map((t) => t.ticketId).sort();

describe('more mutants of area 08', () => {
  it('continuing-care-without-opinion (08.1.3)', async () => {
    const [ok, bad] = await both('continuing-care-without-opinion', async (mutant) => {
      const { s, memberId } = await withMember(mutant);
      expect((await s.post('/medical-tickets', ticket(memberId, { month: '2026-02' }))).status).toBe(201);
      return (await s.post('/medical-tickets', ticket(memberId))).status;
    });
    expect([ok, bad]).toEqual([422, 201]);
  });

  it('institution-code-last-seven-digits (08.2.2)', async () => {
    const [ok, bad] = await both('institution-code-last-seven-digits', async (mutant) => {
      const { s, memberId } = await withMember(mutant);
      expect((await s.post('/medical-tickets', ticket(memberId))).status).toBe(201);
      return (await s.post('/medical-tickets', ticket(memberId, { institutionCode: `992${INSTITUTION.slice(3)}` }))).status;
    });
    expect([ok, bad]).toEqual([201, 409]);
  });

  it('ticket-kind-institution-mismatch (08.2.6)', async () => {
    const [ok, bad] = await both('ticket-kind-institution-mismatch', async (mutant) => {
      const { s, memberId } = await withMember(mutant);
      return (await s.post('/medical-tickets', ticket(memberId, { kind: '2', institutionType: '1' }))).status;
    });
    expect([ok, bad]).toEqual([422, 201]);
  });

  it('recipient-number-per-ticket (08.2.10)', async () => {
    const [ok, bad] = await both('recipient-number-per-ticket', async (mutant) => {
      const { s, memberId } = await withMember(mutant);
      const a = await s.post('/medical-tickets', ticket(memberId));
      const b = await s.post('/medical-tickets', ticket(memberId, { month: '2026-02', institutionCode: '1310000002' }));
      expect(b.body.recipientNumber).toMatch(/^\d{7}$/);
      return a.body.recipientNumber === b.body.recipientNumber;
    });
    expect([ok, bad]).toEqual([true, false]);
  });

  it('ticket-list-status-ignored (08.2.11) and ticket-list-institution-ignored (08.2.12)', async () => {
    const scenario = async (mutant: string | undefined) => {
      const { s, memberId } = await withMember(mutant);
      const a = await s.post('/medical-tickets', ticket(memberId));
      const b = await s.post('/medical-tickets', ticket(memberId, { institutionCode: '1310000002' }));
      await s.post(`/medical-tickets/${b.body.ticketId}/cancellation`, { reason: '誤発行' });
      return {
        cancelled: ids((await s.get('/medical-tickets?status=cancelled')).body).length,
        atInstitution: ids((await s.get(`/medical-tickets?institutionCode=${INSTITUTION}&month=2026-03`)).body).length,
        a: a.status,
      };
    };
    expect(await scenario(undefined)).toEqual({ cancelled: 1, atInstitution: 1, a: 201 });
    expect(await scenario('ticket-list-status-ignored')).toEqual({ cancelled: 2, atInstitution: 1, a: 201 });
    expect(await scenario('ticket-list-institution-ignored')).toEqual({ cancelled: 1, atInstitution: 2, a: 201 });
  });

  it('eligibility-data-without-tickets (08.3.1), eligibility-data-ticket-holders-only (08.3.2), cancelled-ticket-in-eligibility-data (08.3.3)', async () => {
    const scenario = async (mutant: string | undefined) => {
      const { s, household } = await withMember(mutant, couple());
      const [head, spouse] = household.members.map((m) => m.memberId) as [string, string];
      await s.post('/medical-tickets', ticket(head));
      const gone = await s.post('/medical-tickets', ticket(head, { institutionCode: '1310000002' }));
      await s.post(`/medical-tickets/${gone.body.ticketId}/cancellation`, { reason: '誤発行' });
      const data = await s.get('/online-eligibility?month=2026-03');
      expect(data.status).toBe(200);
      const find = (id: string) => data.body.items.find((r: { memberId: string }) => r.memberId === id);
      return { headTickets: find(head)?.tickets.length, spouse: find(spouse) !== undefined };
    };
    expect(await scenario(undefined)).toEqual({ headTickets: 1, spouse: true });
    expect(await scenario('eligibility-data-without-tickets')).toEqual({ headTickets: 0, spouse: true });
    expect(await scenario('eligibility-data-ticket-holders-only')).toEqual({ headTickets: 1, spouse: false });
    expect(await scenario('cancelled-ticket-in-eligibility-data')).toEqual({ headTickets: 2, spouse: true });
  });
});

describe('more mutants of area 09', () => {
  it('provider-number-last-seven-digits (09.1.2)', async () => {
    const [ok, bad] = await both('provider-number-last-seven-digits', async (mutant) => {
      const { s, memberId } = await withMember(mutant, protectedSingle({ birthDate: '1950-01-01' }, true));
      expect((await s.post('/care-tickets', careTicket(memberId))).status).toBe(201);
      return (await s.post('/care-tickets', careTicket(memberId, { providerNumber: `992${PROVIDER.slice(3)}` }))).status;
    });
    expect([ok, bad]).toEqual([201, 409]);
  });

  it('care-ticket-validity-unchecked (09.1.5)', async () => {
    const [ok, bad] = await both('care-ticket-validity-unchecked', async (mutant) => {
      const seed = { ...protectedSingle({ birthDate: '1950-01-01' }, true), decisions: [{ type: 'start' as const, effectiveOn: '2026-03-10', fujo: [LIVING, MEDICAL, CARE] }] };
      const { s, memberId } = await withMember(mutant, seed);
      return (await s.post('/care-tickets', careTicket(memberId, { validFrom: '2026-03-01' }))).status;
    });
    expect([ok, bad]).toEqual([422, 201]);
  });

  it('care-ticket-list-provider-ignored (09.1.8)', async () => {
    const [ok, bad] = await both('care-ticket-list-provider-ignored', async (mutant) => {
      const { s, memberId } = await withMember(mutant, protectedSingle({ birthDate: '1950-01-01' }, true));
      await s.post('/care-tickets', careTicket(memberId));
      await s.post('/care-tickets', careTicket(memberId, { providerNumber: '1370000002' }));
      return ids((await s.get(`/care-tickets?providerNumber=${PROVIDER}`)).body).length;
    });
    expect([ok, bad]).toEqual([1, 2]);
  });

  it('care-insurance-status-not-updated (09.2.1)', async () => {
    const [ok, bad] = await both('care-insurance-status-not-updated', async (mutant) => {
      const { s, memberId } = await withMember(mutant, protectedSingle({ birthDate: '1970-01-01', careInsuranceInsured: false }, true));
      const read = await s.get(`/members/${memberId}`, 'caseworker');
      const res = await s.app.inject({ method: 'PATCH', url: `/members/${memberId}`, headers: { authorization: 'Bearer dev-caseworker', 'if-match': String(read.etag) }, payload: { careInsuranceInsured: true } });
      expect(res.statusCode).toBe(200);
      return (await s.get(`/members/${memberId}`, 'caseworker')).body.careInsuranceInsured;
    });
    expect([ok, bad]).toEqual([true, false]);
  });

  it('care-ticket-insurance-by-age-only (09.2.2)', async () => {
    const [ok, bad] = await both('care-ticket-insurance-by-age-only', async (mutant) => {
      const { s, memberId } = await withMember(mutant, protectedSingle({ birthDate: '1970-01-01', careInsuranceInsured: true }, true));
      const res = await s.post('/care-tickets', careTicket(memberId));
      return [res.body.careInsuranceInsured, res.body.fullCostCovered];
    });
    expect([ok, bad]).toEqual([[true, false], [false, true]]);
  });

  it('care-premium-addition-missing (09.2.4)', async () => {
    const [ok, bad] = await both('care-premium-addition-missing', async (mutant) => {
      const s = await medicalServer({ mutant });
      const body = { date: '2024-04-01', grade: '1-1', winterRegion: 'VI', members: [{ key: 'm1', birthDate: '1957-06-01', careInsurancePremium: 6000 }], excludeComponents: ['transitional'] };
      const res = await s.app.inject({ method: 'POST', url: '/calculations', headers: { authorization: 'Bearer dev-caseworker' }, payload: body });
      expect(res.statusCode).toBe(200);
      return res.json().minimumCost;
    });
    expect([ok, bad]).toEqual([81250, 75250]);
  });
});
