import { describe, expect, it } from 'vitest';
import { createHogoClient, HogoProblem } from '../../src/client/index.ts';
import type { components } from '../../src/generated/openapi-21.ts';
import { householdInput, memberInput } from '../support/toy-adapter.ts';
import { BASE, client, useHogoServer } from './setup.ts';

type HouseholdInput = components['schemas']['HouseholdInput'];
const hogo = useHogoServer({ bodyLimit: 4_096 });

const failure = (promise: Promise<unknown>) => promise.then(
  () => { throw new Error('expected a HogoProblem'); },
  (error: unknown) => {
    expect(error).toBeInstanceOf(HogoProblem);
    return error as HogoProblem;
  },
);

describe('problems through msw', () => {
  it('names each invalid field with a pointer, in Japanese and English', async () => {
    const body = householdInput({ grade: '9-9', members: [memberInput({ birthDate: 'yesterday' })] }) as HouseholdInput;
    const p = await failure(client().as('intake').call('createHousehold', { body }));
    expect(p).toMatchObject({ status: 400, code: 'validation-failed', type: 'urn:hogo-kit:problem:validation-failed', instance: '/api/households' });
    expect(p.errors.map((e) => e.pointer).sort()).toEqual(['/body/grade', '/body/members/0/birthDate']);
    for (const error of p.errors) {
      expect(error.message?.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(error.message?.en).toMatch(/[a-z]/);
    }
    const query = await failure(client().as('intake').call('listHouseholds', { query: { limit: 0 } }));
    expect(query.at('/query/limit')).toHaveLength(1);
    expect(hogo.toy.households.size).toBe(0);
  });

  it('answers 401 without a token or with an unknown one, and 403 to a role the operation does not allow', async () => {
    await expect(client().call('listHouseholds')).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    const stranger = createHogoClient({ baseUrl: BASE, token: 'token-nobody' });
    await expect(stranger.call('listHouseholds')).rejects.toMatchObject({ status: 401, code: 'invalid-token' });
    const accountant = client().as('accountant');
    const p = await failure(accountant.call('createHousehold', { body: householdInput() as HouseholdInput }));
    expect(p).toMatchObject({ status: 403, code: 'forbidden', title: 'この操作の権限がありません' });
    expect(p.en?.title).toBe('The role may not perform this operation');
    expect(hogo.toy.households.size).toBe(0);
  });

  it('serves getHealth without a token and the declaration from the options', async () => {
    await expect(client().call('getHealth')).resolves.toMatchObject({ status: 'ok' });
    await expect(client().as('caseworker').call('getDeclaration')).resolves.toMatchObject({ edition: '2.1', product: { name: 'Toy' } });
  });

  it('answers a URL under baseUrl that no operation serves with a 404 problem', async () => {
    const notImplemented = await failure(client().as('caseworker').call('listClaims'));
    expect(notImplemented).toMatchObject({ status: 404, code: 'not-found', instance: '/api/claims' });
    const response = await fetch(`${BASE}/nowhere`, { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('turns bodies that are not JSON into 400, 415 and 413 problems', async () => {
    const send = (body: string, contentType: string) =>
      fetch(`${BASE}/households`, { method: 'POST', body, headers: { authorization: 'Bearer token-intake', 'content-type': contentType } });
    const invalid = await send('{"lgCode":', 'application/json');
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: 'invalid-json' });
    const xml = await send('<household/>', 'application/xml');
    expect(xml.status).toBe(415);
    expect(await xml.json()).toMatchObject({ code: 'unsupported-media-type' });
    const huge = await send(JSON.stringify(householdInput({ section: 'x'.repeat(5_000) })), 'application/json');
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'payload-too-large' });
    expect(hogo.toy.households.size).toBe(0);
  });

  it('passes repeated query parameters and decoded path parameters to the engine', async () => {
    const intake = client().as('intake');
    await intake.call('createHousehold', { body: householdInput() as HouseholdInput });
    const response = await fetch(`${BASE}/households?protectionStatus=none&protectionStatus=protected`, { headers: { authorization: 'Bearer token-intake' } });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].pointer).toBe('/query/protectionStatus');
    await expect(intake.call('getHousehold', { path: { householdId: 'H 9/9' } })).rejects.toMatchObject({ status: 404, title: '世帯が見つかりません' });
  });
});
