/**
 * With the kit version that recorded the run, the check lists must be exactly those the kit selects: every check
 * the recorded edition and scope select has one result, no other check has one (the engine's probe summary aside),
 * and each requirement lists the checks that verify it. A result dropped or a failing check left off a list is
 * caught here rather than silently changing a verdict.
 */
import type { Edition } from '@hogo-kit/sdk';
import type { CatalogueRequirement } from '../catalogue.ts';
import type { CheckDefinition } from '../engine/types.ts';
import { PROBE_CHECK_ID, PROBE_REQUIREMENT } from '../probe.ts';
import { selectChecks } from '../select.ts';
import { findings, type Finding } from './findings.ts';
import type { RecordedRun } from './recompute.ts';

export function crossCheckLists(run: RecordedRun, registry: readonly CheckDefinition[], all: readonly CatalogueRequirement[], inScope: readonly CatalogueRequirement[]): Finding[] {
  const problems: Finding[] = [];
  const selected = selectChecks(registry, run.edition as Edition, all, inScope);
  const recordedIds = new Set(run.checks.map((c) => c.checkId));
  const selectedIds = new Set(selected.map((c) => c.id));
  for (const c of selected) if (!recordedIds.has(c.id)) problems.push(findings.resultMissing(c.id));
  for (const id of recordedIds) if (!selectedIds.has(id) && id !== PROBE_CHECK_ID) problems.push(findings.resultExtra(id));

  const verifies = new Map<string, readonly string[]>([...selected.map((c): [string, readonly string[]] => [c.id, c.verifies]), [PROBE_CHECK_ID, [PROBE_REQUIREMENT]]]);
  for (const q of run.requirements) {
    const expected = new Set(run.checks.filter((c) => (verifies.get(c.checkId) ?? []).includes(q.id)).map((c) => c.checkId));
    const listed = new Set(q.checks.map((c) => c.id));
    const missing = [...expected].filter((id) => !listed.has(id));
    const extra = [...listed].filter((id) => !expected.has(id));
    if (missing.length > 0 || extra.length > 0) problems.push(findings.checkList(q.id, missing, extra));
  }
  return problems;
}
