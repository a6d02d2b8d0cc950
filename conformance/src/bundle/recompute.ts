/**
 * Recomputes every verdict of a recorded run from what it recorded — the check results (report.json `checks`),
 * each requirement's check list, the requirement classes of the kit's catalogue for the recorded edition and the
 * declared options — with the engine's own scoreRequirement and overallVerdict, and says where the recorded
 * verdicts do not follow. Undeclared options are judged from their probe checks as probe.ts judges them.
 */
import { isEdition } from '@hogo-kit/sdk';
import kit from '../../package.json' with { type: 'json' };
import { requirementsOf, type CatalogueRequirement } from '../catalogue.ts';
import { allChecks } from '../checks/index.ts';
import { overallVerdict } from '../engine/overall.ts';
import type { CheckDefinition, CheckResult, ResultStatus, Verdict } from '../engine/types.ts';
import { scoreRequirement, type RequirementClass } from '../engine/verdicts.ts';
import { PROBE_CHECK_ID, PROBE_REQUIREMENT, type Probe } from '../probe.ts';
import { requirementsInScope } from '../select.ts';
import { crossCheckLists } from './lists.ts';
import { findings, type Finding } from './findings.ts';

/** The parts of report.json the recomputation reads. */
export interface RecordedRun {
  kit: { version: string };
  edition: string;
  declaration: { options: string[] } | null;
  scope: { areas: string[]; requirements: string[] };
  summary: { conformant: boolean; byClass?: Record<string, unknown> };
  requirements: { id: string; class: RequirementClass; verdict: Verdict; checks: { id: string; status: ResultStatus }[] }[];
  checks: CheckResult[];
}

export interface Recomputation {
  problems: Finding[];
  warnings: Finding[];
  /** The overall verdict the recorded results give (undefined when the report could not be read that far). */
  conformant?: boolean;
}

/** Whether a parsed report.json has what the recomputation needs (else: why not). */
export function recordedRunShape(value: unknown): string | undefined {
  const r = value as Partial<RecordedRun> | null;
  if (typeof r !== 'object' || r === null) return 'not an object';
  if (typeof r.edition !== 'string' || !isEdition(r.edition)) return `unknown edition ${JSON.stringify(r.edition)}`;
  if (!Array.isArray(r.requirements) || !Array.isArray(r.checks) || typeof r.summary !== 'object' || r.summary === null) return 'requirements, checks or summary missing';
  if (!r.requirements.every((q) => typeof q?.id === 'string' && Array.isArray(q.checks))) return 'a requirement without id or checks';
  if (!r.checks.every((c) => typeof c?.checkId === 'string' && typeof c.status === 'string')) return 'a check result without checkId or status';
  return undefined;
}

export function recomputeRun(run: RecordedRun, registry: readonly CheckDefinition[] = allChecks()): Recomputation {
  const problems: Finding[] = [];
  const warnings: Finding[] = [];
  const edition = run.edition as '2.0' | '2.1';
  const all = requirementsOf(edition);
  let inScope: CatalogueRequirement[];
  try {
    inScope = requirementsInScope(all, run.scope ?? {});
  } catch (error) {
    return { problems: [findings.reportUnreadable((error as Error).message)], warnings };
  }

  const results = new Map<string, CheckResult>();
  for (const r of run.checks) {
    if (results.has(r.checkId)) problems.push(findings.resultDuplicate(r.checkId));
    results.set(r.checkId, r);
  }
  const sameKit = run.kit?.version === kit.version;
  if (sameKit) problems.push(...crossCheckLists(run, registry, all, inScope));
  else warnings.push(findings.kitVersion(String(run.kit?.version), kit.version));
  const known = new Set([...registry.map((c) => c.id), PROBE_CHECK_ID]);
  for (const id of results.keys()) if (!known.has(id)) warnings.push(findings.unknownCheck(id));

  const recorded = new Map(run.requirements.map((q) => [q.id, q]));
  const inScopeIds = new Set(inScope.map((r) => r.id));
  for (const q of run.requirements) if (!inScopeIds.has(q.id)) problems.push(findings.requirementExtra(q.id));

  const declared = new Set(run.declaration?.options ?? []);
  const probes = probesOf(run, registry, all, inScope, declared, results);
  const scored = inScope.map((r) => {
    const q = recorded.get(r.id);
    const listed: CheckResult[] = [];
    for (const c of q?.checks ?? []) {
      const result = results.get(c.id);
      if (!result) problems.push(findings.checkUnrecorded(r.id, c.id));
      else {
        if (c.status !== result.status) problems.push(findings.checkStatus(r.id, c.id, c.status, result.status));
        listed.push(result);
      }
    }
    const verdict = scoreRequirement({ requirement: r, results: listed, declared: declared.has(r.id), probe: probes.get(r.id) ?? 'unknown' });
    if (!q) problems.push(findings.requirementMissing(r.id));
    else {
      if (q.class !== r.class) problems.push(findings.requirementClass(r.id, q.class, r.class));
      if (q.verdict !== verdict.verdict) problems.push(findings.requirementVerdict(r.id, q.verdict, verdict.verdict));
    }
    return verdict;
  });

  const overall = overallVerdict(scored);
  if (run.summary.conformant !== overall.conformant) problems.push(findings.overall(run.summary.conformant, overall.conformant));
  for (const [cls, tally] of Object.entries(overall.byClass)) {
    const recordedTally = run.summary.byClass?.[cls];
    if (recordedTally !== undefined && JSON.stringify(sorted(recordedTally)) !== JSON.stringify(sorted(tally))) problems.push(findings.tally(cls));
  }
  return { problems, warnings, conformant: overall.conformant };
}

const sorted = (value: unknown) => (typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value);

/**
 * What probe.ts found for each undeclared option, from the recorded results of its probe checks (those needing
 * nothing and verifying only options of the probed scope): all passing → present, any failing → absent, else
 * unknown. Without a declaration nothing was probed.
 */
function probesOf(run: RecordedRun, registry: readonly CheckDefinition[], all: readonly CatalogueRequirement[], inScope: readonly CatalogueRequirement[], declared: ReadonlySet<string>, results: ReadonlyMap<string, CheckResult>): Map<string, Probe> {
  const probes = new Map<string, Probe>();
  if (run.declaration === null || run.declaration === undefined) return probes;
  const scope = inScope.some((r) => r.id === PROBE_REQUIREMENT) ? all : inScope;
  const options = new Set(scope.filter((r) => r.class === 'option').map((r) => r.id));
  const undeclared = [...options].filter((id) => !declared.has(id));
  const probing = registry.filter((c) => (c.needs ?? []).length === 0 && c.verifies.every((id) => options.has(id)) && c.verifies.some((id) => !declared.has(id)));
  for (const id of undeclared) {
    const own = probing.filter((c) => c.verifies.includes(id) && results.has(c.id)).map((c) => results.get(c.id)!.status);
    probes.set(id, own.length === 0 ? 'unknown' : own.every((s) => s === 'pass') ? 'present' : own.some((s) => s === 'fail') ? 'absent' : 'unknown');
  }
  return probes;
}
