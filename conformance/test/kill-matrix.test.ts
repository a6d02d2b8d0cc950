import { describe, expect, it } from 'vitest';
import { runKillMatrix } from '../src/kill-matrix/run.ts';

/**
 * Issue #6: the whole kill matrix on every commit — the suite against the reference server once per seeded defect,
 * in each edition the defect applies to. A mutant that no check catches fails this test, naming it.
 */
describe('the kill matrix', () => {
  it('every seeded defect of the reference server is caught by the suite, in every edition it applies to', async () => {
    const matrix = await runKillMatrix();
    expect(matrix.summary.mutants).toBeGreaterThan(200);
    expect(matrix.mutants.filter((m) => !m.caught).map((m) => `${m.id}: ${Object.entries(m.editions).filter(([, o]) => !o.caught).map(([e]) => e).join(', ')}`)).toEqual([]);
    for (const row of matrix.mutants) expect(Object.keys(row.editions).length, row.id).toBeGreaterThan(0);
    // Every auto requirement of class mandatory or prohibited is targeted by a mutant (and so, above, caught).
    expect(matrix.untargeted).toEqual({ '2.0': [], '2.1': [] });
  }, 600_000);
});
