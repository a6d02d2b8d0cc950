import { describe, expect, it } from 'vitest';
import { checks_a1314 } from '../../../src/checks/areas/13-14/index.ts';
import type { CheckDefinition } from '../../../src/engine/types.ts';
import { runAgainstReference, summary } from '../../support/reference.ts';

const checks = checks_a1314();
const byId = (id: string): CheckDefinition => {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
};

describe.each(['2.1', '2.0'] as const)('the checks of areas 13–14 against the unmodified reference server (edition %s)', (edition) => {
  it('pass (or are omitted as belonging to another edition)', async () => {
    const results = await runAgainstReference(checks, edition);
    expect(results.filter((r) => r.status !== 'pass' && r.status !== 'omit').map(summary)).toEqual([]);
    for (const r of results.filter((x) => x.status === 'omit')) expect(byId(r.checkId).editions).not.toContain(edition);
  }, 60_000);
});

describe('each seeded defect of areas 13–14 is caught', () => {
  const cases: { mutant: string; check: string; expect?: string }[] = [
    { mutant: 'two-heads-accepted', check: 'data.one-head-of-household' },
    { mutant: 'refused-request-writes', check: 'data.one-head-of-household' },
    { mutant: 'audit-entry-skipped', check: 'audit.access-logged' },
    { mutant: 'audit-chain-broken', check: 'audit.hash-chain' },
    { mutant: 'audit-chain-broken', check: 'audit.verification' },
    { mutant: 'cursor-limit-ignored', check: 'common.cursor-pagination' },
    { mutant: 'double-payment-on-retry', check: 'common.idempotent-retries' },
    { mutant: 'import-not-atomic', check: 'data.migration-import-all-or-nothing' },
    { mutant: 'declaration-unknown-option', check: 'common.declaration-served' },
  ];

  it.each(cases)('$mutant → $check', async ({ mutant, check, expect: expected }) => {
    const [result] = await runAgainstReference([byId(check)], '2.1', { mutant });
    expect(result?.status, result && summary(result)).toBe(expected ?? 'fail');
    if (expected === undefined) expect(result?.message?.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  }, 30_000);
});
