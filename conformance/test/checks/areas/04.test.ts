import { describe, expect, it } from 'vitest';
import { checks_a04 } from '../../../src/checks/areas/04/index.ts';
import type { CheckDefinition } from '../../../src/engine/types.ts';
import { runChecks } from '../../../src/engine/runner.ts';
import type { Edition, FetchLike } from '@hogo-kit/sdk';
import type { AppOptions } from '@hogo-kit/reference-server';
import { referenceTarget, summary } from '../../support/reference.ts';

/**
 * The options the checks of area 04 verify (declared for these runs, as a system declaring them would), and 02.6.1
 * (electronic income reports), which calculation.case.income-from-income-reports also takes into a calculation.
 */
const OPTIONS = ['04.3.7', '04.5.6', '02.6.1'];

/** A defect no mutant seeds, made in front of the reference server: the fetch answers instead of it. */
type Tamper = (request: Request, next: FetchLike) => Promise<Response>;

async function run(checks: readonly CheckDefinition[], edition: Edition, options: AppOptions = {}, tamper?: Tamper, declared: readonly string[] = OPTIONS) {
  const target = await referenceTarget(edition, options);
  const fetch: FetchLike = tamper ? (request) => tamper(request, target.fetch) : target.fetch;
  try {
    return await runChecks(checks, { edition, clientFor: target.clientFor, fetch, declared: new Set(declared), concurrency: 8, timeoutMs: 20_000 });
  } finally {
    await target.close();
  }
}

const byId = (id: string): CheckDefinition => {
  const check = checks_a04().find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
};

describe.each(['2.1', '2.0'] as const)('area 04 checks against the unmodified reference server (edition %s)', (edition) => {
  it('pass (or are omitted as belonging to another edition)', async () => {
    const results = await run(checks_a04(), edition);
    expect(results.filter((r) => r.status !== 'pass' && r.status !== 'omit').map(summary)).toEqual([]);
    for (const r of results.filter((x) => x.status === 'omit')) expect(byId(r.checkId).editions).not.toContain(edition);
  }, 60_000);
});

describe('an undeclared option is skipped, not failed', () => {
  it.each([
    { edition: '2.1' as const, check: 'calculation.housing-special-ceiling' },
    { edition: '2.0' as const, check: 'calculation.housing-special-ceiling' },
    { edition: '2.0' as const, check: 'calculation.case.difference-from-previous' },
  ])('$check skips in $edition without a declaration', async ({ edition, check }) => {
    const [result] = await run([byId(check)], edition, {}, undefined, []);
    expect(result?.status, result && summary(result)).toBe('skip');
  });

  it('calculation.case.difference-from-previous runs undeclared in 2.1 (mandatory there)', async () => {
    const [result] = await run([byId('calculation.case.difference-from-previous')], '2.1', {}, undefined, []);
    expect(result?.status, result && summary(result)).toBe('pass');
  });
});

describe('defects no mutant seeds (made in front of the reference server) are caught', () => {
  const cases: { name: string; check: string; says: RegExp; tamper: Tamper }[] = [
    {
      name: 'a stored calculation can be deleted',
      check: 'calculation.case.stored-never-changes',
      says: /DELETE .* was accepted/,
      tamper: (request, next) => (request.method === 'DELETE' && new URL(request.url).pathname.startsWith('/calculations/') ? Promise.resolve(new Response(null, { status: 204 })) : next(request)),
    },
    {
      name: 'effectiveOn is ignored',
      check: 'calculation.tables.effective-on',
      says: /not in force that day/,
      tamper: (request, next) => {
        const url = new URL(request.url);
        if (!url.pathname.endsWith('/standard-tables') || !url.searchParams.has('effectiveOn')) return next(request);
        url.searchParams.delete('effectiveOn');
        return next(new Request(url, request));
      },
    },
    {
      name: 'tables have no provenance',
      check: 'calculation.tables.provenance',
      says: /no provenance|reKeyedFromOfficial/,
      tamper: async (request, next) => {
        const response = await next(request);
        if (!new URL(request.url).pathname.includes('/standard-tables/') || response.status !== 200) return response;
        const body = (await response.json()) as Record<string, unknown>;
        return Response.json({ ...body, provenance: { label: 'T', source: 'x', note: { ja: 'x', en: 'x' } } }, { status: 200, headers: response.headers });
      },
    },
  ];

  it.each(cases)('$name fails $check', async ({ check, says, tamper }) => {
    const [result] = await run([byId(check)], '2.1', {}, tamper);
    expect(result?.status, result && summary(result)).toBe('fail');
    expect(result?.message?.en).toMatch(says);
  });
});

