import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { app13, auth, householdInput, member, myNumber } from '../support/13-data.ts';

const MY_NUMBER = myNumber('55556666777');

async function five(app: FastifyInstance) {
  const people = [
    { section: '第一係', assignedCaseworker: 'caseworker-1', members: [member({ myNumber: MY_NUMBER, addressNumber: '100' }), member({ relationship: '03', name: { family: '山田', given: '次郎', familyKana: 'ヤマダ', givenKana: 'ジロウ' }, birthDate: '2012-12-12', sex: '1' })] },
    { section: '第一係', assignedCaseworker: 'caseworker-2', members: [member({ name: { family: '山本', given: '太郎', familyKana: 'ヤマモト', givenKana: 'タロウ' }, sex: '1', birthDate: '1970-01-01', addressNumber: '200' })] },
    { section: '第二係', assignedCaseworker: 'caseworker-1', members: [member({ name: { family: '田中', given: '花', familyKana: 'タナカ', givenKana: 'ハナ' }, birthDate: '1950-03-03' })] },
    { section: '第二係', assignedCaseworker: 'caseworker-3', members: [member({ name: { family: '鈴木', given: '一', familyKana: 'スズキ', givenKana: 'ハジメ' }, birthDate: '1985-05-10', sex: '1' })] },
    { section: '第三係', assignedCaseworker: 'caseworker-3', members: [member({ name: { family: '高橋', given: '光', familyKana: 'タカハシ', givenKana: 'ヒカル' }, sex: '1' })] },
  ];
  for (const p of people) {
    const res = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput(p) });
    expect(res.statusCode).toBe(201);
  }
}

const ids = (body: { items: { householdId: string }[] }) => body.items.map((h) => h.householdId);
const list = async (app: FastifyInstance, query: string, role = 'caseworker') => {
  const res = await app.inject({ method: 'GET', url: `/households${query}`, headers: auth(role) });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('13.1.6 / 13.1.7 finding and listing households', () => {
  it('finds by katakana name prefix (family, given, or both), birth date, address number, case number', async () => {
    const { app } = await app13();
    await five(app);
    expect(ids(await list(app, `?nameKana=${encodeURIComponent('ヤマ')}`))).toEqual(['H-000001', 'H-000002']);
    expect(ids(await list(app, `?nameKana=${encodeURIComponent('ハ')}`))).toEqual(['H-000001', 'H-000003', 'H-000004']);
    expect(ids(await list(app, `?nameKana=${encodeURIComponent('ヤマダ　ジ')}`))).toEqual(['H-000001']);
    expect(ids(await list(app, `?nameKana=${encodeURIComponent('ヤマモト ハ')}`))).toEqual([]);
    expect(ids(await list(app, '?birthDate=1985-05-10'))).toEqual(['H-000001', 'H-000004', 'H-000005']);
    expect(ids(await list(app, `?birthDate=1985-05-10&nameKana=${encodeURIComponent('スズキ')}`))).toEqual(['H-000004']);
    // the person conditions hold for one and the same member
    expect(ids(await list(app, `?birthDate=2012-12-12&nameKana=${encodeURIComponent('ハナコ')}`))).toEqual([]);
    expect(ids(await list(app, '?addressNumber=200'))).toEqual(['H-000002']);
    expect(ids(await list(app, '?caseNumber=000001'))).toEqual([]);
  });

  it('finds by case number once one is assigned', async () => {
    const { app, store } = await app13();
    await five(app);
    await store.transact((tx) => {
      const h = tx.get<Record<string, unknown>>('Household', 'H-000003')!;
      tx.put('Household', 'H-000003', { ...h.value, caseNumber: '000042', protectionStatus: 'protected' });
    });
    expect(ids(await list(app, '?caseNumber=000042'))).toEqual(['H-000003']);
    expect(ids(await list(app, '?protectionStatus=protected'))).toEqual(['H-000003']);
    expect(ids(await list(app, '?protectionStatus=none&section=%E7%AC%AC%E4%BA%8C%E4%BF%82'))).toEqual(['H-000004']);
  });

  it('lists by section, case worker and protection status (all given filters apply)', async () => {
    const { app } = await app13();
    await five(app);
    expect(ids(await list(app, `?section=${encodeURIComponent('第一係')}`))).toEqual(['H-000001', 'H-000002']);
    expect(ids(await list(app, '?assignedCaseworker=caseworker-3'))).toEqual(['H-000004', 'H-000005']);
    expect(ids(await list(app, `?assignedCaseworker=caseworker-1&section=${encodeURIComponent('第二係')}`))).toEqual(['H-000003']);
    expect(ids(await list(app, '?protectionStatus=none'))).toHaveLength(5);
    expect(ids(await list(app, '?protectionStatus=protected'))).toEqual([]);
    const bad = await app.inject({ method: 'GET', url: '/households?protectionStatus=sleeping', headers: auth('caseworker') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/query/protectionStatus');
  });

  it('14.5.1 pages with a cursor: every household once, null at the end; 14.5.2 bad cursor or limit → 400', async () => {
    const { app } = await app13();
    await five(app);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body = await list(app, `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...ids(body));
      cursor = body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(seen).toEqual(['H-000001', 'H-000002', 'H-000003', 'H-000004', 'H-000005']);
    expect(pages).toBe(3);
    for (const q of ['?cursor=garbage!!', '?limit=0', '?limit=201', '?limit=abc']) {
      const res = await app.inject({ method: 'GET', url: `/households${q}`, headers: auth('caseworker') });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});

describe('13.4 個人番号', () => {
  it('13.4.1 shows it in full to caseworker, supervisor and manager', async () => {
    const { app } = await app13();
    await five(app);
    for (const role of ['caseworker', 'supervisor', 'manager']) {
      expect((await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth(role) })).json().members[0].myNumber).toBe(MY_NUMBER);
      expect((await app.inject({ method: 'GET', url: '/members/M-000001', headers: auth(role) })).json().myNumber).toBe(MY_NUMBER);
      expect((await list(app, '?addressNumber=100', role)).items[0].members[0].myNumber).toBe(MY_NUMBER);
    }
  });

  it('13.4.2 never shows it to other roles in get, member, list or the create/add answer', async () => {
    const { app } = await app13();
    await five(app);
    for (const role of ['intake', 'medical-clerk', 'accountant']) {
      const bodies = [
        (await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth(role) })).body,
        (await app.inject({ method: 'GET', url: '/members/M-000001', headers: auth(role) })).body,
        (await app.inject({ method: 'GET', url: '/households', headers: auth(role) })).body,
      ];
      for (const body of bodies) expect(body).not.toContain(MY_NUMBER);
    }
    const created = await app.inject({ method: 'POST', url: '/households', headers: auth('intake'), payload: householdInput({ members: [member({ myNumber: MY_NUMBER })] }) });
    expect(created.body).not.toContain(MY_NUMBER);
    expect(created.json().members[0].myNumber).toBe('************');
  });

  it('14.1.3 system administrators cannot read or list households or members (403, logged as denied)', async () => {
    const { app, auditLog } = await app13();
    await five(app);
    for (const url of ['/households/H-000001', '/members/M-000001', '/households']) {
      const res = await app.inject({ method: 'GET', url, headers: auth('system-admin') });
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(MY_NUMBER);
    }
    expect(auditLog.entries().filter((e) => e.outcome === 'denied' && e.actor.role === 'system-admin')).toHaveLength(3);
  });
});
