import { describe, expect, it } from 'vitest';
import { checkDigit, publicPayerNumber, recipientNumber } from '../../src/areas/08-medical/numbers.ts';
import { LIVING, MEDICAL, medicalServer, protectedSingle } from '../support/medical-fixtures.ts';

const INSTITUTION = '1310012345';
const PHARMACY = '1340098765';
const ticket = (memberId: string, over: Record<string, unknown> = {}) =>
  ({ kind: '1', memberId, month: '2026-03', institutionCode: INSTITUTION, institutionType: '2', ...over });

async function withMember(member = {}) {
  const s = await medicalServer();
  const household = await s.seed(protectedSingle(member));
  return { s, household, memberId: household.members[0]!.memberId };
}

describe('08.1 医療要否意見書', () => {
  it('records an opinion per member (08.1.1) and refuses a period ending before it begins (08.1.2)', async () => {
    const { s, household, memberId } = await withMember();
    const body = { institutionCode: INSTITUTION, receivedOn: '2026-03-02', careRequired: true, periodFrom: '2026-03', periodTo: '2026-05', diseaseName: '糖尿病' };
    const ok = await s.post(`/members/${memberId}/medical-opinions`, body);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ memberId, householdId: household.householdId, institutionCode: INSTITUTION, careRequired: true, periodFrom: '2026-03', periodTo: '2026-05' });
    expect(ok.etag).toBeDefined();
    const before = s.snapshot();
    const reversed = await s.post(`/members/${memberId}/medical-opinions`, { ...body, periodFrom: '2026-05', periodTo: '2026-04' });
    expect(reversed.status).toBe(422);
    expect(reversed.body.errors[0].pointer).toBe('/body/periodTo');
    expect(s.snapshot()).toEqual(before);
  });

  it('refuses an institution code that is not 10 digits (08.2.2) and an unknown member (404)', async () => {
    const { s, memberId } = await withMember();
    const body = { institutionCode: '131001234', receivedOn: '2026-03-02', careRequired: true, periodFrom: '2026-03', periodTo: '2026-03' };
    expect((await s.post(`/members/${memberId}/medical-opinions`, body)).status).toBe(400);
    expect((await s.post(`/members/${memberId}/medical-opinions`, { ...body, institutionCode: '13100123A5' })).status).toBe(400);
    expect((await s.post('/members/M-999999/medical-opinions', { ...body, institutionCode: INSTITUTION })).status).toBe(404);
  });
});