describe('each seeded defect of area 04 is caught by a check of its requirements', () => {
  const cases: { mutant: string; check: string; says: RegExp; editions?: Edition[] }[] = [
    { mutant: 'table-substitution', check: 'calculation.missing-table-refused', says: /substituted/ },
    { mutant: 'wrong-reduction-rate', check: 'calculation.livelihood', says: /class1/ },
    { mutant: 'winter-addition-all-year', check: 'calculation.livelihood', says: /D6b.*winter/ },
    { mutant: 'disability-and-single-parent-both', check: 'calculation.additions', says: /D8/ },
    { mutant: 'housing-ceiling-ignored', check: 'calculation.housing-ceiling', says: /rent/ },
    { mutant: 'earned-income-deduction-skipped', check: 'calculation.income-recognition', says: /F2/ },
    { mutant: 'negative-payment', check: 'calculation.payment', says: /F3.*payment/ },
    { mutant: 'income-report-deductions-dropped', check: 'calculation.case.income-from-income-reports', says: /taking the report: gross income, deductions/, editions: ['2.1'] },
    { mutant: 'standard-tables-list-current-only', check: 'calculation.tables.listed', says: /used by F1 is not listed/ },
    { mutant: 'tables-effective-on-start-only', check: 'calculation.tables.effective-on', says: /not in force that day/ },
    { mutant: 'table-provenance-source-empty', check: 'calculation.tables.provenance', says: /no source/ },
    { mutant: 'table-period-end-shown-as-next-start', check: 'calculation.tables.no-overlapping-periods', says: /overlaps/ },
    { mutant: 'table-last-day-excluded', check: 'calculation.tables-in-force-on-date', says: /D4a.*status 422/ },
    { mutant: 'standard-lower-counted', check: 'calculation.livelihood', says: /F1.*standard/ },
    { mutant: 'special-addition-per-household', check: 'calculation.livelihood', says: /D7.*specialAddition/ },
    { mutant: 'winter-addition-region-ignored', check: 'calculation.livelihood', says: /D1.*winter/ },
    { mutant: 'year-end-in-winter-season', check: 'calculation.livelihood', says: /D6a.*status 422/ },
    { mutant: 'disability-degree-codes-swapped', check: 'calculation.additions', says: /D8.*addition\/03/ },
    { mutant: 'single-parent-by-household-size', check: 'calculation.additions', says: /D7.*addition\/02/ },
    { mutant: 'child-rearing-until-junior-high', check: 'calculation.additions', says: /D17.*addition\/07 \(b\)/ },
    { mutant: 'pregnancy-status-ignored', check: 'calculation.additions', says: /D9.*addition\/01/ },
    { mutant: 'education-actual-costs-dropped', check: 'calculation.education-and-schooling', says: /D17.*educationActual/ },
    { mutant: 'high-school-study-as-education', check: 'calculation.education-and-schooling', says: /D17.*assistance 07/ },
    { mutant: 'actual-costs-not-counted', check: 'calculation.actual-costs', says: /D15.*assistance 04/ },
    { mutant: 'minor-deduction-under-18', check: 'calculation.income-recognition', says: /D12.*03:/ },
    { mutant: 'earned-income-expenses-ignored', check: 'calculation.income-recognition', says: /D10.*11:/ },
    { mutant: 'other-income-not-recognised', check: 'calculation.income-recognition', says: /D13.*other 30,000/ },
    { mutant: 'tables-used-livelihood-only', check: 'calculation.breakdown-and-tables-used', says: /tablesUsed differs/ },
    { mutant: 'case-registered-rent-ignored', check: 'calculation.case.from-registered-household', says: /F1's household: .*assistance 03/ },
    { mutant: 'case-calculation-list-misses-newest', check: 'calculation.case.from-registered-household', says: /does not list/ },
    { mutant: 'recalculation-overwrites-previous', check: 'calculation.case.stored-never-changes', says: /same calculationId/ },
    { mutant: 'difference-from-previous-reversed', check: 'calculation.case.difference-from-previous', says: /differenceFromPrevious/ },
    { mutant: 'exclusion-not-reported', check: 'calculation.trial-excluding-components', says: /complete true instead of false/ },
    { mutant: 'trial-calculation-needs-household', check: 'calculation.without-household', says: /status 422/ },
  ];

  it.each(cases)('$mutant fails $check', async ({ mutant, check, says, editions }) => {
    for (const edition of editions ?? (['2.1', '2.0'] as const)) {
      const [result] = await run([byId(check)], edition, { mutant });
      expect(result?.status, result && summary(result)).toBe('fail');
      expect(result?.message?.en).toMatch(says);
      expect(result?.message?.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
  }, 30_000);
});
