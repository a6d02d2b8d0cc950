import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import requirements21 from '@hogo-kit/spec/dist/2.1/requirements.json' with { type: 'json' };
import { app13, auth, householdInput, member, myNumber, registerHousehold } from '../support/13-data.ts';

const MY_NUMBER = myNumber('31415926535');

const audit = async (app: FastifyInstance, query = '') => {
  const res = await app.inject({ method: 'GET', url: `/audit-log${query}`, headers: auth('manager') });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Record<string, unknown>[]; nextCursor: string | null };
};

const isProblem = (res: { statusCode: number; headers: Record<string, unknown>; json: () => Record<string, unknown> }) => {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const p = res.json();
  expect(p).toMatchObject({ status: res.statusCode, type: expect.any(String), title: expect.any(String), detail: expect.any(String), en: { title: expect.any(String), detail: expect.any(String) } });
  return p;
};

describe('14.1 authentication and authorisation', () => {
  it('14.1.1 refuses requests without or with an invalid token (401); health needs none', async () => {
    const { app } = await app13();
    for (const [method, url] of [['GET', '/households/H-000001'], ['GET', '/households'], ['POST', '/households'], ['GET', '/conformance'], ['GET', '/audit-log']] as const) {
      const none = await app.inject({ method, url, ...(method === 'POST' ? { payload: householdInput() } : {}) });
      expect(none.statusCode).toBe(401);
      isProblem(none);
      const bad = await app.inject({ method, url, headers: { authorization: 'Bearer not-a-token' }, ...(method === 'POST' ? { payload: householdInput() } : {}) });
      expect(bad.statusCode).toBe(401);
    }
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
  });

  it('14.1.2 refuses a role the operation does not allow (403) and changes nothing', async () => {
    const { app, store } = await app13();
    const { etag } = await registerHousehold(app);
    const before = store.snapshot();
    const cases = [
      { method: 'POST', url: '/households', role: 'accountant', payload: householdInput() },
      { method: 'PATCH', url: '/households/H-000001', role: 'intake', payload: { section: 'x' }, headers: { 'if-match': etag } },
      { method: 'GET', url: '/migration/export', role: 'caseworker' },
      { method: 'GET', url: '/audit-log', role: 'supervisor' },
      { method: 'GET', url: '/households/H-000001', role: 'linkage' },
    ] as const;
    for (const c of cases) {
      const res = await app.inject({ method: c.method, url: c.url, headers: { ...auth(c.role), ...('headers' in c ? c.headers : {}) }, ...('payload' in c ? { payload: c.payload } : {}) });
      expect(res.statusCode).toBe(403);
      isProblem(res);
    }
    expect(store.snapshot()).toEqual(before);
  });
});

