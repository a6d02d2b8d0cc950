import { describe, expect, it } from 'vitest';
import { app13, auth, householdInput, member, myNumber, registerHousehold } from '../support/13-data.ts';
import type { FastifyInstance } from 'fastify';

const MY_NUMBER = myNumber('11112222333');

async function populated() {
  const built = await app13();
  const { app } = built;
  await registerHousehold(app, householdInput({ members: [member({ myNumber: MY_NUMBER, addressNumber: '1234' }), member({ relationship: '03', birthDate: '2014-07-07', name: { family: '\u{20BB7}田', given: '葛\u{E0100}' } })] }));
  await registerHousehold(app, householdInput({ section: '第二係', members: [member({ birthDate: '1950-02-02', sex: '1', name: { family: '佐藤', given: '一郎' } })] }));
  const m = await app.inject({ method: 'GET', url: '/members/M-000002', headers: auth('caseworker') });
  await app.inject({ method: 'PATCH', url: '/members/M-000002', headers: { ...auth('caseworker'), 'if-match': String(m.headers.etag) }, payload: { leftOn: '2026-03-01', leaveReason: '3' } });
  return built;
}

const exportOf = async (app: FastifyInstance) => {
  const res = await app.inject({ method: 'GET', url: '/migration/export', headers: auth('manager') });
  expect(res.statusCode).toBe(200);
  return res.json();
};

const importInto = (app: FastifyInstance, body: unknown, mode = 'replace') =>
  app.inject({ method: 'POST', url: `/migration/import?mode=${mode}`, headers: auth('manager'), payload: body as object });

const withoutExportedAt = ({ exportedAt: _e, ...rest }: Record<string, unknown>) => rest;

