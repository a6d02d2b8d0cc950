import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { app13, householdInput, member, myNumber, registerHousehold } from '../support/13-data.ts';
import { both, call, householdCount } from './13-14-mutant-support.ts';

/**
 * The seeded defects of src/mutants/more-13-14.ts: each makes the server answer wrongly through the API, and the
 * server without it answers as the standard says (`both` runs the scenario without, then with the mutant).
 */

const spouse = () => member({ name: { family: '山田', given: '一郎' }, sex: '1', relationship: '02', birthDate: '1983-03-03' });

async function memberOf(app: FastifyInstance, overrides: Record<string, unknown> = {}) {
  const { household } = await registerHousehold(app, householdInput({ members: [member(overrides)] }));
  const memberId = household.members[0].memberId as string;
  return { household, memberId, etag: (await call(app, 'GET', `/members/${memberId}`)).etag };
}

describe('more mutants of area 13: households and members', () => {
  it('household-members-after-first-dropped (13.1.1) and added-member-not-saved (13.1.3)', async () => {
    const registered = await both('household-members-after-first-dropped', async ({ app }) =>
      (await registerHousehold(app, householdInput({ members: [member(), spouse()] }))).household.members.length);
    expect(registered).toEqual([2, 1]);
    const added = await both('added-member-not-saved', async ({ app }) => {
      const { household } = await registerHousehold(app);
      const res = await call(app, 'POST', `/households/${household.householdId}/members`, spouse());
      return [res.status, (await call(app, 'GET', `/members/${res.body.memberId}`)).status];
    });
    expect(added).toEqual([[201, 200], [201, 404]]);
  });

  it('household-patch-clears-omitted (13.1.4) and member-patch-clears-omitted (13.1.5)', async () => {
    const households = await both('household-patch-clears-omitted', async ({ app }) => {
      const { household, etag } = await registerHousehold(app, householdInput({ monthlyRent: 40000 }));
      const res = await call(app, 'PATCH', `/households/${household.householdId}`, { grade: '2-1' }, 'caseworker', { 'if-match': etag });
      return [res.body.section, res.body.monthlyRent, res.body.grade];
    });
    expect(households).toEqual([['第一係', 40000, '2-1'], [undefined, undefined, '2-1']]);
    const members = await both('member-patch-clears-omitted', async ({ app }) => {
      const { memberId, etag } = await memberOf(app, { workStatus: '1', livingArrangement: '01' });
      const res = await call(app, 'PATCH', `/members/${memberId}`, { relationship: '01' }, 'caseworker', { 'if-match': etag });
      return [res.body.workStatus, res.body.livingArrangement];
    });
    expect(members).toEqual([['1', '01'], [undefined, undefined]]);
  });

  it('length-counted-in-utf16 (13.2.3), code-list-outdated (13.3.3) and leap-day-refused (13.3.4) refuse valid input', async () => {
    for (const [mutant, overrides] of [
      ['length-counted-in-utf16', { name: { family: '𠮷'.repeat(60), given: '花子' } }],
      ['code-list-outdated', { livingArrangement: '09' }],
      ['leap-day-refused', { birthDate: '2000-02-29' }],
    ] as const) {
      const statuses = await both(mutant, async ({ app }) => (await call(app, 'POST', '/households', householdInput({ members: [member(overrides)] }))).status);
      expect(statuses, mutant).toEqual([201, 400]);
    }
  });

  it('malformed-text-replaced (13.2.4): a lone surrogate is stored as U+FFFD', async () => {
    const outcomes = await both('malformed-text-replaced', async ({ app }) => {
      const res = await call(app, 'POST', '/households', householdInput({ members: [member({ name: { family: '山\uD842', given: '花\u0007子' } })] }));
      return [res.status, res.body.members?.[0]?.name];
    });
    expect(outcomes).toEqual([[400, undefined], [201, { family: '山\uFFFD', given: '花子' }]]);
  });
});

