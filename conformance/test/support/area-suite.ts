import { EDITIONS, type Edition } from '@hogo-kit/sdk';
import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../src/engine/types.ts';
import { runAgainstReference, summary } from './reference.ts';

/** A seeded defect of the reference server and the check that must fail under it (`says`: its English reason). */
export interface MutantCase {
  mutant: string;
  check: string;
  says?: RegExp;
  /** Editions to try it in (default: every edition the check applies to). */
  editions?: Edition[];
}

const appliesTo = (check: CheckDefinition, edition: Edition) => !check.editions || check.editions.includes(edition);

/**
 * The two tests every group of checks gets: all of them pass against the unmodified reference server of each
 * edition (a check that fails there is a defect of the check or of the server), and each listed mutant makes its
 * check fail, with a reason in Japanese — a check is trusted only once it has been seen to fail.
 */
export function describeChecks(label: string, checks: readonly CheckDefinition[], mutants: readonly MutantCase[]): void {
  const byId = (id: string): CheckDefinition => {
    const check = checks.find((c) => c.id === id);
    if (!check) throw new Error(`no check ${id} in ${label}`);
    return check;
  };
  describe(`${label}: against the unmodified reference server`, () => {
    it.each([...EDITIONS])('every check of edition %s passes', async (edition) => {
      const applicable = checks.filter((c) => appliesTo(c, edition));
      const results = await runAgainstReference(applicable, edition);
      expect(results.filter((r) => r.status !== 'pass').map(summary)).toEqual([]);
      expect(results).toHaveLength(applicable.length);
    }, 60_000);
  });
  if (mutants.length === 0) return;
  describe(`${label}: each seeded defect is caught`, () => {
    it.each(mutants.map((m) => ({ ...m, name: `${m.mutant} fails ${m.check}` })))('$name', async ({ mutant, check, says, editions }) => {
      const definition = byId(check);
      const tried = (editions ?? [...EDITIONS]).filter((e) => appliesTo(definition, e));
      expect(tried.length, `${check} applies to none of the editions given`).toBeGreaterThan(0);
      for (const edition of tried) {
        const [result] = await runAgainstReference([definition], edition, { mutant });
        expect(result?.status, result && `${edition}: ${summary(result)}`).toBe('fail');
        expect(result?.message?.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
        if (says) expect(result?.message?.en).toMatch(says);
      }
    }, 60_000);
  });
}
