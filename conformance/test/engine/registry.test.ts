import { describe, expect, it } from 'vitest';
import { CheckRegistry, defineCheck } from '../../src/engine/registry.ts';

const check = (id: string, verifies = ['13.1.1']) => defineCheck({ id, title: { ja: '検査', en: 'check' }, verifies, run: async () => {} });

describe('check registry', () => {
  it('registers checks by id and refuses a duplicate', () => {
    const registry = new CheckRegistry([check('data.household-create')]);
    expect(registry.get('data.household-create')?.verifies).toEqual(['13.1.1']);
    expect(() => registry.register(check('data.household-create'))).toThrow(/Duplicate check id/);
  });

  it('refuses an id that is not kebab-case and a check that verifies nothing', () => {
    expect(() => check('Household Create')).toThrow(/kebab-case/);
    expect(() => check('data.nothing', [])).toThrow(/verifies no requirement/);
  });
});
