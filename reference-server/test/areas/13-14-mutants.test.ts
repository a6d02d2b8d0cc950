import { describe, expect, it } from 'vitest';
import { app13, householdInput, member, myNumber, registerHousehold } from '../support/13-data.ts';
import { both, call, householdCount } from './13-14-mutant-support.ts';

/**
 * Each seeded defect of areas 13 and 14 whose switch lives in the areas (src/mutants/catalogue-11-14.ts) makes the
 * server answer wrongly through the API; `both` runs the same scenario on a server without and with the mutant.
 */

describe('mutants of area 13', () => {
  it('two-heads-accepted (13.1.2): a household with two heads is registered', async () => {
    const outcomes = await both('two-heads-accepted', async ({ app }) => (await call(app, 'POST', '/households', householdInput({ members: [member(), member({ birthDate: '1980-01-01' })] }))).status);
    expect(outcomes).toEqual([422, 201]);
  });

  it('names-normalised (13.2.1, 13.2.2, 13.2.5): 𠮷 becomes 吉 and the variation selector is lost', async () => {
    const name = { family: '\u{20BB7}田', given: '葛\u{E0100}', familyKana: 'ヨシダ', givenKana: 'カツ' };
    const [right, wrong] = await both('names-normalised', async ({ app }) => {
      const { household } = await registerHousehold(app, householdInput({ members: [member({ name })] }));
      return (await call(app, 'GET', `/members/${household.members[0].memberId}`)).body.name;
    });
    expect(right).toEqual(name);
    expect(wrong).toMatchObject({ family: '吉田', given: '葛' });
  });

  it('birth-date-in-future-accepted (13.3.5): a member born after today is registered', async () => {
    const outcomes = await both('birth-date-in-future-accepted', async ({ app }) => (await call(app, 'POST', '/households', householdInput({ members: [member({ birthDate: '2026-04-02' })] }))).status);
    expect(outcomes).toEqual([422, 201]);
  });

  it('my-number-unmasked (13.4.2): the 個人番号 reaches a role without authority', async () => {
    const number = myNumber('31415926535');
    const shown = await both('my-number-unmasked', async ({ app }) => {
      const { household } = await registerHousehold(app, householdInput({ members: [member({ myNumber: number })] }));
      const memberId = household.members[0].memberId;
      return [(await call(app, 'GET', `/households/${household.householdId}`, undefined, 'intake')).body.members[0].myNumber, (await call(app, 'GET', `/members/${memberId}`, undefined, 'accountant')).body.myNumber];
    });
    expect(shown).toEqual([['************', '************'], [number, number]]);
  });

  it('extraction-items-ignored (13.5.2): the CSV carries every item, not the ones asked for', async () => {
    const [right, wrong] = await both('extraction-items-ignored', async ({ app }) => {
      await registerHousehold(app);
      return ((await call(app, 'POST', '/extractions', { unit: 'household', items: ['family-name', 'household-id'], header: 'code' })).body as string).split('\r\n')[0];
    });
    expect(right).toBe('family-name,household-id');
    expect(wrong).toMatch(/^household-id,case-number,/);
  });

  it('export-drops-records (13.6.1, 13.6.2): the data set leaves out the case records', async () => {
    const counts = await both('export-drops-records', async ({ app }) => {
      const { household } = await registerHousehold(app);
      const record = await call(app, 'POST', `/households/${household.householdId}/case-records`, { recordedOn: '2026-03-20', category: 'visit', title: '定期訪問', body: '体調は良好' });
      expect(record.status).toBe(201);
      return (await call(app, 'GET', '/migration/export', undefined, 'manager')).body.caseRecords?.length ?? 0;
    });
    expect(counts).toEqual([1, 0]);
  });

  it('import-not-atomic (13.6.3): a refused import keeps the records before the faulty one', async () => {
    const source = await app13();
    await registerHousehold(source.app);
    const dataSet = (await call(source.app, 'GET', '/migration/export', undefined, 'manager')).body;
    const faulty = { ...dataSet, households: [dataSet.households[0], dataSet.households[0]] };
    const outcomes = await both('import-not-atomic', async ({ app }) => {
      for (let i = 0; i < 3; i++) await registerHousehold(app);
      const res = await call(app, 'POST', '/migration/import?mode=replace', faulty, 'manager');
      return [res.status, await householdCount(app)];
    });
    expect(outcomes).toEqual([[422, 3], [422, 1]]);
  });
});

describe('mutants of area 14 switched in the areas', () => {
  it('refused-request-writes (14.3.6): a member refused with 422 (second head) is kept', async () => {
    const outcomes = await both('refused-request-writes', async ({ app }) => {
      const { household } = await registerHousehold(app);
      const refused = await call(app, 'POST', `/households/${household.householdId}/members`, member({ birthDate: '1990-01-01' }));
      const refusedHousehold = await call(app, 'POST', '/households', householdInput({ members: [member({ birthDate: '2027-01-01' })] }));
      const members = (await call(app, 'GET', `/households/${household.householdId}`)).body.members.length;
      return [refused.status, refusedHousehold.status, members, await householdCount(app)];
    });
    expect(outcomes).toEqual([[422, 422, 1, 1], [422, 422, 2, 2]]);
  });

  it('stale-update-accepted (14.4.2): an update with an old ETag is applied', async () => {
    const outcomes = await both('stale-update-accepted', async ({ app }) => {
      const { household, etag } = await registerHousehold(app);
      const url = `/households/${household.householdId}`;
      await call(app, 'PATCH', url, { section: '第二係' }, 'caseworker', { 'if-match': etag });
      const stale = await call(app, 'PATCH', url, { section: '第三係' }, 'caseworker', { 'if-match': etag });
      return [stale.status, (await call(app, 'GET', url)).body.section];
    });
    expect(outcomes).toEqual([[412, '第二係'], [200, '第三係']]);
  });

  it('cursor-limit-ignored (14.5.1): lists answer more than the page size asked for', async () => {
    const sizes = await both('cursor-limit-ignored', async ({ app }) => {
      for (let i = 0; i < 3; i++) await registerHousehold(app);
      const households = (await call(app, 'GET', '/households?limit=2')).body;
      const audit = (await call(app, 'GET', '/audit-log?limit=1', undefined, 'manager')).body;
      return [households.items.length, households.nextCursor === null, audit.items.length];
    });
    expect(sizes[0]).toEqual([2, false, 1]);
    expect(sizes[1]).toEqual([3, true, 4]);
  });
});
