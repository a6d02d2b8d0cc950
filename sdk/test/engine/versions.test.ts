import { describe, expect, it } from 'vitest';
import { strongEtag } from '../../src/engine/etag.ts';
import { reply } from '../../src/adapter/types.ts';
import { expectProblem, setup } from '../support/engine-harness.ts';
import { memberInput } from '../support/toy-adapter.ts';

describe('engine: versions (ETag, If-Match)', () => {
  it('sends the adapter\'s ETag on a read and the default strong ETag otherwise', async () => {
    const { call, createHousehold } = setup();
    const created = await createHousehold();
    const householdId = created.body.householdId;
    const read = await call('getHousehold', { role: 'caseworker', params: { householdId } });
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(`"${householdId}-v1"`);
    const memberId = created.body.members[0]!.memberId;
    const member = await call('getMember', { role: 'caseworker', params: { memberId } });
    expect(member.headers.etag).toBe(strongEtag(member.body));
    expect(member.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  });

  it('sends an ETag only where the contract declares one: none on a list, the adapter\'s own wherever it gives one', async () => {
    const contract = (await import('@hogo-kit/spec/dist/2.1/openapi.json', { with: { type: 'json' } })).default as {
      paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    };
    // Read from the contract itself: the household read declares ETag, the household list does not.
    expect(Object.keys(contract.paths['/households/{householdId}']!.get!.responses['200']!.headers ?? {})).toContain('ETag');
    expect(contract.paths['/households']!.get!.responses['200']!.headers).toBeUndefined();
    const { call, createHousehold } = setup();
    await createHousehold();
    const list = await call('listHouseholds', { role: 'caseworker' });
    expect(list.status).toBe(200);
    expect(list.headers.etag).toBeUndefined();
    const withOwn = setup({ extra: { listHouseholds: async () => reply({ items: [], nextCursor: null }, { etag: '"list-1"' }) } });
    expect((await withOwn.call('listHouseholds', { role: 'caseworker' })).headers.etag).toBe('"list-1"');
  });

  it('uses options.etag when given', async () => {
    const { call, createHousehold } = setup({ etag: () => 'W/"custom"' });
    const { body } = await createHousehold();
    expect((await call('getMember', { role: 'caseworker', params: { memberId: body.members[0]!.memberId } })).headers.etag).toBe('W/"custom"');
  });

  it('answers 428 when If-Match is missing, changing nothing', async () => {
    const { call, createHousehold, toy } = setup();
    const { body } = await createHousehold();
    expectProblem(await call('updateHousehold', { role: 'caseworker', params: { householdId: body.householdId }, body: { section: '第二係' } }), 428, 'precondition-required');
    expect(toy.households.get(body.householdId)!.household.section).toBe('第一係');
  });

  it('answers 412 for a stale If-Match and 200 with a new ETag for the current one', async () => {
    const { call, createHousehold, toy } = setup();
    const { body, headers } = await createHousehold();
    const params = { householdId: body.householdId };
    await call('addMember', { role: 'caseworker', params, body: memberInput({ relationship: '02', myNumber: undefined }) });
    expectProblem(await call('updateHousehold', { role: 'caseworker', params, headers: { 'if-match': headers.etag }, body: { section: '第二係' } }), 412, 'stale-version');
    expect(toy.households.get(body.householdId)!.household.section).toBe('第一係');

    const current = (await call('getHousehold', { role: 'caseworker', params })).headers.etag;
    const updated = await call('updateHousehold', { role: 'caseworker', params, headers: { 'if-match': current }, body: { section: '第二係' } });
    expect(updated.status).toBe(200);
    expect((updated.body as { section: string }).section).toBe('第二係');
    expect(updated.headers.etag).not.toBe(current);
  });

  it('masks 個人番号 for roles without authority (toy adapter behaviour, schema-valid either way)', async () => {
    const { call, createHousehold } = setup();
    const { body } = await createHousehold();
    const params = { householdId: body.householdId };
    const intake = (await call('getHousehold', { role: 'intake', params })).body as { members: { myNumber?: string }[] };
    const caseworker = (await call('getHousehold', { role: 'caseworker', params })).body as { members: { myNumber?: string }[] };
    expect(intake.members[0]!.myNumber).toBe('************');
    expect(caseworker.members[0]!.myNumber).toMatch(/^[0-9]{12}$/);
  });
});
