import type { RunReport } from './run.ts';

/**
 * A run report without what changes from run to run (times, durations, ids of the fixtures made, the evidence,
 * the target's address): what a reviewer should see change in a diff when the suite or the reference server changes
 * on purpose — the verdict per requirement, the result per check, the tallies and the flow coverage.
 */
export interface GoldenReport {
  format: 'hogo-kit-golden-run/1';
  edition: string;
  conformant: boolean;
  byClass: RunReport['summary']['byClass'];
  requirements: Record<string, string>;
  checks: Record<string, string>;
  flows: Record<string, RunReport['flows'][number]['summary']>;
}

export function goldenOf(report: RunReport): GoldenReport {
  const sorted = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  return {
    format: 'hogo-kit-golden-run/1',
    edition: report.edition,
    conformant: report.summary.conformant,
    byClass: report.summary.byClass,
    requirements: sorted(report.requirements.map((r) => [r.id, r.verdict])),
    checks: sorted(report.checks.map((c) => [c.checkId, c.status])),
    flows: sorted(report.flows.map((f) => [f.id, f.summary])),
  };
}
