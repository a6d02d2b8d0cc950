import { describe, expect, it } from 'vitest';
import { caseRecordBody, caseworkServer, member, type CaseworkServer } from '../support/casework-fixtures.ts';

async function withHousehold(edition?: '2.0' | '2.1') {
  const s = await caseworkServer(edition ? { edition } : {});
  const hh = await s.household({ members: [member('太郎'), member('花子', '02')] });
  return { s, hh, householdId: hh.householdId as string, memberIds: (hh.members as { memberId: string }[]).map((m) => m.memberId) };
}

const record = (s: CaseworkServer, householdId: string, overrides: Record<string, unknown> = {}, as?: string) =>
  s.post(`/households/${householdId}/case-records`, caseRecordBody(overrides), as);

describe('06.1 case records', () => {
  it('06.1.1/06.1.3: registers an entry; author and time stamp come from the credentials and the clock', async () => {
    const { s, householdId, memberIds } = await withHousehold();
    const res = await record(s, householdId, { memberIds: [memberIds[1]] }, 'supervisor');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      householdId,
      recordedOn: '2026-03-20',
      category: 'visit',
      title: '定期訪問',
      memberIds: [memberIds[1]],
      recordedBy: 'supervisor-1',
      recordedAt: '2026-04-01T01:00:00.000Z',
    });
    const read = await s.get(`/case-records/${res.body.recordId}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(res.body);
    expect(read.etag).toMatch(/^"/);
  });

  it('06.1.3: an author or time stamp in the body is refused (the input has no such field)', async () => {
    const { s, householdId } = await withHousehold();
    await s.refused(() => record(s, householdId, { recordedBy: 'someone-else' }), 400);
    await s.refused(() => record(s, householdId, { recordedAt: '2020-01-01T00:00:00Z' }), 400);
  });

  it('06.1.2: only categories of the code list are accepted', async () => {
    const { s, householdId } = await withHousehold();
    await s.refused(() => record(s, householdId, { category: 'gossip' }), 400);
    expect((await record(s, householdId, { category: 'inquiry' })).status).toBe(201);
  });

  it('06.1.2: the 2.1-only category inquiry is refused in 2.0', async () => {
    const { s, householdId } = await withHousehold('2.0');
    await s.refused(() => record(s, householdId, { category: 'inquiry' }), 400);
  });

  it('06.1.7: only members of the household can be named', async () => {
    const { s, householdId } = await withHousehold();
    const other = await s.household();
    const otherMember = other.members[0].memberId;
    const body = await s.refused(() => record(s, householdId, { memberIds: [otherMember] }), 422, 'member-not-in-household');
    expect(body.errors[0].pointer).toBe('/body/memberIds/0');
  });

  it('404 for an unknown household', async () => {
    const { s } = await withHousehold();
    await s.refused(() => record(s, 'H-999999'), 404);
  });

  it('06.1.8: a correction is a new entry pointing to the original, which stays as it was', async () => {
    const { s, householdId } = await withHousehold();
    const original = (await record(s, householdId)).body;
    const before = await s.get(`/case-records/${original.recordId}`);
    const correction = await record(s, householdId, { title: '定期訪問（訂正）', correctsRecordId: original.recordId });
    expect(correction.status).toBe(201);
    expect(correction.body.correctsRecordId).toBe(original.recordId);
    const after = await s.get(`/case-records/${original.recordId}`);
    expect(after.body).toEqual(before.body);
    expect(after.etag).toBe(before.etag);
  });

  it('06.1.8: the corrected entry must be an entry of the same household', async () => {
    const { s, householdId } = await withHousehold();
    const other = await s.household();
    const foreign = (await record(s, other.householdId)).body;
    await s.refused(() => record(s, householdId, { correctsRecordId: foreign.recordId }), 422, 'unknown-reference');
    await s.refused(() => record(s, householdId, { correctsRecordId: 'CR-999999' }), 422, 'unknown-reference');
  });

  it('06.1.9: an entry cannot be changed or deleted', async () => {
    const { s, householdId } = await withHousehold();
    const entry = (await record(s, householdId)).body;
    // The path description promises 405; the SDK's transport answers every unrouted method with 404 (reported).
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const before = s.store.snapshot();
      const res = await s.call(method, `/case-records/${entry.recordId}`, method === 'DELETE' ? undefined : caseRecordBody({ title: '改ざん' }));
      expect([404, 405]).toContain(res.status);
      expect(s.store.snapshot()).toEqual(before);
    }
    expect((await s.get(`/case-records/${entry.recordId}`)).body).toEqual(entry);
  });

  it('06.1.6: 404 for an unknown entry', async () => {
    const { s } = await withHousehold();
    expect((await s.get('/case-records/CR-999999')).status).toBe(404);
  });

  it('06.1.4/06.1.5: lists in recordedOn order, by category and period', async () => {
    const { s, householdId } = await withHousehold();
    await record(s, householdId, { recordedOn: '2026-03-15', category: 'phone', title: 'B' });
    await record(s, householdId, { recordedOn: '2026-01-10', category: 'visit', title: 'A' });
    await record(s, householdId, { recordedOn: '2026-03-15', category: 'visit', title: 'C' });
    await record(s, householdId, { recordedOn: '2026-03-30', category: 'visit', title: 'D' });
    const other = await s.household();
    await record(s, other.householdId, { title: 'X' });
    const titles = async (q = '') => (await s.get(`/households/${householdId}/case-records${q}`)).body.items.map((r: { title: string }) => r.title);
    expect(await titles()).toEqual(['A', 'B', 'C', 'D']);
    expect(await titles('?category=visit')).toEqual(['A', 'C', 'D']);
    expect(await titles('?from=2026-03-01&to=2026-03-15')).toEqual(['B', 'C']);
    expect(await titles('?category=visit&from=2026-03-16')).toEqual(['D']);
    const first = await s.get(`/households/${householdId}/case-records?limit=3`);
    expect(first.body.items).toHaveLength(3);
    const next = await s.get(`/households/${householdId}/case-records?limit=3&cursor=${first.body.nextCursor}`);
    expect(next.body.items.map((r: { title: string }) => r.title)).toEqual(['D']);
    expect(next.body.nextCursor).toBeNull();
    expect((await s.get('/households/H-999999/case-records')).status).toBe(404);
  });
});

describe('06.5 search (2.1)', () => {
  it('06.5.1/06.5.2: keyword in title or body, narrowed by household, category and period, newest first', async () => {
    const { s, householdId } = await withHousehold();
    const other = await s.household();
    await record(s, householdId, { recordedOn: '2026-02-01', title: '就労指導', body: 'ハローワークへの同行を予定', category: 'employment' });
    await record(s, householdId, { recordedOn: '2026-03-01', title: '電話連絡', body: '就労先が決まったとの連絡', category: 'phone' });
    await record(s, householdId, { recordedOn: '2026-03-05', title: '通院', body: '通院状況の確認', category: 'medicalCare' });
    await record(s, other.householdId, { recordedOn: '2026-03-10', title: '就労の相談', body: '求職活動', category: 'employment' });
    const titles = async (q: string) => (await s.get(`/case-records?${q}`)).body.items.map((r: { title: string }) => r.title);
    expect(await titles(`q=${encodeURIComponent('就労')}`)).toEqual(['就労の相談', '電話連絡', '就労指導']);
    expect(await titles(`q=${encodeURIComponent('就労')}&householdId=${householdId}`)).toEqual(['電話連絡', '就労指導']);
    expect(await titles(`q=${encodeURIComponent('就労')}&category=employment`)).toEqual(['就労の相談', '就労指導']);
    expect(await titles(`q=${encodeURIComponent('就労')}&from=2026-02-15&to=2026-03-05`)).toEqual(['電話連絡']);
    expect(await titles(`q=${encodeURIComponent('存在しない語')}`)).toEqual([]);
  });

  it('06.5.3: full-width/half-width and upper/lower case are the same', async () => {
    const { s, householdId } = await withHousehold();
    await record(s, householdId, { title: 'ＤＶ相談', body: 'ﾊﾛｰﾜｰｸ 連絡 abc' });
    const count = async (q: string) => (await s.get(`/case-records?q=${encodeURIComponent(q)}`)).body.items.length;
    expect(await count('dv')).toBe(1);
    expect(await count('ハローワーク')).toBe(1);
    expect(await count('ＡＢＣ')).toBe(1);
    expect(await count('xyz')).toBe(0);
  });

  it('is absent from 2.0', async () => {
    const { s } = await withHousehold('2.0');
    expect((await s.get('/case-records?q=x')).status).toBe(404);
  });
});
