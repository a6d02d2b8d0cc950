import { describe, expect, it } from 'vitest';
import { caseworkServer, member, TODAY, type CaseworkServer } from '../support/casework-fixtures.ts';

const planBody = (overrides: Record<string, unknown> = {}) => ({
  establishedOn: '2026-03-01',
  issues: '世帯主の失業が長期化している',
  goal: '就労による自立',
  measures: '月1回の訪問と就労支援事業への参加の助言',
  ...overrides,
});
const visit = (s: CaseworkServer, householdId: string, overrides: Record<string, unknown> = {}) =>
  s.post(`/households/${householdId}/visits`, { visitedOn: '2026-03-10', visitKind: 'home', metRecipient: true, ...overrides });
const visitPlan = (s: CaseworkServer, householdId: string, overrides: Record<string, unknown> = {}) =>
  s.post(`/households/${householdId}/visit-plans`, { validFrom: '2025-10-01', intervalMonths: 3, ...overrides });

describe('06.2 assistance plans', () => {
  it('06.2.1: registers a plan; review date defaults to one year later', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    const res = await s.post(`/households/${householdId}/assistance-plans`, planBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ householdId, establishedOn: '2026-03-01', reviewDueOn: '2027-03-01', current: true, reviewOverdue: false, createdBy: 'caseworker-1' });
    const list = await s.get(`/households/${householdId}/assistance-plans`);
    expect(list.body.items).toEqual([res.body]);
  });

  it('06.2.2: the review date is after the plan date and at most one year later', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    const url = `/households/${householdId}/assistance-plans`;
    await s.refused(() => s.post(url, planBody({ reviewDueOn: '2027-03-02' })), 422, 'review-date-out-of-range', '/body/reviewDueOn');
    await s.refused(() => s.post(url, planBody({ reviewDueOn: '2026-03-01' })), 422, 'review-date-out-of-range');
    await s.refused(() => s.post(url, planBody({ reviewDueOn: '2026-02-28' })), 422, 'review-date-out-of-range');
    expect((await s.post(url, planBody({ reviewDueOn: '2027-03-01' }))).status).toBe(201);
    expect((await s.post(url, planBody({ reviewDueOn: '2026-03-02' }))).status).toBe(201);
    expect((await s.post(url, planBody({ establishedOn: '2024-02-29' }))).body.reviewDueOn).toBe('2025-02-28');
  });

  it('06.2.3/06.2.4: earlier plans kept as history; only the current one is flagged and can be overdue', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    const url = `/households/${householdId}/assistance-plans`;
    const old = (await s.post(url, planBody({ establishedOn: '2024-01-10', reviewDueOn: '2024-12-31' }))).body;
    const current = (await s.post(url, planBody({ establishedOn: '2025-03-01', reviewDueOn: '2026-02-28' }))).body;
    const list = (await s.get(url)).body.items;
    expect(list.map((p: { planId: string }) => p.planId)).toEqual([current.planId, old.planId]);
    expect(list[0]).toMatchObject({ current: true, reviewOverdue: true });
    expect(list[1]).toMatchObject({ current: false, reviewOverdue: false });
    const asOf = (await s.get(`${url}?asOf=2026-02-28`)).body.items;
    expect(asOf[0]).toMatchObject({ current: true, reviewOverdue: false });
    // A plan registered later with an earlier date does not become current.
    await s.post(url, planBody({ establishedOn: '2023-01-01', reviewDueOn: '2023-06-01' }));
    expect((await s.get(url)).body.items.find((p: { current: boolean }) => p.current).planId).toBe(current.planId);
  });

  it('404 for an unknown household', async () => {
    const s = await caseworkServer();
    await s.refused(() => s.post('/households/H-999999/assistance-plans', planBody()), 404);
    expect((await s.get('/households/H-999999/assistance-plans')).status).toBe(404);
  });
});

