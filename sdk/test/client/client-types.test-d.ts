import { describe, expectTypeOf, it } from 'vitest';
import { createHogoClient } from '../../src/client/index.ts';
import type { components as Components20 } from '../../src/generated/openapi-20.ts';
import type { components } from '../../src/generated/openapi-21.ts';

type Household = components['schemas']['Household'];
const client = createHogoClient({ baseUrl: 'https://hogo.test/api' });

describe('client types', () => {
  it('types call() by operationId: inputs in, success body out', async () => {
    expectTypeOf(client.call('getHousehold', { path: { householdId: 'H1' } })).resolves.toEqualTypeOf<Household>();
    expectTypeOf(client.call('listHouseholds')).resolves.toHaveProperty('nextCursor');
    expectTypeOf(client.call('updateHousehold', { path: { householdId: 'H1' }, body: { section: 'A' } })).resolves.toEqualTypeOf<Household>();
    // @ts-expect-error grade must be one of the 級地 codes
    void client.call('updateHousehold', { path: { householdId: 'H1' }, body: { grade: '9-9' } });
    // @ts-expect-error the path parameter is required
    void client.call('getHousehold');
    // @ts-expect-error no such operation
    void client.call('getNothing');
    // @ts-expect-error a creating request needs its body
    void client.call('createHousehold', {});
  });

  it('types paginate() items by operationId or path', () => {
    expectTypeOf(client.paginate('listHouseholds')).toEqualTypeOf<AsyncGenerator<Household, void, undefined>>();
    expectTypeOf(client.paginate('/households', { query: { limit: 10 } })).toEqualTypeOf<AsyncGenerator<Household, void, undefined>>();
    expectTypeOf(client.paginate('listCaseRecords', { path: { householdId: 'H1' } })).not.toBeAny();
    // @ts-expect-error the household is required
    void client.paginate('listCaseRecords');
    // @ts-expect-error getHousehold is not a list
    void client.paginate('getHousehold', { path: { householdId: 'H1' } });
  });

  it('keeps openapi-fetch methods typed, with If-Match optional', () => {
    const patched = client.PATCH('/households/{householdId}', { params: { path: { householdId: 'H1' } }, body: { section: 'A' } });
    expectTypeOf(patched).resolves.toHaveProperty('data');
    // @ts-expect-error unknown path
    void client.GET('/nowhere');
  });

  it('selects the types of the edition', () => {
    const old = createHogoClient({ baseUrl: 'https://hogo.test/api', edition: '2.0' });
    expectTypeOf(old.edition).toEqualTypeOf<'2.0'>();
    expectTypeOf(old.call('getHousehold', { path: { householdId: 'H1' } })).resolves.toEqualTypeOf<Components20['schemas']['Household']>();
    // @ts-expect-error the role must be one of the role codes
    void client.as('janitor');
  });
});
