import { describe, expect, it } from 'vitest';
import { reply } from '../../src/adapter/types.ts';
import { conflict, HogoError } from '../../src/errors.ts';
import { expectProblem, setup } from '../support/engine-harness.ts';
import { householdInput } from '../support/toy-adapter.ts';

describe('engine: adapter errors and server faults', () => {
  it('renders an adapter HogoError with its status, code and texts', async () => {
    const { call } = setup();
    const missing = expectProblem(await call('getHousehold', { role: 'caseworker', params: { householdId: 'H9999' } }), 404, 'not-found');
    expect(missing).toMatchObject({ title: '世帯が見つかりません', instance: '/households/H9999', en: { title: 'The household does not exist' } });
    const head = expectProblem(await call('createHousehold', { role: 'caseworker', body: householdInput({ members: [] }) }), 400, 'validation-failed');
    expect(head.errors?.[0]?.pointer).toBe('/body/members');
    const twoHeads = householdInput();
    twoHeads.members.push({ ...twoHeads.members[0]! });
    expectProblem(await call('createHousehold', { role: 'caseworker', body: twoHeads }), 422, 'head-of-household');
  });

  it('keeps HogoError field errors and statuses such as 409', async () => {
    const errors = [{ pointer: '/body/section', code: 'unknown-section', message: { ja: '係がありません', en: 'No such section' } }];
    const { call } = setup({ extra: {
      listHouseholds: async () => { throw new HogoError(422, 'bad-filter', { ja: '条件が不正', en: 'Bad filter' }, undefined, errors); },
      getMember: async () => { throw conflict('locked', { ja: 'ロック中', en: 'Locked' }); },
    } });
    expect(expectProblem(await call('listHouseholds', { role: 'caseworker' }), 422, 'bad-filter').errors).toEqual(errors);
    expect(expectProblem(await call('getMember', { role: 'caseworker', params: { memberId: 'M1' } }), 409, 'locked')).toMatchObject({ detail: 'ロック中' });
  });

  it('turns an adapter crash into a 500 problem without its message, reported through onServerFault', async () => {
    const { call, faults, audits } = setup({ extra: { getHousehold: async () => { throw new Error('db password=secret at 10.0.0.1'); } } });
    const response = await call('getHousehold', { role: 'caseworker', params: { householdId: 'H0001' } });
    expectProblem(response, 500, 'adapter-error');
    expect(JSON.stringify(response.body)).not.toMatch(/secret|10\.0\.0\.1|password/);
    expect(faults).toMatchObject([{ operationId: 'getHousehold', kind: 'adapter-error', detail: expect.any(Error) }]);
    expect(audits).toMatchObject([{ operationId: 'getHousehold', status: 500 }]);
  });

  it('refuses to send a response that breaks the success schema (500 + onServerFault)', async () => {
    const leaked = { householdId: 'H1', lgCode: '131016', members: 'oops', myNumber: '123456789018' };
    const { call, faults } = setup({ extra: { getHousehold: async () => reply(leaked, { etag: '"x"' }) } });
    const response = await call('getHousehold', { role: 'caseworker', params: { householdId: 'H1' } });
    expectProblem(response, 500, 'response-schema-violation');
    expect(response.headers.etag).toBeUndefined();
    expect(JSON.stringify(response.body)).not.toContain('123456789018');
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ operationId: 'getHousehold', kind: 'response-schema' });
    expect(JSON.stringify(faults[0]!.detail)).not.toContain('123456789018');
  });

  it('checks the text/csv response of createExtraction as a string', async () => {
    const { call, faults } = setup({ extra: { createExtraction: async () => ({ not: 'csv' }) } });
    expectProblem(await call('createExtraction', { role: 'caseworker', body: { unit: 'household', items: ['household-id'] } }), 500, 'response-schema-violation');
    expect(faults[0]?.kind).toBe('response-schema');
  });

  it('answers 500 when the audit sink fails (the access must not go unrecorded silently)', async () => {
    const { call, faults } = setup({ audit: () => { throw new Error('audit store down'); } });
    const response = await call('listHouseholds', { role: 'caseworker' });
    expectProblem(response, 500, 'audit-error');
    expect(faults).toMatchObject([{ operationId: 'listHouseholds', kind: 'audit-error' }]);
  });

  it('survives an onServerFault that throws', async () => {
    const { call } = setup({ onServerFault: () => { throw new Error('reporter down'); }, extra: { getMember: async () => { throw new TypeError('x'); } } });
    expectProblem(await call('getMember', { role: 'caseworker', params: { memberId: 'M1' } }), 500, 'adapter-error');
  });

  it('changes nothing on refused requests', async () => {
    const { call, toy, createHousehold } = setup();
    const { body } = await createHousehold();
    const snapshot = JSON.stringify([...toy.households]);
    const params = { householdId: body.householdId };
    await call('createHousehold', { body: householdInput() });
    await call('createHousehold', { role: 'medical-clerk', body: householdInput() });
    await call('createHousehold', { role: 'caseworker', body: householdInput({ grade: 'x' }) });
    await call('createHousehold', { role: 'caseworker', bodyError: 'invalid-json' });
    await call('updateHousehold', { role: 'caseworker', params, body: { section: 'x' } });
    await call('updateHousehold', { role: 'caseworker', params, headers: { 'if-match': '"stale"' }, body: { section: 'x' } });
    await call('addMember', { role: 'caseworker', params, body: { name: {} } });
    expect(JSON.stringify([...toy.households])).toBe(snapshot);
  });
});