describe('08.2 医療券・調剤券 (flow ticket)', () => {
  it('issues a ticket with defaults, numbers and status issued, and answers it (08.2.1, 08.2.10)', async () => {
    const { s, household, memberId } = await withMember();
    const res = await s.post('/medical-tickets', ticket(memberId, { diseaseName: '高血圧症' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: '1', memberId, householdId: household.householdId, month: '2026-03', institutionCode: INSTITUTION,
      validFrom: '2026-03-01', validTo: '2026-03-31', status: 'issued', issuedBy: 'medical-clerk-1', selfPayAmount: 0,
      publicPayerNumber: publicPayerNumber('131016'), recipientNumber: recipientNumber(memberId),
    });
    expect(res.body.publicPayerNumber).toMatch(/^12\d{6}$/);
    expect(res.body.recipientNumber).toMatch(/^\d{7}$/);
    const got = await s.get(`/medical-tickets/${res.body.ticketId}`, 'supervisor');
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
    expect((await s.get('/medical-tickets/MT-999999')).status).toBe(404);
  });

  it('keeps one recipient number per member across tickets and different between members (08.2.10)', async () => {
    const s = await medicalServer();
    const h = await s.seed({ ...protectedSingle(), members: [{ birthDate: '1960-06-15', sex: '1', relationship: '01' }, { birthDate: '1962-01-01', sex: '2', relationship: '02' }] });
    const [a, b] = h.members.map((m) => m.memberId) as [string, string];
    const t1 = await s.post('/medical-tickets', ticket(a));
    const t2 = await s.post('/medical-tickets', ticket(a, { kind: '2', institutionCode: PHARMACY, institutionType: '4' }));
    const t3 = await s.post('/medical-tickets', ticket(b));
    expect(t1.body.recipientNumber).toBe(t2.body.recipientNumber);
    expect(t3.body.recipientNumber).not.toBe(t1.body.recipientNumber);
    expect(new Set([t1.body.ticketNumber, t2.body.ticketNumber, t3.body.ticketNumber]).size).toBe(3);
    expect(checkDigit('1213101')).toBe(publicPayerNumber('131016').slice(7));
  });

  it('refuses a duplicate issued ticket with 409 and changes nothing (08.2.3); a different kind or institution is fine', async () => {
    const { s, memberId } = await withMember();
    expect((await s.post('/medical-tickets', ticket(memberId))).status).toBe(201);
    const before = s.snapshot();
    const dup = await s.post('/medical-tickets', ticket(memberId, { validFrom: '2026-03-10' }));
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('duplicate-ticket');
    expect(s.snapshot()).toEqual(before);
    expect((await s.post('/medical-tickets', ticket(memberId, { institutionCode: '1310099999' }))).status).toBe(201);
    expect((await s.post('/medical-tickets', ticket(memberId, { month: '2026-02' }))).status).toBe(201);
  });

  it('issues only for members of households protected on some day of the month (08.2.4)', async () => {
    const s = await medicalServer();
    const never = await s.seed({ members: [{ birthDate: '1970-01-01', sex: '1', relationship: '01' }] });
    const ended = await s.seed({ ...protectedSingle(), decisions: [{ type: 'start', effectiveOn: '2025-10-01', fujo: [LIVING, MEDICAL] }, { type: 'discontinue', effectiveOn: '2026-03-01' }] });
    const suspended = await s.seed({ ...protectedSingle(), decisions: [{ type: 'start', effectiveOn: '2025-10-01', fujo: [LIVING] }, { type: 'suspend', effectiveOn: '2026-02-15' }] });
    const before = s.snapshot();
    for (const h of [never, ended, suspended]) {
      const res = await s.post('/medical-tickets', ticket(h.members[0]!.memberId));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('not-protected-in-month');
    }
    expect(s.snapshot()).toEqual(before);
    // protected in February (discontinued 1 March, suspended from 15 February)
    const feb = await s.post('/medical-tickets', ticket(ended.members[0]!.memberId, { month: '2026-02' }));
    expect(feb.status).toBe(201);
    const febSusp = await s.post('/medical-tickets', ticket(suspended.members[0]!.memberId, { month: '2026-02' }));
    expect(febSusp.body).toMatchObject({ validFrom: '2026-02-01', validTo: '2026-02-14' });
    expect((await s.post('/medical-tickets', ticket('M-999999'))).status).toBe(422);
  });

  it('bounds the validity to the month and the protected period (08.2.5)', async () => {
    const s = await medicalServer();
    const h = await s.seed({ ...protectedSingle(), decisions: [{ type: 'start', effectiveOn: '2026-03-10', fujo: [LIVING, MEDICAL] }, { type: 'discontinue', effectiveOn: '2026-03-25' }] });
    const memberId = h.members[0]!.memberId;
    const before = s.snapshot();
    for (const [over, pointer] of [
      [{ validFrom: '2026-02-28' }, '/body/validFrom'],
      [{ validTo: '2026-04-01' }, '/body/validTo'],
      [{ validFrom: '2026-03-05' }, '/body/validFrom'],
      [{ validTo: '2026-03-25' }, '/body/validTo'],
      [{ validFrom: '2026-03-20', validTo: '2026-03-15' }, '/body/validTo'],
    ] as const) {
      const res = await s.post('/medical-tickets', ticket(memberId, over));
      expect(res.status, JSON.stringify(over)).toBe(422);
      expect(res.body.errors[0].pointer).toBe(pointer);
    }
    expect(s.snapshot()).toEqual(before);
    const ok = await s.post('/medical-tickets', ticket(memberId));
    expect(ok.body).toMatchObject({ validFrom: '2026-03-10', validTo: '2026-03-24' });
  });

  it('issues 調剤券 only to 薬局 and 医療券 only to other institutions (08.2.6)', async () => {
    const { s, memberId } = await withMember();
    const before = s.snapshot();
    expect((await s.post('/medical-tickets', ticket(memberId, { kind: '2', institutionType: '1' }))).status).toBe(422);
    expect((await s.post('/medical-tickets', ticket(memberId, { kind: '1', institutionType: '4', institutionCode: PHARMACY }))).status).toBe(422);
    expect(s.snapshot()).toEqual(before);
    expect((await s.post('/medical-tickets', ticket(memberId, { kind: '2', institutionType: '4', institutionCode: PHARMACY }))).status).toBe(201);
    for (const type of ['1', '2', '3', '5']) {
      expect((await s.post('/medical-tickets', ticket(memberId, { institutionType: type, institutionCode: `131000000${type}` }))).status).toBe(201);
    }
  });

  it('refuses an unknown institution-code format (08.2.2)', async () => {
    const { s, memberId } = await withMember();
    expect((await s.post('/medical-tickets', ticket(memberId, { institutionCode: '12345' }))).status).toBe(400);
    expect((await s.post('/medical-tickets', ticket(memberId, { institutionCode: '12345678901' }))).status).toBe(400);
  });

  it('cancels with reason and date, refuses a second cancellation, and allows re-issue (08.2.7–08.2.9)', async () => {
    const { s, memberId } = await withMember();
    const issued = await s.post('/medical-tickets', ticket(memberId));
    const cancelled = await s.post(`/medical-tickets/${issued.body.ticketId}/cancellation`, { reason: '医療機関の誤り', cancelledOn: '2026-03-05' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: '医療機関の誤り', cancelledOn: '2026-03-05' });
    expect((await s.get(`/medical-tickets/${issued.body.ticketId}`)).body.status).toBe('cancelled');
    const before = s.snapshot();
    const again = await s.post(`/medical-tickets/${issued.body.ticketId}/cancellation`, { reason: '再度' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('illegal-transition');
    expect(s.snapshot()).toEqual(before);
    expect((await s.post('/medical-tickets/MT-999999/cancellation', { reason: 'x' })).status).toBe(404);
    const reissued = await s.post('/medical-tickets', ticket(memberId));
    expect(reissued.status).toBe(201);
    expect(reissued.body.ticketId).not.toBe(issued.body.ticketId);
    const other = await s.post('/medical-tickets', ticket(memberId, { institutionCode: '1310000001' }));
    const defaulted = await s.post(`/medical-tickets/${other.body.ticketId}/cancellation`, { reason: '不要' });
    expect(defaulted.body.cancelledOn).toBe('2026-04-01');
  });

  it('lists tickets filtered by month, household, member, institution, kind and status (08.2.11, 08.2.12)', async () => {
    const s = await medicalServer();
    const h1 = await s.seed(protectedSingle());
    const h2 = await s.seed(protectedSingle());
    const [m1, m2] = [h1.members[0]!.memberId, h2.members[0]!.memberId];
    const a = await s.post('/medical-tickets', ticket(m1));
    await s.post('/medical-tickets', ticket(m1, { month: '2026-02' }));
    await s.post('/medical-tickets', ticket(m2, { kind: '2', institutionType: '4', institutionCode: PHARMACY }));
    await s.post(`/medical-tickets/${a.body.ticketId}/cancellation`, { reason: '誤発行' });
    const ids = async (q: string) => (await s.get(`/medical-tickets${q}`, 'caseworker')).body.items.map((t: { ticketId: string }) => t.ticketId);
    expect(await ids('')).toHaveLength(3);
    expect(await ids('?month=2026-03')).toHaveLength(2);
    expect(await ids(`?householdId=${h2.householdId}`)).toHaveLength(1);
    expect(await ids(`?memberId=${m1}`)).toHaveLength(2);
    expect(await ids(`?institutionCode=${INSTITUTION}&month=2026-03`)).toEqual([a.body.ticketId]);
    expect(await ids('?kind=2')).toHaveLength(1);
    expect(await ids('?status=cancelled')).toEqual([a.body.ticketId]);
    expect(await ids(`?status=issued&memberId=${m1}`)).toHaveLength(1);
    const paged = await s.get('/medical-tickets?limit=2');
    expect(paged.body.items).toHaveLength(2);
    expect(paged.body.nextCursor).toEqual(expect.any(String));
  });

  it('needs a current opinion for a continuing-care 医療券 (option 08.1.3)', async () => {
    const { s, memberId } = await withMember();
    expect((await s.post('/medical-tickets', ticket(memberId, { month: '2026-02' }))).status).toBe(201);
    const before = s.snapshot();
    const none = await s.post('/medical-tickets', ticket(memberId));
    expect(none.status).toBe(422);
    expect(none.body.code).toBe('opinion-required');
    const opinion = async (over: Record<string, unknown>) => (await s.post(`/members/${memberId}/medical-opinions`,
      { institutionCode: INSTITUTION, receivedOn: '2026-02-20', careRequired: true, periodFrom: '2026-02', periodTo: '2026-04', ...over })).body.opinionId;
    const notRequired = await opinion({ careRequired: false });
    const expired = await opinion({ periodTo: '2026-02' });
    const snapshotWithOpinions = s.snapshot();
    expect((await s.post('/medical-tickets', ticket(memberId, { opinionId: notRequired }))).status).toBe(422);
    expect((await s.post('/medical-tickets', ticket(memberId, { opinionId: expired }))).status).toBe(422);
    expect((await s.post('/medical-tickets', ticket(memberId, { opinionId: 'MO-999999' }))).status).toBe(422);
    expect(s.snapshot()).toEqual(snapshotWithOpinions);
    expect(before.collections.MedicalTicket).toEqual(snapshotWithOpinions.collections.MedicalTicket);
    const current = await opinion({});
    const ok = await s.post('/medical-tickets', ticket(memberId, { opinionId: current }));
    expect(ok.status).toBe(201);
    expect(ok.body.opinionId).toBe(current);
    // not continuing: another institution, or a 調剤券, needs no opinion
    expect((await s.post('/medical-tickets', ticket(memberId, { institutionCode: '1310000002' }))).status).toBe(201);
  });

  it('is open to medical-clerk and caseworker only for issuing', async () => {
    const { s, memberId } = await withMember();
    expect((await s.post('/medical-tickets', ticket(memberId), 'supervisor')).status).toBe(403);
    expect((await s.post('/medical-tickets', ticket(memberId), 'caseworker')).status).toBe(201);
  });
});

describe('08.3 オンライン資格確認・閲覧制限', () => {
  it('lists every member of every household protected in the month with issued tickets only (08.3.1–08.3.3)', async () => {
    const s = await medicalServer();
    const h = await s.seed({ ...protectedSingle(), members: [{ birthDate: '1960-06-15', sex: '1', relationship: '01' }, { birthDate: '2015-01-01', sex: '2', relationship: '03' }] });
    const late = await s.seed({ ...protectedSingle(), decisions: [{ type: 'start', effectiveOn: '2026-03-16', fujo: [LIVING] }] });
    await s.seed({ members: [{ birthDate: '1970-01-01', sex: '1', relationship: '01' }] });
    const [head, child] = h.members.map((m) => m.memberId) as [string, string];
    const kept = await s.post('/medical-tickets', ticket(head));
    const gone = await s.post('/medical-tickets', ticket(head, { institutionCode: '1310000003' }));
    await s.post(`/medical-tickets/${gone.body.ticketId}/cancellation`, { reason: '誤発行' });
    await s.post('/medical-tickets', ticket(head, { month: '2026-02' }));
    const res = await s.get('/online-eligibility?month=2026-03');
    expect(res.status).toBe(200);
    const byMember = Object.fromEntries(res.body.items.map((r: { memberId: string }) => [r.memberId, r]));
    expect(Object.keys(byMember).sort()).toEqual([head, child, late.members[0]!.memberId].sort());
    expect(byMember[head].tickets.map((t: { ticketId: string }) => t.ticketId)).toEqual([kept.body.ticketId]);
    expect(byMember[head]).toMatchObject({ month: '2026-03', eligibleFrom: '2026-03-01', eligibleTo: '2026-03-31', viewingRestricted: false, recipientNumber: kept.body.recipientNumber, publicPayerNumber: kept.body.publicPayerNumber });
    expect(byMember[child].tickets).toEqual([]);
    expect(byMember[late.members[0]!.memberId]).toMatchObject({ eligibleFrom: '2026-03-16', eligibleTo: '2026-03-31' });
    expect((await s.get('/online-eligibility?month=2026-03', 'caseworker')).status).toBe(403);
    expect((await s.get('/online-eligibility', 'system-admin')).status).toBe(400);
  });

  it('sets a restriction with a reason, flags the member and leaves out the member\'s tickets entirely (08.3.4–08.3.7)', async () => {
    const { s, memberId } = await withMember();
    const t = await s.post('/medical-tickets', ticket(memberId, { diseaseName: '骨折' }));
    const before = s.snapshot();
    expect((await s.post(`/members/${memberId}/viewing-restriction`, { restricted: true }, 'caseworker')).status).toBe(400);
    expect(s.snapshot()).toEqual(before);
    expect((await s.post('/members/M-999999/viewing-restriction', { restricted: true, reason: '1' }, 'caseworker')).status).toBe(404);
    const set = await s.post(`/members/${memberId}/viewing-restriction`, { restricted: true, reason: '1', requestedOn: '2026-03-20' }, 'caseworker');
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ memberId, viewingRestricted: true });
    const data = await s.get('/online-eligibility?month=2026-03');
    const record = data.body.items.find((r: { memberId: string }) => r.memberId === memberId);
    expect(record).toMatchObject({ viewingRestricted: true, tickets: [] });
    const text = JSON.stringify(data.body);
    for (const leak of [t.body.ticketId, t.body.ticketNumber, INSTITUTION, '骨折']) expect(text).not.toContain(leak);
    // a ticket issued while restricted is still left out (08.3.7 names issueMedicalTicket)
    await s.post('/medical-tickets', ticket(memberId, { institutionCode: '1310000004' }), 'medical-clerk');
    expect(JSON.stringify((await s.get('/online-eligibility?month=2026-03')).body)).not.toContain('1310000004');
    const lifted = await s.post(`/members/${memberId}/viewing-restriction`, { restricted: false }, 'supervisor');
    expect(lifted.body.viewingRestricted).toBe(false);
    const after = (await s.get('/online-eligibility?month=2026-03')).body.items.find((r: { memberId: string }) => r.memberId === memberId);
    expect(after.viewingRestricted).toBe(false);
    expect(after.tickets).toHaveLength(2);
  });
});

describe('with the other areas\' operations', () => {
  it('issues a ticket after a real createHousehold and ex-officio start, and lists it in the eligibility data', async () => {
    const s = await medicalServer();
    const created = await s.post('/households', {
      lgCode: '131016', address: { lgCode: '131016', text: '千代田一丁目1番1号' }, grade: '1-1', winterRegion: 'VI',
      members: [{ name: { family: '山田', given: '太郎' }, birthDate: '1950-05-10', sex: '1', relationship: '01' }],
    }, 'intake');
    expect(created.status).toBe(201);
    const memberId = created.body.members[0].memberId;
    expect((await s.post('/medical-tickets', ticket(memberId))).status).toBe(422);
    const start = await s.post(`/households/${created.body.householdId}/ex-officio-start`, {
      decidedOn: '2026-03-20', effectiveOn: '2026-03-18', reasonText: '急迫した状況にあるため職権により保護を開始します。',
      urgencyText: '救急搬送され所持金がない。', startReason: '03', fujoBreakdown: [{ fujoType: '04', monthlyAmount: 0, inKind: true }],
    }, 'caseworker');
    expect(start.status, JSON.stringify(start.body)).toBe(201);
    const issued = await s.post('/medical-tickets', ticket(memberId, { inpatient: true }));
    expect(issued.body).toMatchObject({ validFrom: '2026-03-18', validTo: '2026-03-31' });
    const data = await s.get('/online-eligibility?month=2026-03');
    expect(data.body.items).toEqual([expect.objectContaining({ memberId, eligibleFrom: '2026-03-18', tickets: [expect.objectContaining({ ticketId: issued.body.ticketId })] })]);
  });
});
