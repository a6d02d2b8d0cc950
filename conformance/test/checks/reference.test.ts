import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/checks/index.ts';
import type { CheckDefinition } from '../../src/engine/types.ts';
import { flowsOf } from '../../src/catalogue.ts';
import { operationMatcher } from '../../src/engine/contract.ts';
import { flowCoverage } from '../../src/engine/flows.ts';
import { BASE_URL, runAgainstReference, summary } from '../support/reference.ts';

const byId = (id: string): CheckDefinition => {
  const check = allChecks().find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
};

describe.each(['2.1', '2.0'] as const)('every check against the unmodified reference server (edition %s)', (edition) => {
  it('passes (or is omitted as belonging to another edition)', async () => {
    const results = await runAgainstReference(allChecks(), edition);
    const ran = results.filter((r) => r.status !== 'omit');
    expect(ran.length).toBeGreaterThan(100);
    expect(ran.filter((r) => r.status !== 'pass').map(summary)).toEqual([]);
    // Only checks of other editions are omitted.
    for (const r of results.filter((x) => x.status === 'omit')) expect(byId(r.checkId).editions).not.toContain(edition);
    // Every legal transition of every flow exercised, every illegal one seen refused (the report's flow coverage).
    const coverage = flowCoverage(flowsOf(edition), results, operationMatcher(edition, BASE_URL));
    expect(coverage.flatMap((f) => [...f.legal.filter((t) => t.exercisedBy.length === 0).map((t) => `${f.id}: ${t.id}`), ...f.illegal.filter((p) => p.refusedBy.length === 0).map((p) => `${f.id}: ${p.state} + ${p.operation}`)])).toEqual([]);
  }, 120_000);
});

describe('the checks can fail: each seeded defect is caught by the check of its requirement', () => {
  const cases = [
    { mutant: 'my-number-unmasked', check: 'data.my-number-hidden-from-other-roles', says: /individual number/ },
    { mutant: 'names-normalised', check: 'data.names-kept-exactly', says: /U\+20BB7 .*→ .*U\+5409|U\+FA19 .*→ .*U\+795E|U\+E0100/ },
    { mutant: 'stale-update-accepted', check: 'concurrency.household-update-if-match', says: /stale version/ },
  ];

  it.each(cases)('$mutant fails $check', async ({ mutant, check, says }) => {
    const [result] = await runAgainstReference([byId(check)], '2.1', { mutant });
    expect(result?.status, result && summary(result)).toBe('fail');
    expect(result?.message?.en).toMatch(says);
    expect(result?.message?.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  });

  it('my-number-unmasked leaves the other checks passing (the defect is caught where it is)', async () => {
    const others = allChecks().filter((c) => c.id.startsWith('data.') && c.id !== 'data.my-number-hidden-from-other-roles');
    const results = await runAgainstReference(others, '2.1', { mutant: 'my-number-unmasked' });
    expect(results.filter((r) => r.status !== 'pass').map(summary)).toEqual([]);
  });

  it('system-admin-has-case-roles fails the 403 check of a household read', async () => {
    const [result] = await runAgainstReference([byId('auth.forbidden.get-household')], '2.1', { mutant: 'system-admin-has-case-roles' });
    expect(result?.status, result && summary(result)).toBe('fail');
    expect(result?.message?.en).toMatch(/system-admin: status 200|system-admin: status 404/);
  });
});
