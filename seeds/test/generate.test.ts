import { describe, expect, it } from 'vitest';
import { generateHouseholds, prng, seedGenerated } from '../src/index.ts';
import { fakeApi } from './support/fake-api.ts';
import { householdTypeOf } from './support/household-type.ts';
import { requestBodyErrors } from './support/schemas.ts';

const TODAY = '2026-04-01';

describe('generated:<N>', () => {
  it('is deterministic: same N and seed → same data; another seed → other data', () => {
    expect(generateHouseholds(200, { seed: 5, today: TODAY })).toEqual(generateHouseholds(200, { seed: 5, today: TODAY }));
    expect(generateHouseholds(200, { seed: 6, today: TODAY })).not.toEqual(generateHouseholds(200, { seed: 5, today: TODAY }));
    expect(generateHouseholds(50, { seed: 5, today: TODAY })).toEqual(generateHouseholds(200, { seed: 5, today: TODAY }).slice(0, 50));
    expect(Array.from({ length: 3 }, prng(9))).toEqual(Array.from({ length: 3 }, prng(9)));
  });

  it('makes bodies valid against the schemas of both editions and covers every 世帯類型', () => {
    const households = generateHouseholds(300, { seed: 11, today: TODAY });
    for (const edition of ['2.0', '2.1'] as const) {
      const errors = requestBodyErrors(edition);
      for (const h of households) expect(errors('createHousehold', h.body)).toEqual([]);
    }
    const types = new Set(households.map((h) => householdTypeOf(h.body as never, TODAY)));
    expect([...types].sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('loads through the API the same calls for the same seed, each body valid', async () => {
    const calls = async () => {
      const api = fakeApi();
      const report = await seedGenerated(api, 40, { seed: 2, today: TODAY });
      expect(report.failed).toEqual([]);
      return api.calls;
    };
    const first = await calls();
    expect(await calls()).toEqual(first);
    expect(first.filter((c) => c.operationId === 'createHousehold')).toHaveLength(40);
    expect(first.some((c) => c.operationId === 'decideApplication')).toBe(true);
    const errors = requestBodyErrors('2.1');
    for (const c of first) expect(errors(c.operationId, c.input.body)).toEqual([]);
  });
});
