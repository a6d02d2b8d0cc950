import { describe, expectTypeOf, it } from 'vitest';
import type { HogoAdapter } from '../../src/adapter/types.ts';
import { createLegacyAdapter, type LegacyOperations } from '../../examples/legacy-adapter/adapter.ts';
import type { Grade, Relationship } from '../../examples/legacy-adapter/codes.ts';
import type { KyuchiKbn, ZokugaraCd } from '../../examples/legacy-adapter/legacy-model.ts';
import { householdFromRows, memberFromRow } from '../../examples/legacy-adapter/mapping.ts';

describe('legacy adapter types', () => {
  it('implement the standard operations they claim', () => {
    expectTypeOf(createLegacyAdapter()).toMatchTypeOf<Pick<HogoAdapter, LegacyOperations>>();
  });

  it('refuse a code table that maps to a code the standard does not have, or misses one', () => {
    // @ts-expect-error '1-3' is not a 級地
    const wrong = { '11': '1-3', '12': '1-2', '21': '2-1', '22': '2-2', '31': '3-1', '32': '3-2' } as const satisfies Record<KyuchiKbn, Grade>;
    // @ts-expect-error 同居人 (80) is missing
    const missing = { '00': '01', '11': '02', '12': '02', '20': '03', '31': '04', '32': '05', '40': '06', '50': '07', '60': '08', '70': '09', '90': '99' } as const satisfies Record<ZokugaraCd, Relationship>;
    expectTypeOf(wrong).not.toBeAny();
    expectTypeOf(missing).not.toBeAny();
  });

  it('refuse an operation answering with the wrong resource', () => {
    const adapter = {
      // @ts-expect-error getMember answers a Member, not a Household
      async getMember() { return householdFromRows(null!, []); },
      async getHousehold() { return householdFromRows(null!, []); },
    } satisfies Pick<HogoAdapter, 'getMember' | 'getHousehold'>;
    const member = {
      // @ts-expect-error a Member lacks the household's items
      async getHousehold() { return memberFromRow(null!); },
    } satisfies Pick<HogoAdapter, 'getHousehold'>;
    expectTypeOf(adapter).not.toBeAny();
    expectTypeOf(member).not.toBeAny();
  });
});
