import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLegacyStore, table, type LegacyStore } from '../../examples/legacy-adapter/legacy-model.ts';
import { buildLegacyServer, demoVerifyToken } from '../../examples/legacy-adapter/server.ts';
import type { ServerFault } from '../../src/engine/index.ts';
import { hogoPlugin } from '../../src/transport/fastify.ts';
import { createLegacyAdapter } from '../../examples/legacy-adapter/adapter.ts';
import { HARD_NAMES, head, householdInput, kojinRow, MY_NUMBER, setaiRow, spouse } from './legacy-fixtures.ts';

let app: FastifyInstance;
let store: LegacyStore;
let faults: ServerFault[];

beforeEach(async () => {
  store = createLegacyStore();
  faults = [];
  app = Fastify();
  await app.register(hogoPlugin(createLegacyAdapter(store), {
    edition: '2.1', verifyToken: demoVerifyToken, docs: false, onServerFault: (fault) => faults.push(fault),
  }));
});
afterEach(() => app.close());

type Call = { method: 'GET' | 'POST' | 'PATCH'; url: string; role?: string; body?: unknown; headers?: Record<string, string> };
async function call({ method, url, role = 'caseworker', body, headers = {} }: Call) {
  const response = await app.inject({
    method, url, headers: { authorization: `Bearer ${role}`, ...headers }, ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: response.statusCode, headers: response.headers, body: response.json() as Record<string, any> };
}
const create = (body: unknown = householdInput(), role = 'caseworker') => call({ method: 'POST', url: '/households', role, body });

describe('legacy adapter through hogoPlugin', () => {
  it('creates, reads, updates with the ETag and refuses a stale one', async () => {
    const created = await create();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ householdId: '0000001', grade: '1-1', winterRegion: 'VI', protectionStatus: 'none' });
    expect(created.headers.etag).toBe('"SETAI-0000001-0"');
    expect(table(store, 'SETAI')[0]).toMatchObject({ KYUCHI_KBN: '11', TOKI_KBN: 6, UPDATE_CNT: 0 });
    expect(table(store, 'KOJIN').map((r) => [r.SHIMEI_KANJI, r.SHIMEI_KANA, r.ZOKUGARA_CD])).toEqual([
      ['山田\u3000太郎', 'ﾔﾏﾀﾞ ﾀﾛｳ', '00'], ['山田\u3000花子', 'ﾔﾏﾀﾞ ﾊﾅｺ', '11'],
    ]);

    const read = await call({ method: 'GET', url: '/households/0000001' });
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(created.headers.etag);
    expect(read.body).toEqual(created.body);

    const patch = { grade: '2-1', monthlyRent: 45000 };
    const updated = await call({ method: 'PATCH', url: '/households/0000001', body: patch, headers: { 'if-match': String(read.headers.etag) } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject(patch);
    expect(updated.headers.etag).toBe('"SETAI-0000001-1"');
    expect(table(store, 'SETAI')[0]).toMatchObject({ KYUCHI_KBN: '21', YACHIN: '45000', UPDATE_CNT: 1 });

    const stale = await call({ method: 'PATCH', url: '/households/0000001', body: { grade: '3-1' }, headers: { 'if-match': String(read.headers.etag) } });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.body).toMatchObject({ status: 412, code: 'stale-version' });
    expect(table(store, 'SETAI')[0]?.KYUCHI_KBN).toBe('21');

    const missing = await call({ method: 'PATCH', url: '/households/0000001', body: { grade: '3-1' } });
    expect(missing.status).toBe(428);
  });

  it('adds, reads and updates a member; a member change moves the household version', async () => {
    await create();
    const added = await call({ method: 'POST', url: '/households/0000001/members', body: head({ relationship: '03', name: { family: '山田', given: '一郎' }, myNumber: undefined, addressNumber: undefined }) });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ memberId: '0000000003', relationship: '03', viewingRestricted: false });
    expect((await call({ method: 'GET', url: '/households/0000001' })).headers.etag).toBe('"SETAI-0000001-1"');

    const member = await call({ method: 'GET', url: '/members/0000000002' });
    expect(member.body).toMatchObject({ relationship: '02', sex: '2', myNumber: spouse().myNumber });
    const left = { leftOn: '2025-03-31', leaveReason: '1' };
    const updated = await call({ method: 'PATCH', url: '/members/0000000002', body: left, headers: { 'if-match': String(member.headers.etag) } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject(left);
    expect(table(store, 'KOJIN')[1]).toMatchObject({ RIDATSU_YMD: '20250331', RIDATSU_RIYU_CD: '1', UPDATE_CNT: 1 });
    const stale = await call({ method: 'PATCH', url: '/members/0000000002', body: { workStatus: '4' }, headers: { 'if-match': String(member.headers.etag) } });
    expect(stale.status).toBe(412);
    expect((await call({ method: 'GET', url: '/members/0000000099' })).status).toBe(404);
  });

  it('keeps one head of household and refuses a name the legacy columns cannot hold (422 with pointers)', async () => {
    const twoHeads = await create(householdInput({ members: [head(), spouse({ relationship: '01' })] }));
    expect(twoHeads.status).toBe(422);
    expect(twoHeads.body.errors).toEqual([expect.objectContaining({ pointer: '/body/members', code: 'one-head-of-household' })]);
    const spaced = await create(householdInput({ members: [head(), spouse({ name: { family: '山田\u3000川', given: '花子' } })] }));
    expect(spaced.status).toBe(422);
    expect(spaced.body.errors).toEqual([expect.objectContaining({ pointer: '/body/members/1/name/family', code: 'name-not-storable' })]);
    expect(table(store, 'SETAI')).toEqual([]);
  });

  it('lists page by page with an opaque cursor, and filters by kana', async () => {
    for (let i = 0; i < 5; i++) expect((await create()).status).toBe(201);
    const seen: string[] = [];
    let url = '/households?limit=2';
    for (;;) {
      const page = await call({ method: 'GET', url });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((h: { householdId: string }) => h.householdId));
      if (page.body.nextCursor === null) break;
      url = `/households?limit=2&cursor=${encodeURIComponent(page.body.nextCursor)}`;
    }
    expect(seen).toEqual(['0000001', '0000002', '0000003', '0000004', '0000005']);
    const kana = await call({ method: 'GET', url: `/households?nameKana=${encodeURIComponent('ヤマダハナ')}&limit=1` });
    expect(kana.body.items).toHaveLength(1);
    expect((await call({ method: 'GET', url: `/households?nameKana=${encodeURIComponent('スズキ')}` })).body.items).toEqual([]);
    const forged = await call({ method: 'GET', url: '/households?cursor=xyz' });
    expect(forged.status).toBe(400);
    expect(forged.body.errors).toEqual([expect.objectContaining({ pointer: '/query/cursor' })]);
  });

  it('masks 個人番号 for intake and shows it to a caseworker, in every response', async () => {
    const byIntake = await create(householdInput(), 'intake');
    expect(byIntake.status).toBe(201);
    expect(byIntake.body.members.map((m: { myNumber: string }) => m.myNumber)).toEqual(['************', '************']);
    expect(table(store, 'KOJIN')[0]?.KOJIN_NO).toBe(MY_NUMBER);
    for (const url of ['/households/0000001', '/households', '/members/0000000001']) {
      const intake = JSON.stringify((await call({ method: 'GET', url, role: 'intake' })).body);
      expect(intake).not.toContain(MY_NUMBER);
      expect(intake).toContain('************');
      expect(JSON.stringify((await call({ method: 'GET', url, role: 'caseworker' })).body)).toContain(MY_NUMBER);
    }
    expect((await call({ method: 'GET', url: '/members/0000000001', role: 'accountant' })).body.myNumber).toBe('************');
  });

  it('round-trips JIS X 0213, surrogate pairs and variation selectors byte for byte', async () => {
    const members = HARD_NAMES.map((name, i) => head({ name: { ...name }, relationship: i === 0 ? '01' : '99', myNumber: undefined }));
    const created = await create(householdInput({ members }));
    expect(created.status).toBe(201);
    const read = await app.inject({ method: 'GET', url: '/households/0000001', headers: { authorization: 'Bearer caseworker' } });
    const names = (JSON.parse(read.body) as { members: { name: { family: string; given: string } }[] }).members.map((m) => m.name);
    names.forEach((name, i) => {
      expect(Buffer.from(name.family).equals(Buffer.from(HARD_NAMES[i]!.family))).toBe(true);
      expect(Buffer.from(name.given).equals(Buffer.from(HARD_NAMES[i]!.given))).toBe(true);
    });
    expect(Buffer.from(read.body).includes(Buffer.from('葛\u{E0100}城'))).toBe(true);
    expect(table(store, 'KOJIN').map((r) => r.SHIMEI_KANJI)).toEqual(HARD_NAMES.map((n) => `${n.family}\u3000${n.given}`));
  });

  it('answers a bad legacy row with a 500 problem and reports it, without leaking the row', async () => {
    table(store, 'SETAI').push(setaiRow());
    table(store, 'KOJIN').push(kojinRow({ SEINENGAPPI: '19850231' }));
    const response = await call({ method: 'GET', url: '/households/0000001' });
    expect(response.status).toBe(500);
    expect(response.body.code).toBe('adapter-error');
    expect(JSON.stringify(response.body)).not.toContain('SEINENGAPPI');
    expect(faults).toEqual([expect.objectContaining({ operationId: 'getHousehold', kind: 'adapter-error' })]);
    expect(String((faults[0]?.detail as Error).message)).toBe('legacy data KOJIN 0000000001 SEINENGAPPI cannot be represented in the standard');
  });
});

describe('examples/legacy-adapter/server.ts', () => {
  it('serves the seeded legacy rows, the docs and health without listening', async () => {
    const server = await buildLegacyServer();
    try {
      const household = await server.inject({ method: 'GET', url: '/households/0000001', headers: { authorization: 'Bearer supervisor' } });
      expect(household.statusCode).toBe(200);
      expect(household.json()).toMatchObject({ protectionStatus: 'protected', startedOn: '2024-04-01', members: [{ relationship: '01' }, { relationship: '02' }] });
      expect((await server.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      expect((await server.inject({ method: 'GET', url: '/docs/' })).statusCode).toBe(200);
      expect((await server.inject({ method: 'GET', url: '/households', headers: { authorization: 'Bearer nobody' } })).statusCode).toBe(401);
      expect(server.server.listening).toBe(false);
    } finally {
      await server.close();
    }
  });
});
