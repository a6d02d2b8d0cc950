import { describe, expect, it } from 'vitest';
import { expectProblem, setup } from '../support/engine-harness.ts';
import { householdInput, memberInput, MY_NUMBER } from '../support/toy-adapter.ts';

describe('engine: request validation (400)', () => {
  it('names each invalid body field with a pointer and Japanese and English messages', async () => {
    const { call, toy } = setup();
    const response = await call('createHousehold', {
      role: 'caseworker',
      body: householdInput({ grade: '9-9', monthlyRent: -1, members: [memberInput({ birthDate: '1960-02-30', sex: undefined })] }),
    });
    const problem = expectProblem(response, 400, 'validation-failed');
    expect(problem.errors).toEqual(expect.arrayContaining([
      { pointer: '/body/grade', code: 'enum', message: { ja: expect.stringContaining('「級地」'), en: expect.stringContaining('grade must be one of') } },
      { pointer: '/body/monthlyRent', code: 'minimum', message: { ja: '「家賃月額」は0以上の値を指定してください。', en: 'monthlyRent must be at least 0.' } },
      { pointer: '/body/members/0/birthDate', code: 'format', message: { ja: expect.stringContaining('日付'), en: expect.stringContaining('date (YYYY-MM-DD)') } },
    ]));
    expect(toy.households.size).toBe(0);
  });

  it('refuses a field the schema does not define', async () => {
    const { call } = setup();
    const problem = expectProblem(await call('createHousehold', { role: 'caseworker', body: householdInput({ nickname: 'x' }) }), 400, 'validation-failed');
    expect(problem.errors).toEqual([{ pointer: '/body/nickname', code: 'additionalProperties', message: { ja: '「nickname」は定義されていない項目です。', en: 'nickname is not a defined item.' } }]);
  });

  it('checks the 地方公共団体コード check digit', async () => {
    const { call } = setup();
    const problem = expectProblem(await call('createHousehold', { role: 'caseworker', body: householdInput({ lgCode: '131017' }) }), 400, 'validation-failed');
    expect(problem.errors).toEqual([{ pointer: '/body/lgCode', code: 'format', message: expect.objectContaining({ ja: expect.stringContaining('地方公共団体コード') }) }]);
  });

  it('checks the 個人番号 check digit and never echoes the number', async () => {
    const { call, toy } = setup();
    const household = (await call('createHousehold', { role: 'caseworker', body: householdInput() })).body as { householdId: string };
    const wrong = `${MY_NUMBER.slice(0, 11)}${(Number(MY_NUMBER[11]) + 1) % 10}`;
    const response = await call('addMember', { role: 'caseworker', params: { householdId: household.householdId }, body: memberInput({ relationship: '02', myNumber: wrong }) });
    const problem = expectProblem(response, 400, 'validation-failed');
    expect(problem.errors).toEqual([{ pointer: '/body/myNumber', code: 'format', message: expect.objectContaining({ ja: expect.stringContaining('個人番号'), en: expect.stringContaining('individual number') }) }]);
    expect(JSON.stringify(response.body)).not.toContain(wrong);
    expect(toy.households.get(household.householdId)!.household.members).toHaveLength(1);
  });

  it('requires a body when the operation does', async () => {
    const { call } = setup();
    const problem = expectProblem(await call('createHousehold', { role: 'caseworker' }), 400, 'validation-failed');
    expect(problem.errors).toEqual([{ pointer: '/body', code: 'required', message: { ja: '本文（JSON）は必須です。', en: 'A JSON body is required.' } }]);
  });

  it('refuses a body that is not JSON (bodyError) as a problem', async () => {
    const { call } = setup();
    expectProblem(await call('createHousehold', { role: 'caseworker', bodyError: 'invalid-json' }), 400, 'invalid-json');
    expectProblem(await call('createHousehold', { role: 'caseworker', bodyError: 'unsupported-media-type' }), 415, 'unsupported-media-type');
    expectProblem(await call('createHousehold', { role: 'caseworker', bodyError: 'too-large' }), 413, 'payload-too-large');
  });

  it('validates query parameters, coerces them and ignores unknown ones', async () => {
    const { call } = setup();
    const bad = expectProblem(await call('listHouseholds', { role: 'caseworker', query: { limit: '0', birthDate: '19600401', protectionStatus: 'gone' } }), 400, 'validation-failed');
    expect(bad.errors?.map((e) => e.pointer).sort()).toEqual(['/query/birthDate', '/query/limit', '/query/protectionStatus']);
    expect(bad.errors?.find((e) => e.pointer === '/query/limit')?.message).toEqual({ ja: '「1頁の件数」は1以上の値を指定してください。', en: 'limit must be at least 1.' });
    let seen: unknown;
    const spy = setup({ extra: { listHouseholds: async ({ query }: { query: unknown }) => ((seen = query), { items: [], nextCursor: null }) } });
    expect((await spy.call('listHouseholds', { role: 'caseworker', query: { limit: '5', unknownParam: 'x' } })).status).toBe(200);
    expect(seen).toEqual({ limit: 5 });
    await spy.call('listHouseholds', { role: 'caseworker' });
    expect(seen).toEqual({ limit: 50 });
  });

  it('enforces required query parameters', async () => {
    const { call } = setup({ extra: { listDecisionNotices: async () => ({ items: [], nextCursor: null }) } });
    const problem = expectProblem(await call('listDecisionNotices', { role: 'caseworker', query: { notifiedFrom: '2025-04-01' } }), 400, 'validation-failed');
    expect(problem.errors).toEqual([{ pointer: '/query/notifiedTo', code: 'required', message: { ja: expect.stringContaining('必須'), en: 'notifiedTo is required.' } }]);
  });

  it('validates path parameters', async () => {
    const { call } = setup();
    const problem = expectProblem(await call('getHousehold', { role: 'caseworker', params: { householdId: 'H'.repeat(65) } }), 400, 'validation-failed');
    expect(problem.errors).toEqual([{ pointer: '/path/householdId', code: 'maxLength', message: { ja: '「世帯番号」は64文字以内で指定してください。', en: 'householdId must be at most 64 characters long.' } }]);
  });

  it('validates header parameters', async () => {
    const { call, toy } = setup();
    const problem = expectProblem(await call('createHousehold', { role: 'caseworker', headers: { 'idempotency-key': 'k'.repeat(256) }, body: householdInput() }), 400, 'validation-failed');
    expect(problem.errors).toEqual([{ pointer: '/header/Idempotency-Key', code: 'maxLength', message: expect.objectContaining({ en: 'Idempotency-Key must be at most 255 characters long.' }) }]);
    expect(toy.households.size).toBe(0);
  });

  it('reports every part at once', async () => {
    const { call } = setup();
    const problem = expectProblem(await call('updateHousehold', {
      role: 'caseworker', params: { householdId: 'H'.repeat(65) }, headers: { 'if-match': 'x'.repeat(256) }, body: {},
    }), 400, 'validation-failed');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/path/householdId', '/header/If-Match', '/body']);
    expect(problem.errors?.[2]?.code).toBe('minProperties');
  });
});
