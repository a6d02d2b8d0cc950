import { describe, expect, it } from 'vitest';
import { appFor, calc, FIXTURES, fixtureDifferences } from '../support/04-calculation.ts';

describe('04 保護費算定: every fixture of kijun/fixtures.yaml through calculateMinimumCost', () => {
  for (const edition of ['2.0', '2.1'] as const) {
    describe(`edition ${edition}`, () => {
      it('holds the four worked fixtures F1–F4 and the derived and refusal vectors', () => {
        const ids = FIXTURES[edition].map((f) => f.id);
        expect(ids).toEqual(expect.arrayContaining(['F1', 'F2', 'F3', 'F4', 'D1', 'R1', 'R5']));
      });
      for (const fixture of FIXTURES[edition]) {
        it(`${fixture.id} (${fixture.requirements.join(', ')})`, async () => {
          const { app, store, faults } = await appFor({ edition });
          const before = JSON.stringify(store.snapshot());
          const res = await calc(app, fixture.input);
          expect(fixtureDifferences(res.statusCode, res.json(), fixture.expected)).toEqual([]);
          expect(faults).toEqual([]);
          // 04.5.8: a trial calculation stores nothing.
          expect(JSON.stringify(store.snapshot())).toBe(before);
        });
      }
    });
  }
});