describe('06.3 visit plans and visits', () => {
  it('06.3.1: registers a visit plan; validTo before validFrom is refused', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    const res = await visitPlan(s, householdId, { validTo: '2026-09-30', visitGrade: 'B', purpose: '生活状況の把握' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ householdId, validFrom: '2025-10-01', validTo: '2026-09-30', intervalMonths: 3, createdBy: 'caseworker-1' });
    await s.refused(() => visitPlan(s, householdId, { validTo: '2025-09-30' }), 422, 'period-reversed', '/body/validTo');
    await s.refused(() => visitPlan(s, householdId, { intervalMonths: 13 }), 400);
  });

  it('06.3.2/06.3.3: registers visits (absent ones too) and lists them by visit date', async () => {
    const s = await caseworkServer();
    const hh = await s.household({ members: [member('太郎'), member('花子', '02')] });
    const res = await visit(s, hh.householdId, { visitedOn: '2026-03-10', memberIds: [hh.members[1].memberId], summary: '元気そうだった' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ visitedOn: '2026-03-10', visitKind: 'home', metRecipient: true, recordedBy: 'caseworker-1' });
    await visit(s, hh.householdId, { visitedOn: '2026-02-01', metRecipient: false, summary: '不在' });
    await visit(s, hh.householdId, { visitedOn: TODAY, visitKind: 'adhoc' });
    const list = (await s.get(`/households/${hh.householdId}/visits`)).body.items;
    expect(list.map((v: { visitedOn: string }) => v.visitedOn)).toEqual(['2026-02-01', '2026-03-10', TODAY]);
  });

  it('06.3.4: a visit dated after today is refused', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    await s.refused(() => visit(s, householdId, { visitedOn: '2026-04-02' }), 422, 'visit-in-future', '/body/visitedOn');
  });

  it('a visit naming a member of another household is refused', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    const other = await s.household();
    await s.refused(() => visit(s, householdId, { memberIds: [other.members[0].memberId] }), 422, 'member-not-in-household');
  });

  it('06.3.5/06.3.6: overdue when no visit with the recipient met within the interval; absent visits do not count', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    await visitPlan(s, householdId, { validFrom: '2025-10-01', intervalMonths: 3 });
    let list = (await s.get('/visits/overdue')).body.items;
    // No visit: base = validFrom 2025-10-01, due 2026-01-01, 90 days overdue on 2026-04-01.
    expect(list).toEqual([
      expect.objectContaining({ householdId, baseDate: '2025-10-01', dueDate: '2026-01-01', daysOverdue: 90, intervalMonths: 3, asOf: TODAY, section: '第一係', assignedCaseworker: 'caseworker-1' }),
    ]);
    expect(list[0].lastVisitedOn).toBeUndefined();
    // An absent visit does not count.
    await visit(s, householdId, { visitedOn: '2026-03-20', metRecipient: false });
    expect((await s.get('/visits/overdue')).body.items).toHaveLength(1);
    // A visit where the recipient was met does.
    await visit(s, householdId, { visitedOn: '2025-12-31', metRecipient: true });
    list = (await s.get('/visits/overdue')).body.items;
    expect(list[0]).toMatchObject({ lastVisitedOn: '2025-12-31', baseDate: '2025-12-31', dueDate: '2026-03-31', daysOverdue: 1 });
    expect((await s.get('/visits/overdue?asOf=2026-03-31')).body.items).toEqual([]);
    await visit(s, householdId, { visitedOn: '2026-03-15', metRecipient: true });
    expect((await s.get('/visits/overdue')).body.items).toEqual([]);
    // A visit after asOf does not count for that asOf.
    expect((await s.get('/visits/overdue?asOf=2026-03-14')).body.items).toHaveLength(0);
    expect((await s.get('/visits/overdue?asOf=2026-04-01')).body.items).toHaveLength(0);
  });

  it('06.3.5: the plan in force on asOf applies; no plan, no overdue; month-end clamping', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    expect((await s.get('/visits/overdue')).body.items).toEqual([]);
    await visitPlan(s, householdId, { validFrom: '2025-08-31', validTo: '2025-12-31', intervalMonths: 6 });
    await visitPlan(s, householdId, { validFrom: '2026-01-01', intervalMonths: 1 });
    await visit(s, householdId, { visitedOn: '2026-01-31' });
    // monthly plan: 2026-01-31 + 1 month = 2026-02-28
    const list = (await s.get('/visits/overdue?asOf=2026-03-01')).body.items;
    expect(list[0]).toMatchObject({ dueDate: '2026-02-28', daysOverdue: 1, intervalMonths: 1 });
    // in 2025-12 the six-monthly plan applied: base 2025-08-31, due 2026-02-28, not overdue on 2025-12-15
    expect((await s.get('/visits/overdue?asOf=2025-12-15')).body.items).toEqual([]);
    expect((await s.get('/visits/overdue?asOf=2025-08-30')).body.items).toEqual([]);
  });

  it('06.3.7: filters by section and case worker; most overdue first', async () => {
    const s = await caseworkServer();
    const a = await s.household({ section: '第一係', assignedCaseworker: 'caseworker-1' });
    const b = await s.household({ section: '第二係', assignedCaseworker: 'caseworker-2' });
    await visitPlan(s, a.householdId, { validFrom: '2026-01-01', intervalMonths: 1 });
    await visitPlan(s, b.householdId, { validFrom: '2025-10-01', intervalMonths: 1 });
    const ids = async (q = '') => (await s.get(`/visits/overdue${q}`)).body.items.map((o: { householdId: string }) => o.householdId);
    expect(await ids()).toEqual([b.householdId, a.householdId]);
    expect(await ids(`?section=${encodeURIComponent('第一係')}`)).toEqual([a.householdId]);
    expect(await ids('?assignedCaseworker=caseworker-2')).toEqual([b.householdId]);
    expect(await ids(`?section=${encodeURIComponent('第一係')}&assignedCaseworker=caseworker-2`)).toEqual([]);
  });

  it('06.3.8: discontinued and transferred households are left out', async () => {
    const s = await caseworkServer();
    const ids: string[] = [];
    for (const status of ['protected', 'suspended', 'discontinued', 'transferred']) {
      const { householdId } = await s.household();
      await visitPlan(s, householdId);
      await s.setProtectionStatus(householdId, status);
      ids.push(householdId);
    }
    const listed = (await s.get('/visits/overdue')).body.items.map((o: { householdId: string }) => o.householdId);
    expect(listed.sort()).toEqual([ids[0], ids[1]].sort());
  });
});