describe('more mutants of area 13: extraction and migration', () => {
  const extract = async (app: FastifyInstance, body: Record<string, unknown>) =>
    (await call(app, 'POST', '/extractions', { header: 'code', ...body })).body as string;

  it('extraction-caseworker-ignored (13.5.1), -unit-ignored (13.5.4), -csv-unquoted (13.5.3)', async () => {
    const scenario = (body: Record<string, unknown>) => async ({ app }: { app: FastifyInstance }) => {
      await registerHousehold(app, householdInput({ members: [member(), spouse()], address: { lgCode: '131016', text: '千代田1,"2"' } }));
      await registerHousehold(app, householdInput({ assignedCaseworker: 'caseworker-2' }));
      return (await extract(app, body)).split('\r\n').length - 2;
    };
    expect(await both('extraction-caseworker-ignored', scenario({ unit: 'household', items: ['household-id'], assignedCaseworkers: ['caseworker-2'] }))).toEqual([1, 2]);
    expect(await both('extraction-unit-ignored', scenario({ unit: 'member', items: ['member-id'] }))).toEqual([3, 2]);
    const [quoted, unquoted] = await both('extraction-csv-unquoted', async ({ app }) => {
      await registerHousehold(app, householdInput({ address: { lgCode: '131016', text: '千代田1,"2"' } }));
      return extract(app, { unit: 'household', items: ['address'] });
    });
    expect(quoted).toBe('address\r\n"千代田1,""2"""\r\n');
    expect(unquoted).toBe('address\r\n千代田1,"2"\r\n');
  });

  it('extraction-code-names-ignored (13.5.5) and extraction-status-filter-ignored (13.5.6)', async () => {
    const names = await both('extraction-code-names-ignored', async ({ app }) => {
      await registerHousehold(app);
      return extract(app, { unit: 'household', items: ['sex'], codeValues: 'label' });
    });
    expect(names).toEqual(['sex\r\n女\r\n', 'sex\r\n2\r\n']);
    const rows = await both('extraction-status-filter-ignored', async ({ app }) => {
      await registerHousehold(app);
      return extract(app, { unit: 'household', items: ['household-id'], protectionStatuses: ['protected'] });
    });
    expect(rows[0]).toBe('household-id\r\n');
    expect(rows[1]).toMatch(/^household-id\r\nH-/);
  });

  it('validation-loads-data (13.6.5), import-loses-my-number (13.6.2) and data-set-20-refused (13.6.6)', async () => {
    const source = await app13();
    await registerHousehold(source.app);
    const dataSet = (await call(source.app, 'GET', '/migration/export', undefined, 'manager')).body;
    const loaded = await both('validation-loads-data', async ({ app }) => {
      for (let i = 0; i < 3; i++) await registerHousehold(app);
      const res = await call(app, 'POST', '/migration/import?mode=validate', dataSet, 'manager');
      return [res.status, await householdCount(app)];
    });
    expect(loaded).toEqual([[201, 3], [201, 1]]);
    const numbers = await both('import-loses-my-number', async ({ app }) => {
      const { household } = await registerHousehold(app, householdInput({ members: [member({ myNumber: myNumber('12345678901') })] }));
      const exported = (await call(app, 'GET', '/migration/export', undefined, 'manager')).body;
      expect((await call(app, 'POST', '/migration/import?mode=replace', exported, 'manager')).status).toBe(201);
      return (await call(app, 'GET', `/households/${household.householdId}`)).body.members[0].myNumber;
    });
    expect(numbers).toEqual([myNumber('12345678901'), undefined]);
    const dataSet20 = { formatVersion: '1.0', edition: '2.0', exportedAt: dataSet.exportedAt, households: dataSet.households };
    const statuses = await both('data-set-20-refused', async ({ app }) => (await call(app, 'POST', '/migration/import?mode=validate', dataSet20, 'manager')).status);
    expect(statuses).toEqual([201, 422]);
  });
});

describe('more mutants of area 14', () => {
  it('bad-if-match-crashes (14.3.5): an If-Match that is not an entity tag answers 500', async () => {
    const statuses = await both('bad-if-match-crashes', async ({ app }) => {
      const { memberId } = await memberOf(app);
      return (await call(app, 'PATCH', `/members/${memberId}`, { workStatus: '1' }, 'caseworker', { 'if-match': 'not-an-etag' })).status;
    });
    expect(statuses).toEqual([412, 500]);
  });

  it('member-update-race (14.4.4): concurrent updates of one version all apply', async () => {
    const outcomes = await both('member-update-race', async ({ app }) => {
      const { memberId, etag } = await memberOf(app);
      const answers = await Promise.all(['1', '2', '3'].map((workStatus) => call(app, 'PATCH', `/members/${memberId}`, { workStatus }, 'caseworker', { 'if-match': etag })));
      return answers.map((a) => a.status).sort();
    });
    expect(outcomes).toEqual([[200, 412, 412], [200, 200, 200]]);
  });
});
