import { describe, expect, it } from 'vitest';
import { editionData } from '../../src/editions.ts';
import { ROLES } from '../support/toy-adapter.ts';
import { expectProblem, setup } from '../support/engine-harness.ts';

describe('engine: authentication (401)', () => {
  it('refuses a request without a token, with WWW-Authenticate', async () => {
    const { call, audits } = setup();
    const response = await call('listHouseholds');
    expectProblem(response, 401, 'unauthorized');
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(audits).toEqual([]);
  });

  it.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer two tokens', 'token-caseworker'])('refuses a malformed Authorization header (%s)', async (authorization) => {
    const { call } = setup();
    expectProblem(await call('listHouseholds', { headers: { authorization } }), 401, 'unauthorized');
  });

  it('refuses an unknown token and a verifier that throws', async () => {
    const { call } = setup();
    const unknown = await call('listHouseholds', { headers: { authorization: 'Bearer nobody' } });
    expectProblem(unknown, 401, 'invalid-token');
    expect(unknown.headers['www-authenticate']).toContain('invalid_token');
    const throwing = setup({ verifyToken: () => { throw new Error('verifier down'); } });
    const response = await throwing.call('listHouseholds', { role: 'caseworker' });
    expectProblem(response, 401, 'invalid-token');
    expect(JSON.stringify(response.body)).not.toContain('verifier down');
  });

  it('refuses a verifier answer that is not a principal', async () => {
    const { call } = setup({ verifyToken: () => ({ staffId: 'x', roles: 'caseworker' }) as never });
    expectProblem(await call('listHouseholds', { role: 'caseworker' }), 401, 'invalid-token');
  });

  it('checks the token before anything else (a bad body still gets 401)', async () => {
    const { call } = setup();
    expectProblem(await call('createHousehold', { body: { nonsense: true } }), 401, 'unauthorized');
    expectProblem(await call('createHousehold', { bodyError: 'invalid-json' }), 401, 'unauthorized');
  });

  it('serves getHealth without a token and ignores a bad one', async () => {
    const { call, audits } = setup();
    expect((await call('getHealth')).status).toBe(200);
    expect((await call('getHealth', { headers: { authorization: 'Bearer nobody' } })).status).toBe(200);
    expect(audits).toEqual([]);
  });
});

describe('engine: roles (403)', () => {
  const { operations } = editionData('2.1');
  const cases = ['listHouseholds', 'createHousehold', 'getHousehold', 'updateHousehold', 'addMember', 'getMember', 'createExtraction', 'getDeclaration']
    .flatMap((operationId) => ROLES.map((role) => ({ operationId, role, allowed: operations[operationId]!.roles.includes(role) })));

  it.each(cases)('$operationId as $role → allowed: $allowed', async ({ operationId, role, allowed }) => {
    const { call, toy } = setup();
    const before = toy.households.size;
    const response = await call(operationId, { role, params: { householdId: 'H9999', memberId: 'M9999' } });
    if (allowed) {
      expect([401, 403]).not.toContain(response.status);
    } else {
      const problem = expectProblem(response, 403, 'forbidden');
      expect(problem.en.detail).toContain(operations[operationId]!.roles.join(', '));
      expect(toy.households.size).toBe(before);
    }
  });

  it('audits a refused access to personal data', async () => {
    const { call, audits } = setup();
    await call('getHousehold', { role: 'system-admin', params: { householdId: 'H0001' } });
    expect(audits).toMatchObject([{ staffId: 'staff-system-admin', operationId: 'getHousehold', status: 403, subjects: { householdIds: ['H0001'] } }]);
  });
});
