import { describe, expect, it } from 'vitest';
import { collectSubjects } from '../../src/engine/audit.ts';
import { setup } from '../support/engine-harness.ts';

describe('engine: audit', () => {
  it('records who, what, which subjects, when and how it ended', async () => {
    const { call, audits, createHousehold } = setup();
    const before = Date.now();
    const { body } = await createHousehold();
    const memberId = body.members[0]!.memberId;
    await call('getMember', { role: 'intake', params: { memberId } });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toEqual({
      at: expect.any(String), staffId: 'staff-caseworker', roles: ['caseworker'], operationId: 'createHousehold', method: 'POST',
      url: '/households', subjects: { householdIds: [body.householdId], memberIds: [memberId] }, status: 201,
    });
    expect(Date.parse(audits[0]!.at)).toBeGreaterThanOrEqual(before - 1);
    expect(audits[1]).toMatchObject({ staffId: 'staff-intake', operationId: 'getMember', method: 'GET', url: `/members/${memberId}`, subjects: { householdIds: [], memberIds: [memberId] }, status: 200 });
  });

  it('records refusals after authentication, but not 401', async () => {
    const { call, audits } = setup();
    await call('getHousehold', { params: { householdId: 'H1' } });
    await call('getHousehold', { role: 'caseworker', params: { householdId: 'H1' } });
    await call('getHousehold', { role: 'caseworker', params: { householdId: 'H'.repeat(65) } });
    expect(audits.map((a) => a.status)).toEqual([404, 400]);
  });

  it('records nothing for getHealth and getDeclaration (no personal data)', async () => {
    const { call, audits } = setup();
    await call('getHealth');
    await call('getDeclaration', { role: 'caseworker' });
    expect(audits).toEqual([]);
  });

  it('collects household and member ids from nested values and id lists', () => {
    expect(collectSubjects({ householdId: 'H1' }, { householdIds: ['H2', 'H1'], rows: [{ memberId: 'M1' }] }, 'csv text', null)).toEqual({
      householdIds: ['H1', 'H2'], memberIds: ['M1'],
    });
  });

  it('takes keys named like Object.prototype members (constructor, toString, __proto__) as plain data', () => {
    const body = JSON.parse('{"constructor":"x","toString":"y","__proto__":{"memberId":"M9"},"hasOwnProperty":["a"],"householdId":"H3"}');
    expect(collectSubjects(body)).toEqual({ householdIds: ['H3'], memberIds: ['M9'] });
  });

  it('ignores ids of the wrong type and looks inside them instead', () => {
    expect(collectSubjects({ householdId: 7, memberIds: 'M1', nested: { householdId: { memberId: 'M2' } } })).toEqual({ householdIds: [], memberIds: ['M2'] });
  });
});
