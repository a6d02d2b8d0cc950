import { describe, expect, it } from 'vitest';
import { CARE, LIVING, MEDICAL, medicalServer, protectedSingle } from '../support/medical-fixtures.ts';

const PROVIDER = '1370012345';
const care = (memberId: string, over: Record<string, unknown> = {}) =>
  ({ memberId, month: '2026-03', providerNumber: PROVIDER, serviceType: '1', ...over });

async function careMember(member = {}, withCare = true) {
  const s = await medicalServer();
  const household = await s.seed(protectedSingle(member, withCare));
  return { s, household, memberId: household.members[0]!.memberId };
}

describe('09.1 介護券 (flow care-ticket)', () => {
  it('issues a care ticket and answers it (09.1.1); 65+ is insured and not full cost (09.2.2)', async () => {
    const { s, household, memberId } = await careMember({ birthDate: '1950-03-31' });
    const res = await s.post('/care-tickets', care(memberId, { providerName: 'ケアセンター' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      memberId, householdId: household.householdId, month: '2026-03', providerNumber: PROVIDER, serviceType: '1',
      validFrom: '2026-03-01', validTo: '2026-03-31', careInsuranceInsured: true, fullCostCovered: false, status: 'issued',
      issuedBy: 'medical-clerk-1', selfPayAmount: 0,
    });
    expect(res.body.publicPayerNumber).toMatch(/^12\d{6}$/);
    expect(res.body.recipientNumber).toMatch(/^\d{7}$/);
    const got = await s.get(`/care-tickets/${res.body.ticketId}`, 'manager');
    expect(got.body).toEqual(res.body);
    expect((await s.get('/care-tickets/CT-999999')).status).toBe(404);
  });

  it('shows the uninsured 40–64 member with the whole cost covered, and the insured one with the user charge (09.2.1, 09.2.2)', async () => {
    const s = await medicalServer();
    const uninsured = await s.seed(protectedSingle({ birthDate: '1970-05-01', careInsuranceInsured: false }, true));
    const insured = await s.seed(protectedSingle({ birthDate: '1970-05-01', careInsuranceInsured: true }, true));
    const a = await s.post('/care-tickets', care(uninsured.members[0]!.memberId));
    const b = await s.post('/care-tickets', care(insured.members[0]!.memberId));
    expect(a.body).toMatchObject({ careInsuranceInsured: false, fullCostCovered: true });
    expect(b.body).toMatchObject({ careInsuranceInsured: true, fullCostCovered: false });
  });

  it('refuses a provider number that is not 10 digits (09.1.2)', async () => {
    const { s, memberId } = await careMember();
    expect((await s.post('/care-tickets', care(memberId, { providerNumber: '137001234' }))).status).toBe(400);
    expect((await s.post('/care-tickets', care(memberId, { providerNumber: '13700123X5' }))).status).toBe(400);
  });

  it('refuses a duplicate issued care ticket (09.1.3) but not another provider, kind or month', async () => {
    const { s, memberId } = await careMember();
    expect((await s.post('/care-tickets', care(memberId))).status).toBe(201);
    const before = s.snapshot();
    const dup = await s.post('/care-tickets', care(memberId));
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('duplicate-ticket');
    expect(s.snapshot()).toEqual(before);
    expect((await s.post('/care-tickets', care(memberId, { serviceType: '2' }))).status).toBe(201);
    expect((await s.post('/care-tickets', care(memberId, { providerNumber: '1370000001' }))).status).toBe(201);
    expect((await s.post('/care-tickets', care(memberId, { month: '2026-02' }))).status).toBe(201);
  });

  it('issues only where the decision in force in the month grants 介護扶助 (09.1.4)', async () => {
    const s = await medicalServer();
    const noCare = await s.seed(protectedSingle({}, false));
    const notProtected = await s.seed({ members: [{ birthDate: '1950-01-01', sex: '1', relationship: '01' }] });
    const before = s.snapshot();
    const refused = await s.post('/care-tickets', care(noCare.members[0]!.memberId));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('care-assistance-not-granted');
    const none = await s.post('/care-tickets', care(notProtected.members[0]!.memberId));
    expect(none.status).toBe(422);
    expect(none.body.code).toBe('not-protected-in-month');
    expect((await s.post('/care-tickets', care('M-999999'))).status).toBe(422);
    expect(s.snapshot()).toEqual(before);
    // a change decision granting 介護扶助 from 15 March makes March eligible, not February
    await s.decide(noCare.householdId, { type: 'change', effectiveOn: '2026-03-15', fujo: [LIVING, MEDICAL, CARE] });
    expect((await s.post('/care-tickets', care(noCare.members[0]!.memberId))).status).toBe(201);
    expect((await s.post('/care-tickets', care(noCare.members[0]!.memberId, { month: '2026-02' }))).status).toBe(422);
  });

  it('bounds the validity to the month and the protected period (09.1.5)', async () => {
    const s = await medicalServer();
    const h = await s.seed({ ...protectedSingle({}, true), decisions: [{ type: 'start', effectiveOn: '2026-03-05', fujo: [LIVING, CARE] }, { type: 'suspend', effectiveOn: '2026-03-21' }] });
    const memberId = h.members[0]!.memberId;
    const before = s.snapshot();
    for (const over of [{ validFrom: '2026-03-01' }, { validTo: '2026-03-25' }, { validFrom: '2026-02-20' }, { validTo: '2026-04-02' }, { validFrom: '2026-03-12', validTo: '2026-03-10' }]) {
      const res = await s.post('/care-tickets', care(memberId, over));
      expect(res.status, JSON.stringify(over)).toBe(422);
    }
    expect(s.snapshot()).toEqual(before);
    expect((await s.post('/care-tickets', care(memberId))).body).toMatchObject({ validFrom: '2026-03-05', validTo: '2026-03-20' });
  });

  it('refuses a member under 40 on the last day of the month (09.2.3)', async () => {
    const s = await medicalServer();
    const h = await s.seed(protectedSingle({ birthDate: '1986-04-01' }, true));
    const memberId = h.members[0]!.memberId;
    const before = s.snapshot();
    const young = await s.post('/care-tickets', care(memberId));
    expect(young.status).toBe(422);
    expect(young.body.code).toBe('under-40');
    expect(s.snapshot()).toEqual(before);
    // turns 40 on 1 April 2026: 40 on 30 April
    const h2 = await s.seed({ ...protectedSingle({ birthDate: '1986-04-30' }, true), decisions: [{ type: 'start', effectiveOn: '2026-03-01', fujo: [LIVING, CARE] }] });
    expect((await s.post('/care-tickets', care(h2.members[0]!.memberId, { month: '2026-04' }))).status).toBe(201);
    expect((await s.post('/care-tickets', care(memberId, { month: '2026-04' }))).status).toBe(201);
  });

  it('cancels with reason and date, refuses cancelling again, allows re-issue (09.1.6, 09.1.7)', async () => {
    const { s, memberId } = await careMember();
    const t = await s.post('/care-tickets', care(memberId));
    const c = await s.post(`/care-tickets/${t.body.ticketId}/cancellation`, { reason: '事業所の誤り' }, 'caseworker');
    expect(c.status).toBe(200);
    expect(c.body).toMatchObject({ status: 'cancelled', cancellationReason: '事業所の誤り', cancelledOn: '2026-04-01' });
    expect((await s.get(`/care-tickets/${t.body.ticketId}`)).body.status).toBe('cancelled');
    const before = s.snapshot();
    const again = await s.post(`/care-tickets/${t.body.ticketId}/cancellation`, { reason: '再' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('illegal-transition');
    expect(s.snapshot()).toEqual(before);
    expect((await s.post('/care-tickets/CT-999999/cancellation', { reason: 'x' })).status).toBe(404);
    expect((await s.post('/care-tickets', care(memberId))).status).toBe(201);
  });

  it('lists care tickets by month, household, member, provider, kind and status (09.1.8)', async () => {
    const s = await medicalServer();
    const h1 = await s.seed(protectedSingle({}, true));
    const h2 = await s.seed(protectedSingle({}, true));
    const [m1, m2] = [h1.members[0]!.memberId, h2.members[0]!.memberId];
    const a = await s.post('/care-tickets', care(m1));
    await s.post('/care-tickets', care(m1, { month: '2026-02', serviceType: '3' }));
    await s.post('/care-tickets', care(m2, { providerNumber: '1370000009' }));
    await s.post(`/care-tickets/${a.body.ticketId}/cancellation`, { reason: '誤り' });
    const count = async (q: string) => (await s.get(`/care-tickets${q}`, 'supervisor')).body.items.length;
    expect(await count('')).toBe(3);
    expect(await count('?month=2026-03')).toBe(2);
    expect(await count(`?householdId=${h1.householdId}`)).toBe(2);
    expect(await count(`?memberId=${m2}`)).toBe(1);
    expect(await count('?providerNumber=1370000009')).toBe(1);
    expect(await count('?serviceType=3')).toBe(1);
    expect(await count('?status=cancelled')).toBe(1);
    expect(await count(`?status=issued&memberId=${m1}`)).toBe(1);
  });
});