describe('14.2 audit log', () => {
  it('14.2.1 / 14.2.2 / 14.2.3 logs changes, reads (with conditions and count) and refusals — never a 個人番号', async () => {
    const { app } = await app13();
    const { etag } = await registerHousehold(app, householdInput({ members: [member({ myNumber: MY_NUMBER })] }));
    await app.inject({ method: 'PATCH', url: '/households/H-000001', headers: { ...auth('supervisor'), 'if-match': etag }, payload: { section: '第二係' } });
    await app.inject({ method: 'GET', url: '/members/M-000001', headers: auth('caseworker') });
    await app.inject({ method: 'GET', url: '/households?birthDate=1985-05-10&limit=5', headers: auth('intake') });
    await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth('system-admin') });
    await app.inject({ method: 'GET', url: '/migration/export', headers: auth('manager') });
    const { items } = await audit(app);
    expect(items.map((e) => [e.operationId, e.action, e.outcome])).toEqual([
      ['createHousehold', 'create', 'success'],
      ['updateHousehold', 'update', 'success'],
      ['getMember', 'read', 'success'],
      ['listHouseholds', 'search', 'success'],
      ['getHousehold', 'read', 'denied'],
      ['exportDataSet', 'export', 'success'],
    ]);
    expect(items[0]).toMatchObject({ sequence: 1, actor: { staffId: 'caseworker-1', role: 'caseworker' }, householdId: 'H-000001', occurredAt: expect.any(String) });
    expect(items[1]).toMatchObject({ actor: { staffId: 'supervisor-1', role: 'supervisor' }, householdId: 'H-000001' });
    expect(items[2]).toMatchObject({ memberId: 'M-000001' });
    expect(items[3]).toMatchObject({ query: 'birthDate=1985-05-10', resultCount: 1 });
    expect(items[4]).toMatchObject({ actor: { role: 'system-admin' }, householdId: 'H-000001' });
    expect(JSON.stringify(items)).not.toContain(MY_NUMBER);
  });

  it('14.2.1 logs adding and updating a member with the member as subject', async () => {
    const { app } = await app13();
    await registerHousehold(app);
    const added = await app.inject({ method: 'POST', url: '/households/H-000001/members', headers: auth('intake'), payload: member({ relationship: '03', myNumber: MY_NUMBER }) });
    await app.inject({ method: 'PATCH', url: '/members/M-000002', headers: { ...auth('manager'), 'if-match': String(added.headers.etag) }, payload: { workStatus: '0' } });
    const { items } = await audit(app, '?memberId=M-000002');
    expect(items.map((e) => [e.operationId, e.action, (e.actor as { role: string }).role, e.householdId])).toEqual([
      ['addMember', 'create', 'intake', 'H-000001'],
      ['updateMember', 'update', 'manager', undefined],
    ]);
    expect(JSON.stringify(items)).not.toContain(MY_NUMBER);
  });

  it('14.2.4 chains entries by hash (JCS + SHA-256), numbered without gaps', async () => {
    const { app } = await app13();
    await registerHousehold(app);
    await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth('caseworker') });
    const { createHash } = await import('node:crypto');
    const { canonicalJson } = await import('../../src/audit/canonical.ts');
    const { items } = await audit(app);
    let prev = '0'.repeat(64);
    items.forEach((entry, i) => {
      const { hash, ...rest } = entry;
      expect(entry.sequence).toBe(i + 1);
      expect(entry.prevHash).toBe(prev);
      expect(hash).toBe(createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex'));
      prev = String(hash);
    });
  });

  it('14.2.5 verifies the stored log and a supplied copy, naming the first broken entry and why', async () => {
    const { app } = await app13();
    for (let i = 0; i < 4; i++) await registerHousehold(app);
    const verify = (payload: object) => app.inject({ method: 'POST', url: '/audit-log/verification', headers: auth('system-admin'), payload });
    const stored = await verify({});
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({ target: 'stored', valid: true, checkedEntries: 4, firstSequence: 1, lastSequence: 4, brokenAt: null, reason: null });
    expect((await verify({ fromSequence: 2, toSequence: 3 })).json()).toMatchObject({ valid: true, checkedEntries: 2, firstSequence: 2, lastSequence: 3 });
    expect((await verify({ fromSequence: 3, toSequence: 2 })).statusCode).toBe(400);
    const { items } = await audit(app, '?operationId=createHousehold');
    expect((await verify({ entries: items })).json()).toMatchObject({ target: 'supplied', valid: true, checkedEntries: 4 });
    const altered = structuredClone(items);
    altered[2]!.householdId = 'H-000999';
    expect((await verify({ entries: altered })).json()).toMatchObject({ valid: false, brokenAt: 3, reason: 'hash-mismatch', checkedEntries: 3 });
    const gap = items.filter((e) => e.sequence !== 2);
    expect((await verify({ entries: gap })).json()).toMatchObject({ valid: false, brokenAt: 3, reason: 'sequence-gap' });
    const relinked = structuredClone(items);
    relinked[1]!.prevHash = 'f'.repeat(64);
    const { createHash } = await import('node:crypto');
    const { canonicalJson } = await import('../../src/audit/canonical.ts');
    const { hash: _h, ...rest } = relinked[1]!;
    relinked[1]!.hash = createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
    expect((await verify({ entries: relinked })).json()).toMatchObject({ valid: false, brokenAt: 2, reason: 'prev-hash-mismatch' });
    const tail = items.slice(2);
    expect((await verify({ entries: tail })).json()).toMatchObject({ valid: true, firstSequence: 3 });
    // the verification itself is logged
    expect((await audit(app, '?action=audit-verify')).items.length).toBeGreaterThan(0);
  });

  it('14.2.6 offers no way to change or delete an entry', async () => {
    const { app, auditLog } = await app13();
    await registerHousehold(app);
    const before = auditLog.entries();
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of ['/audit-log', '/audit-log/1']) {
        const res = await app.inject({ method, url, headers: auth('manager'), payload: {} });
        expect([404, 405]).toContain(res.statusCode);
      }
    }
    expect(auditLog.entries().slice(0, before.length)).toEqual(before);
    expect(auditLog.verify().valid).toBe(true);
  });

  it('14.2.7 filters by period, staff, action, outcome and subject; 14.5 pages with a cursor', async () => {
    const { app } = await app13();
    await registerHousehold(app);
    await registerHousehold(app, householdInput(), 'intake');
    await app.inject({ method: 'GET', url: '/households/H-000002', headers: auth('caseworker') });
    await app.inject({ method: 'GET', url: '/households/H-000002', headers: auth('accountant-2') });
    await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ members: [] }) });
    expect((await audit(app, '?staffId=intake-1')).items.map((e) => e.operationId)).toEqual(['createHousehold']);
    expect((await audit(app, '?householdId=H-000002')).items.filter((e) => e.action !== 'audit-read')).toHaveLength(3);
    expect((await audit(app, '?action=read&householdId=H-000002')).items).toHaveLength(2);
    expect((await audit(app, '?outcome=rejected')).items.map((e) => e.operationId)).toEqual(['createHousehold']);
    expect((await audit(app, '?memberId=M-000001&action=create')).items).toHaveLength(1);
    expect((await audit(app, '?to=2000-01-01T00:00:00Z')).items).toEqual([]);
    expect((await audit(app, '?from=2000-01-01T00:00:00Z&operationId=getHousehold')).items).toHaveLength(2);
    const seen: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page = await audit(app, `?limit=2&operationId=createHousehold${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.sequence));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([1, 2, 5]);
    expect((await app.inject({ method: 'GET', url: '/audit-log?cursor=%%%', headers: auth('manager') })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/audit-log?limit=500', headers: auth('manager') })).statusCode).toBe(400);
  });
});

describe('14.3 problems and validation', () => {
  it('14.3.1 / 14.3.2 / 14.3.3 every refusal is bilingual problem+json with a pointer per field', async () => {
    const { app } = await app13();
    const res = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ grade: 'x', members: [member({ birthDate: 'yesterday' })] }) });
    expect(res.statusCode).toBe(400);
    const p = isProblem(res);
    const pointers = (p.errors as { pointer: string; message: { ja: string; en: string } }[]).map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/grade', '/body/members/0/birthDate']));
    for (const e of p.errors as { message: { ja: string; en: string } }[]) expect(e.message).toEqual({ ja: expect.any(String), en: expect.any(String) });
    isProblem(await app.inject({ method: 'GET', url: '/households/H-000404', headers: auth('caseworker') }));
    const head = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ members: [member({ relationship: '03' })] }) });
    expect(head.statusCode).toBe(422);
    expect(isProblem(head).errors).toEqual([expect.objectContaining({ pointer: '/body/members', message: { ja: expect.any(String), en: expect.any(String) } })]);
  });

  it('14.3.4 refuses unknown fields in create and update bodies', async () => {
    const { app, store } = await app13();
    const { etag } = await registerHousehold(app);
    const before = store.snapshot();
    const cases = [
      { method: 'POST', url: '/households', payload: { ...householdInput(), protectionStatus: 'protected' } },
      { method: 'POST', url: '/households', payload: householdInput({ members: [member({ memberId: 'M-999999' })] }) },
      { method: 'PATCH', url: '/households/H-000001', payload: { section: 'x', caseNumber: '1' }, headers: { 'if-match': etag } },
      { method: 'POST', url: '/households/H-000001/members', payload: member({ relationship: '03', viewingRestricted: true }) },
      { method: 'PATCH', url: '/members/M-000001', payload: { birthDate: '1980-01-01' }, headers: { 'if-match': etag.replace('H-', 'M-') } },
    ] as const;
    for (const c of cases) {
      const res = await app.inject({ method: c.method, url: c.url, headers: { ...auth('caseworker'), ...('headers' in c ? c.headers : {}) }, payload: c.payload });
      expect(res.statusCode).toBe(400);
    }
    expect(store.snapshot()).toEqual(before);
  });

  it('14.3.5 / 14.3.6 malformed JSON, wrong types and huge values get a 4xx and change nothing', async () => {
    const { app, store } = await app13();
    const { etag } = await registerHousehold(app);
    const before = store.snapshot();
    const json = { ...auth('caseworker'), 'content-type': 'application/json' };
    const responses = [
      await app.inject({ method: 'POST', url: '/households', headers: json, payload: '{"lgCode": ' }),
      await app.inject({ method: 'POST', url: '/households', headers: json, payload: '[]' }),
      await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ monthlyRent: 1e15 }) }),
      await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ monthlyRent: '53700' }) }),
      await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...json, 'if-match': etag.replace('H-', 'M-') }, payload: '{"name": null}' }),
      await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': etag.replace('H-', 'M-') }, payload: { name: { family: 'x'.repeat(5000), given: 'y' } } }),
      await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': etag.replace('H-', 'M-') }, payload: { leftOn: '2026-03-01' } }),
      await app.inject({ method: 'POST', url: '/migration/import?mode=replace', headers: { ...auth('manager'), 'content-type': 'application/json' }, payload: '{"households": "all"}' }),
    ];
    for (const res of responses) {
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      isProblem(res);
    }
    expect(store.snapshot()).toEqual(before);
  });
});

describe('14.4 concurrency and idempotency', () => {
  it('14.4.1 single reads carry an ETag that changes with the resource', async () => {
    const { app } = await app13();
    const { etag } = await registerHousehold(app);
    const h = await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth('caseworker') });
    const m = await app.inject({ method: 'GET', url: '/members/M-000001', headers: auth('caseworker') });
    expect(h.headers.etag).toBe(etag);
    expect(m.headers.etag).toMatch(/^"/);
    await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': String(m.headers.etag) }, payload: { workStatus: '0' } });
    const m2 = await app.inject({ method: 'GET', url: '/members/M-000001', headers: auth('caseworker') });
    expect(m2.headers.etag).not.toBe(m.headers.etag);
    const stale = await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': String(m.headers.etag) }, payload: { workStatus: '1' } });
    expect(stale.statusCode).toBe(412);
    const missing = await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: auth('caseworker'), payload: { workStatus: '1' } });
    expect(missing.statusCode).toBe(428);
  });

  it('14.4.4 of concurrent updates with one version exactly one wins; the others get 412', async () => {
    const { app } = await app13();
    const { etag } = await registerHousehold(app);
    const results = await Promise.all(['第二係', '第三係', '第四係', '第五係'].map((section) =>
      app.inject({ method: 'PATCH', url: '/households/H-000001', headers: { ...auth('caseworker'), 'if-match': etag }, payload: { section } })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412, 412, 412]);
    const m = await app.inject({ method: 'GET', url: '/members/M-000001', headers: auth('caseworker') });
    const members = await Promise.all(['1', '2', '3'].map((workStatus) =>
      app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': String(m.headers.etag) }, payload: { workStatus } })));
    expect(members.map((r) => r.statusCode).sort()).toEqual([200, 412, 412]);
  });

  it('14.4.5 / 14.4.6 a retry with the same key registers once; the same key with another body is refused (422)', async () => {
    const { app, store } = await app13();
    const headers = { ...auth('caseworker'), 'idempotency-key': 'k-1' };
    const a = await app.inject({ method: 'POST', url: '/households', headers, payload: householdInput() });
    const b = await app.inject({ method: 'POST', url: '/households', headers, payload: householdInput() });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
    expect(store.counts().Household).toBe(1);
    const c = await app.inject({ method: 'POST', url: '/households', headers, payload: householdInput({ section: '別の係' }) });
    expect(c.statusCode).toBe(422);
    isProblem(c);
    expect(store.counts().Household).toBe(1);
    const memberHeaders = { ...auth('caseworker'), 'idempotency-key': 'k-2' };
    const add = () => app.inject({ method: 'POST', url: '/households/H-000001/members', headers: memberHeaders, payload: member({ relationship: '03' }) });
    const [x, y] = await Promise.all([add(), add()]);
    expect(y.json()).toEqual(x.json());
    expect((await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth('caseworker') })).json().members).toHaveLength(2);
    const other = await app.inject({ method: 'POST', url: '/households/H-000001/members', headers: memberHeaders, payload: member({ relationship: '02' }) });
    expect(other.statusCode).toBe(422);
  });
});

describe('14.6 declaration and health', () => {
  it('14.6.1 / 14.6.2 serves the declaration with only options of its edition', async () => {
    for (const edition of ['2.0', '2.1'] as const) {
      const { app } = await app13({ edition });
      const res = await app.inject({ method: 'GET', url: '/conformance', headers: auth('system-admin') });
      expect(res.statusCode).toBe(200);
      const d = res.json();
      expect(d).toMatchObject({ edition, product: { name: expect.any(String), vendor: expect.any(String), version: expect.any(String), build: expect.any(String) }, declaredAt: expect.any(String) });
      const reqs = edition === '2.1' ? requirements21 : (await import('@hogo-kit/spec/dist/2.0/requirements.json', { with: { type: 'json' } })).default;
      const options = new Set((reqs as { id: string; class: string }[]).filter((r) => r.class === 'option').map((r) => r.id));
      expect(d.options.length).toBeGreaterThan(0);
      for (const id of d.options) expect(options.has(id)).toBe(true);
    }
  });

  it('14.6.3 health needs no credential and carries no personal data', async () => {
    const { app } = await app13();
    await registerHousehold(app, householdInput({ members: [member({ myNumber: MY_NUMBER })] }));
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('山田');
    expect(res.body).not.toContain(MY_NUMBER);
    expect(res.body).not.toContain('H-000001');
  });
});
