import { describe, expect, it } from 'vitest';
import { app13, auth, householdInput, member, myNumber, registerHousehold } from '../support/13-data.ts';

const MY_NUMBER = myNumber('12345678901');

describe('13.1 households and members', () => {
  it('13.1.1 registers a household with its members in one request and assigns ids', async () => {
    const { app, faults } = await app13();
    const body = householdInput({ members: [member({ myNumber: MY_NUMBER }), member({ name: { family: '山田', given: '一郎' }, birthDate: '2015-01-01', sex: '1', relationship: '03' })] });
    const res = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: body });
    expect(res.statusCode).toBe(201);
    const h = res.json();
    expect(h).toMatchObject({ householdId: 'H-000001', protectionStatus: 'none', householdType: '2', grade: '1-1', winterRegion: 'VI' });
    expect(h.caseNumber).toBeUndefined();
    expect(h.members.map((m: { memberId: string }) => m.memberId)).toEqual(['M-000001', 'M-000002']);
    expect(h.members[0].myNumber).toBe(MY_NUMBER);
    expect(res.headers.etag).toBeTruthy();
    const got = await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth('intake') });
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe(res.headers.etag);
    expect(got.json().members[0].myNumber).toBe('************');
    expect(faults).toEqual([]);
  });

  it('13.1.2 refuses a household with no head or two heads, and changes nothing', async () => {
    const { app, store } = await app13();
    const before = store.snapshot();
    for (const members of [[member({ relationship: '02' })], [member(), member({ relationship: '01' })]]) {
      const res = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ members }) });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors[0].pointer).toBe('/body/members');
    }
    expect(store.snapshot()).toEqual(before);
  });

  it('13.1.2 refuses adding a second head and changing the head away', async () => {
    const { app, store } = await app13();
    const { household } = await registerHousehold(app);
    const before = store.snapshot();
    const add = await app.inject({ method: 'POST', url: `/households/${household.householdId}/members`, headers: auth('caseworker'), payload: member() });
    expect(add.statusCode).toBe(422);
    const m = await app.inject({ method: 'GET', url: '/members/M-000001', headers: auth('caseworker') });
    const patch = await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': String(m.headers.etag) }, payload: { relationship: '02' } });
    expect(patch.statusCode).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('13.1.3 adds a member, assigns its id and serves it', async () => {
    const { app } = await app13();
    const { household } = await registerHousehold(app);
    const res = await app.inject({ method: 'POST', url: `/households/${household.householdId}/members`, headers: auth('intake'), payload: member({ relationship: '03', birthDate: '2010-02-03', myNumber: MY_NUMBER }) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ memberId: 'M-000002', relationship: '03', myNumber: '************' });
    const got = await app.inject({ method: 'GET', url: '/members/M-000002', headers: auth('supervisor') });
    expect(got.statusCode).toBe(200);
    expect(got.json().myNumber).toBe(MY_NUMBER);
    expect(got.headers.etag).toBeTruthy();
    const h = await app.inject({ method: 'GET', url: `/households/${household.householdId}`, headers: auth('caseworker') });
    expect(h.json().members).toHaveLength(2);
    expect(h.json().householdType).toBe('2');
  });

  it('13.1.4 updates only the items sent, with If-Match (428 missing, 412 stale)', async () => {
    const { app, store } = await app13();
    const { household, etag } = await registerHousehold(app);
    const url = `/households/${household.householdId}`;
    const before = store.snapshot();
    const none = await app.inject({ method: 'PATCH', url, headers: auth('caseworker'), payload: { section: '第二係' } });
    expect(none.statusCode).toBe(428);
    const stale = await app.inject({ method: 'PATCH', url, headers: { ...auth('caseworker'), 'if-match': '"H-000001.99"' }, payload: { section: '第二係' } });
    expect(stale.statusCode).toBe(412);
    expect(store.snapshot()).toEqual(before);
    const ok = await app.inject({ method: 'PATCH', url, headers: { ...auth('caseworker'), 'if-match': etag }, payload: { section: '第二係', monthlyRent: 53700 } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ section: '第二係', monthlyRent: 53700, grade: '1-1', assignedCaseworker: 'caseworker-1', address: household.address });
    expect(ok.headers.etag).not.toBe(etag);
    const again = await app.inject({ method: 'PATCH', url, headers: { ...auth('caseworker'), 'if-match': etag }, payload: { section: '第三係' } });
    expect(again.statusCode).toBe(412);
  });

  it('13.1.5 updates only the member items sent', async () => {
    const { app } = await app13();
    await registerHousehold(app);
    const m = await app.inject({ method: 'GET', url: '/members/M-000001', headers: auth('caseworker') });
    const res = await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': String(m.headers.etag) }, payload: { workStatus: '1', livingArrangement: '02' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ...m.json(), workStatus: '1', livingArrangement: '02' });
    const h = await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth('caseworker') });
    expect(h.json().householdType).toBe('4');
  });

  it('13.1.8 records a member leaving with date and reason, and keeps the record', async () => {
    const { app } = await app13();
    await registerHousehold(app, householdInput({ members: [member(), member({ name: { family: '山田', given: '太郎' }, relationship: '02', sex: '1' })] }));
    const m = await app.inject({ method: 'GET', url: '/members/M-000002', headers: auth('caseworker') });
    const res = await app.inject({ method: 'PATCH', url: '/members/M-000002', headers: { ...auth('caseworker'), 'if-match': String(m.headers.etag) }, payload: { leftOn: '2026-03-31', leaveReason: '2' } });
    expect(res.statusCode).toBe(200);
    const got = await app.inject({ method: 'GET', url: '/members/M-000002', headers: auth('caseworker') });
    expect(got.json()).toMatchObject({ leftOn: '2026-03-31', leaveReason: '2', relationship: '02' });
    const h = await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth('caseworker') });
    expect(h.json().members).toHaveLength(2);
  });

  it('13.1.2 / 13.1.8 the head may leave; another member then becomes head, never two', async () => {
    const { app, store } = await app13();
    await registerHousehold(app, householdInput({ members: [member({ sex: '1' }), member({ relationship: '02', name: { family: '山田', given: '花' } }), member({ relationship: '03', birthDate: '2015-01-01' })] }));
    const etag = async (id: string) => String((await app.inject({ method: 'GET', url: `/members/${id}`, headers: auth('caseworker') })).headers.etag);
    const patch = async (id: string, payload: object) => app.inject({ method: 'PATCH', url: `/members/${id}`, headers: { ...auth('caseworker'), 'if-match': await etag(id) }, payload });
    expect((await patch('M-000002', { relationship: '01' })).statusCode).toBe(422);
    const early = await patch('M-000001', { leftOn: '1980-01-01', leaveReason: '2' });
    expect(early.statusCode).toBe(422);
    expect(early.json().errors[0].pointer).toBe('/body/leftOn');
    expect((await patch('M-000001', { leftOn: '2026-03-15', leaveReason: '2' })).statusCode).toBe(200);
    const before = store.snapshot();
    expect((await app.inject({ method: 'POST', url: '/households/H-000001/members', headers: auth('caseworker'), payload: member({ relationship: '03', birthDate: '2016-01-01' }) })).statusCode).toBe(201);
    expect((await patch('M-000002', { relationship: '01' })).statusCode).toBe(200);
    const after = store.snapshot();
    expect((await patch('M-000003', { relationship: '01' })).statusCode).toBe(422);
    expect((await patch('M-000002', { relationship: '02' })).statusCode).toBe(422);
    expect(store.snapshot()).toEqual(after);
    expect(before).not.toEqual(after);
    const h = (await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth('caseworker') })).json();
    expect(h.members.map((m: { relationship: string; leftOn?: string }) => [m.relationship, m.leftOn ?? null])).toEqual([['01', '2026-03-15'], ['01', null], ['03', null], ['03', null]]);
    expect(h.householdType).toBe('2');
  });

  it('answers 404 for an unknown household or member, changing nothing', async () => {
    const { app, store } = await app13();
    await registerHousehold(app);
    const before = store.snapshot();
    expect((await app.inject({ method: 'GET', url: '/households/H-000404', headers: auth('caseworker') })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/members/M-000404', headers: auth('caseworker') })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/households/H-000404/members', headers: auth('caseworker'), payload: member({ relationship: '03' }) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PATCH', url: '/households/H-000404', headers: { ...auth('caseworker'), 'if-match': '"x"' }, payload: { section: 'x' } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PATCH', url: '/members/M-000404', headers: { ...auth('caseworker'), 'if-match': '"x"' }, payload: { workStatus: '0' } })).statusCode).toBe(404);
    expect(store.snapshot()).toEqual(before);
  });
});
