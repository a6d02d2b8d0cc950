import { describe, expectTypeOf, it } from 'vitest';
import type { AdapterInput, HogoAdapter, RequestBody, SuccessBody } from '../src/adapter/types.ts';
import type { operations } from '../src/generated/openapi-21.ts';

describe('adapter types', () => {
  it('derive path parameters, bodies and success bodies from the spec', () => {
    expectTypeOf<AdapterInput<operations['getHousehold']>['path']>().toEqualTypeOf<{ householdId: string }>();
    expectTypeOf<RequestBody<operations['createHousehold']>>().toHaveProperty('members');
    expectTypeOf<SuccessBody<operations['createHousehold']>>().toHaveProperty('householdId');
    expectTypeOf<AdapterInput<operations['listHouseholds']>['query']>().toHaveProperty('limit');
    expectTypeOf<AdapterInput<operations['listHouseholds']>['query']['assignedCaseworker']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<AdapterInput<operations['getHousehold']>['query']>().toEqualTypeOf<Record<string, never>>();
  });

  it('refuses a wrong request body', () => {
    // @ts-expect-error grade must be one of the 級地 codes
    const body: RequestBody<operations['createHousehold']> = { lgCode: '131016', address: { lgCode: '131016', text: 'x' }, grade: '9-9', winterRegion: 'VI', members: [] };
    expectTypeOf(body).not.toBeAny();
  });

  it('has one method per operation', () => {
    expectTypeOf<keyof HogoAdapter>().toEqualTypeOf<keyof operations>();
  });
});
