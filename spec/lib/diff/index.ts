import type { EditionBundle } from '../bundle/types.ts';
import { STANDARD_ID } from '../editions.ts';
import { diffCodeLists, diffFlows, diffSchemas } from './data.ts';
import { computeImpact } from './impact.ts';
import { diffOpenApi } from './openapi.ts';
import { diffRequirements } from './requirements.ts';
import { RULES } from './rules.ts';
import { SECTIONS, SEVERITIES, type Change, type DiffOptions, type DiffReport, type Severity } from './types.ts';

function tally(changes: Change[]): DiffReport['summary'] {
  const zero = () => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const summary = { ...Object.fromEntries(SECTIONS.map((s) => [s, zero()])), total: zero() } as DiffReport['summary'];
  for (const c of changes) {
    summary[c.section][c.severity]++;
    summary.total[c.severity]++;
  }
  return summary;
}

/**
 * Everything that differs between two edition bundles, each change classified by a rule of `RULES`,
 * with the re-test impact (exact checks when `options.checks` is given).
 */
export function diffEditions(from: EditionBundle, to: EditionBundle, options: DiffOptions = {}): DiffReport {
  const changes = [
    ...diffRequirements(from, to),
    ...diffOpenApi(from.openapi, to.openapi),
    ...diffSchemas(from, to),
    ...diffCodeLists(from, to),
    ...diffFlows(from, to),
  ];
  return {
    format: 'hogo-spec-diff/1',
    standard: STANDARD_ID,
    from: from.edition,
    to: to.edition,
    separateSources: options.separateSources ?? false,
    summary: tally(changes),
    rules: [...RULES],
    changes,
    impact: computeImpact(from, to, changes, options.checks),
  };
}

/** True when the report holds a change at the level `--fail-on` names. */
export function failsOn(report: DiffReport, level: 'breaking' | 'any' | 'none'): boolean {
  if (level === 'none') return false;
  const { total } = report.summary;
  return level === 'breaking' ? total.breaking > 0 : total.breaking + total['non-breaking'] + total.review > 0;
}


export { RULES, CLASS_CHANGES } from './rules.ts';
export { checkApplies } from './impact.ts';
export { parseChecks } from './checks.ts';
export { renderMarkdown, type Lang } from './markdown.ts';
export type * from './types.ts';