describe('13.6 migration', () => {
  it('13.6.1 exports the whole data with format version, edition and exportedAt; 個人番号 in full', async () => {
    const { app } = await populated();
    const ds = await exportOf(app);
    expect(ds).toMatchObject({ formatVersion: '1.0', edition: '2.1', exportedAt: '2026-04-01T01:00:00.000Z' });
    expect(ds.households).toHaveLength(2);
    expect(ds.households[0].members[0].myNumber).toBe(MY_NUMBER);
    expect(ds.households[0].members[1]).toMatchObject({ leftOn: '2026-03-01', leaveReason: '3' });
    for (const key of ['applications', 'decisions', 'payments', 'visitAppointments', 'tasks', 'linkageChanges', 'changeAlerts', 'comprehensiveInquiries']) {
      expect(ds[key]).toEqual([]);
    }
  });

  it('14.1.2 export and import are for the manager only', async () => {
    const { app, store } = await populated();
    expect((await app.inject({ method: 'GET', url: '/migration/export', headers: auth('supervisor') })).statusCode).toBe(403);
    const before = store.snapshot();
    const ds = await exportOf(app);
    const res = await app.inject({ method: 'POST', url: '/migration/import?mode=replace', headers: auth('system-admin'), payload: ds });
    expect(res.statusCode).toBe(403);
    expect(store.snapshot()).toEqual(before);
  });

  it('13.6.2 round-trips: export → import(replace) into a fresh system → export is identical but for exportedAt', async () => {
    const { app } = await populated();
    const first = await exportOf(app);
    const fresh = await app13();
    const res = await importInto(fresh.app, first);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mode: 'replace', formatVersion: '1.0', edition: '2.1', importedBy: 'manager-1', counts: { households: 2, members: 3, decisions: 0 } });
    const second = await exportOf(fresh.app);
    expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
    expect(JSON.stringify(withoutExportedAt(second))).toBe(JSON.stringify(withoutExportedAt(first)));
    // the imported data is live: ids continue after the imported ones
    const { household } = await registerHousehold(fresh.app);
    expect(household.householdId).toBe('H-000003');
    expect(household.members[0].memberId).toBe('M-000004');
    const got = await fresh.app.inject({ method: 'GET', url: '/members/M-000001', headers: auth('caseworker') });
    expect(got.json().myNumber).toBe(MY_NUMBER);
    expect(fresh.faults).toEqual([]);
  });

  it('13.6.2 replace replaces: data of the target not in the data set is gone; the audit log is kept', async () => {
    const { app } = await populated();
    const ds = await exportOf(app);
    const target = await app13();
    for (let i = 0; i < 3; i++) await registerHousehold(target.app);
    const logged = target.auditLog.size;
    expect((await importInto(target.app, { ...ds, households: ds.households.slice(0, 1) })).statusCode).toBe(201);
    const after = await exportOf(target.app);
    expect(after.households.map((h: { householdId: string }) => h.householdId)).toEqual(['H-000001']);
    expect(target.auditLog.size).toBeGreaterThan(logged);
    expect(target.auditLog.verify().valid).toBe(true);
    expect(target.auditLog.entries().some((e) => e.action === 'import')).toBe(true);
  });

  it('13.6.3 refuses the whole data set for one broken reference or duplicate id, with pointers; nothing changes', async () => {
    const { app, store } = await populated();
    const ds = await exportOf(app);
    const before = store.snapshot();
    const duplicate = { ...ds, households: [...ds.households, { ...ds.households[1], members: [{ ...ds.households[1].members[0], memberId: 'M-000009' }] }] };
    const dup = await importInto(app, duplicate);
    expect(dup.statusCode).toBe(422);
    expect(dup.json().errors).toEqual([expect.objectContaining({ pointer: '/body/households/2/householdId', code: 'duplicate-id' })]);
    const dupMember = { ...ds, households: [ds.households[0], { ...ds.households[1], members: [{ ...ds.households[1].members[0], memberId: 'M-000001' }] }] };
    expect((await importInto(app, dupMember)).json().errors[0].pointer).toBe('/body/households/1/members/0/memberId');
    const paymentMethod = { householdId: 'H-000404', method: 'cash' };
    const broken = await importInto(app, { ...ds, paymentMethods: [paymentMethod] });
    expect([400, 422]).toContain(broken.statusCode);
    const twoHeads = { ...ds, households: [{ ...ds.households[0], members: [ds.households[0].members[0], { ...ds.households[0].members[1], relationship: '01', leftOn: undefined, leaveReason: undefined }] }, ds.households[1]] };
    const heads = await importInto(app, JSON.parse(JSON.stringify(twoHeads)));
    expect(heads.statusCode).toBe(422);
    expect(heads.json().errors[0].pointer).toBe('/body/households/0/members');
    expect(store.snapshot()).toEqual(before);
  });

  it('13.6.3 refuses a schema violation or an unknown code with 400 and a pointer; nothing changes', async () => {
    const { app, store } = await populated();
    const ds = await exportOf(app);
    const before = store.snapshot();
    const badDate = structuredClone(ds);
    badDate.households[1].members[0].birthDate = '1950-02-30';
    const res = await importInto(app, badDate);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/households/1/members/0/birthDate');
    const badCode = structuredClone(ds);
    badCode.households[0].grade = '9-9';
    expect((await importInto(app, badCode)).statusCode).toBe(400);
    const lone = JSON.stringify(ds).replace('"佐藤"', '"\\ud842"');
    const malformed = await app.inject({ method: 'POST', url: '/migration/import?mode=replace', headers: { ...auth('manager'), 'content-type': 'application/json' }, payload: lone });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].pointer).toBe('/body/households/1/members/0/name/family');
    expect((await app.inject({ method: 'POST', url: '/migration/import?mode=replace', headers: { ...auth('manager'), 'content-type': 'application/json' }, payload: '{"formatVersion":' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/migration/import', headers: auth('manager'), payload: ds })).statusCode).toBe(400);
    expect(store.snapshot()).toEqual(before);
  });

  it('13.6.4 refuses an unsupported format version or edition', async () => {
    const { app, store } = await populated();
    const ds = await exportOf(app);
    const before = store.snapshot();
    const version = await importInto(app, { ...ds, formatVersion: '2.0' });
    expect(version.statusCode).toBe(422);
    expect(version.json().errors[0].pointer).toBe('/body/formatVersion');
    const old = await app13({ edition: '2.0' });
    const edition = await importInto(old.app, { formatVersion: '1.0', edition: '2.1', exportedAt: ds.exportedAt, households: [] });
    expect(edition.statusCode).toBe(422);
    expect(edition.json().errors[0].pointer).toBe('/body/edition');
    expect(store.snapshot()).toEqual(before);
    expect((await importInto(app, { ...ds, formatVersion: '1.3' })).statusCode).toBe(201);
  });

  it('13.6.5 validate checks and counts but loads nothing', async () => {
    const { app, store } = await populated();
    const ds = await exportOf(app);
    const target = await app13();
    const before = target.store.snapshot();
    const res = await importInto(target.app, ds, 'validate');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mode: 'validate', counts: { households: 2, members: 3 } });
    expect(target.store.snapshot().collections).toEqual(before.collections);
    const broken = await importInto(target.app, { ...ds, formatVersion: '9.0' }, 'validate');
    expect(broken.statusCode).toBe(422);
    void store;
  });

  it('13.6.6 a 2.1 system loads a 2.0 data set (and a 2.0 system its own)', async () => {
    const old = await app13({ edition: '2.0' });
    await registerHousehold(old.app);
    const ds20 = await exportOf(old.app);
    expect(ds20.edition).toBe('2.0');
    expect(ds20.visitAppointments).toBeUndefined();
    const target = await app13();
    const res = await importInto(target.app, ds20);
    expect(res.statusCode).toBe(201);
    expect(res.json().edition).toBe('2.0');
    const again = await exportOf(target.app);
    expect(again.households).toEqual(ds20.households);
    const back = await app13({ edition: '2.0' });
    expect((await importInto(back.app, ds20)).statusCode).toBe(201);
  });

  it('14.4.5 an import retried with the same Idempotency-Key acts once', async () => {
    const { app } = await populated();
    const ds = await exportOf(app);
    const target = await app13();
    const headers = { ...auth('manager'), 'idempotency-key': 'import-1' };
    const a = await target.app.inject({ method: 'POST', url: '/migration/import?mode=replace', headers, payload: ds });
    const b = await target.app.inject({ method: 'POST', url: '/migration/import?mode=replace', headers, payload: ds });
    expect(a.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
  });

  it('13.6.2 round-trips the demo seed: the data of every area comes back identical and stays usable', async () => {
    const source = await app13({ seed: 'demo' });
    expect(source.seed?.report.failed).toEqual([]);
    const first = await exportOf(source.app);
    expect(first.decisions.length).toBeGreaterThan(0);
    const target = await app13();
    expect((await importInto(target.app, first)).statusCode).toBe(201);
    const second = await exportOf(target.app);
    expect(JSON.stringify(withoutExportedAt(second))).toBe(JSON.stringify(withoutExportedAt(first)));
    // sequences continue after the imported data (ids, case numbers, receipt and ticket numbers)
    const sequences = target.store.snapshot().sequences;
    for (const [name, value] of Object.entries(source.store.snapshot().sequences)) expect(sequences[name]).toBeGreaterThanOrEqual(value);
    expect(target.faults).toEqual([]);
    // one broken reference anywhere refuses the whole data set, with its pointer, and nothing changes
    const before = target.store.snapshot();
    const broken = structuredClone(first);
    broken.decisions[1].householdId = 'H-999999';
    broken.payments[0].decisionId = 'DEC-999999';
    const res = await importInto(target.app, broken);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/decisions/1/householdId', '/body/payments/0/decisionId']);
    expect(target.store.snapshot()).toEqual(before);
  }, 60_000);
});
