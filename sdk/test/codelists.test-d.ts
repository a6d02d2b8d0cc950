import { describe, expectTypeOf, it } from 'vitest';
import { codeLists, type KyuchiCode, type FujoTypeCode } from '../src/generated/codelists-21.ts';

describe('code list types', () => {
  it('are unions of the codes, with labels at run time', () => {
    expectTypeOf<KyuchiCode>().toEqualTypeOf<'1-1' | '1-2' | '2-1' | '2-2' | '3-1' | '3-2'>();
    expectTypeOf<'01'>().toMatchTypeOf<FujoTypeCode>();
    expectTypeOf(codeLists.kyuchi.codes['1-1'].ja).toEqualTypeOf<'1級地-1'>();
    // @ts-expect-error 4-1 is not a 級地
    const bad: KyuchiCode = '4-1';
    expectTypeOf(bad).not.toBeAny();
  });
});
