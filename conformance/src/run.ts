import { createHogoClient, type Bilingual, type Edition, type FetchLike, type HogoClient } from '@hogo-kit/sdk';
import kit from '../package.json' with { type: 'json' };
import { flowsOf, requirementsOf, type CatalogueRequirement } from './catalogue.ts';
import { allChecks } from './checks/index.ts';
import { contractValidator, operationMatcher } from './engine/contract.ts';
import { flowCoverage, type FlowCoverage } from './engine/flows.ts';
import { describe } from './engine/evidence.ts';
import { overallVerdict, type Overall } from './engine/overall.ts';
import { CheckSkipped } from './engine/outcome.ts';
import { runChecks } from './engine/runner.ts';
import type { CheckDefinition, CheckResult, ResultStatus, Verdict } from './engine/types.ts';
import { scoreRequirement, type RequirementClass, type RequirementVerdict } from './engine/verdicts.ts';
import { PROBE_CHECK_ID, PROBE_REQUIREMENT, probeUndeclared } from './probe.ts';
import { requirementsInScope, selectChecks, type Scope } from './select.ts';
import { timedFetch } from './timed-fetch.ts';

/** 適合宣言 as the target serves it at GET /conformance (or as a local file overrides it). */
export interface Declaration {
  edition: string;
  product: { name: string; vendor: string; version: string; build: string };
  options: string[];
  declaredAt: string;
}

export interface RunOptions {
  edition: Edition;
  baseUrl: string;
  /** The fetch every client sends through (default: the global fetch); an in-process app's inject adapter in tests. */
  fetch?: FetchLike;
  /** Bearer tokens per role (職員の役割). */
  tokens: Record<string, string>;
  concurrency?: number;
  /** Per-check time-out. */
  timeoutMs?: number;
  /** A local declaration used instead of the target's GET /conformance. */
  declarationOverride?: Declaration;
  /** The checks to choose from (default: every check of the kit). */
  checks?: readonly CheckDefinition[];
  /** Restricts the run to some areas or requirements (--area, --requirement). */
  scope?: Scope;
  signal?: AbortSignal;
  /** Progress: the checks selected (before any runs), each check as it starts and as it ends. */
  onPlan?: (checks: readonly CheckDefinition[]) => void;
  onStart?: (check: CheckDefinition) => void;
  onResult?: (result: CheckResult) => void;
}

export interface ReportedCheck {
  id: string;
  status: ResultStatus;
  message?: Bilingual;
  evidenceCount: number;
}

export interface ReportedRequirement {
  id: string;
  qualifiedId: string;
  title: Bilingual;
  /** The requirement's statement (要件の記述), in Japanese as the catalogue has it. */
  text?: string;
  class: RequirementClass;
  area: string;
  testability: 'auto' | 'manual';
  verdict: Verdict;
  reason: Bilingual;
  checks: ReportedCheck[];
}

export interface RunReport {
  format: 'hogo-kit-conformance-report/1';
  kit: { name: string; version: string };
  edition: Edition;
  target: { baseUrl: string; product: Declaration['product'] | null };
  /** Where the declaration came from: the target, a local override, or nowhere (the target did not serve it). */
  declarationSource: 'target' | 'override' | 'none';
  declaration: Declaration | null;
  /** Problems with the declaration (not served, another edition, options the edition does not have). */
  declarationNotes: Bilingual[];
  scope: { areas: string[]; requirements: string[] };
  startedAt: string;
  durationMs: number;
  summary: Overall;
  requirements: ReportedRequirement[];
  /** Transition coverage of each business flow, read from the recorded exchanges (engine/flows.ts). */
  flows: FlowCoverage[];
  checks: CheckResult[];
}

/** Runs the suite against one target: declaration → checks → results → a verdict per requirement. */
export async function runSuite(options: RunOptions): Promise<RunReport> {
  const started = Date.now();
  const { edition } = options;
  const clientFor = clients(options);
  const all = requirementsOf(edition);
  const inScope = requirementsInScope(all, options.scope);
  const { declaration, source, notes } = await readDeclaration(options, clientFor, all);
  const declared = new Set(declaration?.options ?? []);

  const checks = selectChecks(options.checks ?? allChecks(), edition, all, inScope);
  options.onPlan?.(checks);
  const runner = {
    edition,
    clientFor,
    requirements: new Set(all.map((r) => r.id)),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    concurrency: options.concurrency ?? 8,
    timeoutMs: options.timeoutMs ?? 10_000,
    ...(options.signal ? { signal: options.signal } : {}),
    secrets: Object.values(options.tokens ?? {}).filter((t): t is string => typeof t === 'string'),
    contract: contractValidator(edition, options.baseUrl),
    ...(options.onStart && { onStart: options.onStart }),
    ...(options.onResult && { onResult: options.onResult }),
  };
  const ran = await runChecks(checks, { ...runner, declared, optionIds: new Set(all.filter((r) => r.class === 'option').map((r) => r.id)) });
  // Whether the declaration is true (14.6.1) depends on every option, in scope or not.
  const probeScope = inScope.some((r) => r.id === PROBE_REQUIREMENT) ? all : inScope;
  const probeChecks = probeScope === all ? selectChecks(options.checks ?? allChecks(), edition, all, all) : checks;
  // Without a declaration there is nothing to contradict: options are then not verified, not probed.
  const probed: Awaited<ReturnType<typeof probeUndeclared>> = declaration ? await probeUndeclared(probeChecks, probeScope, declared, runner) : { probes: new Map(), results: [] };
  const probeOf = new Map(probed.results.map((r) => [r.checkId, r]));
  const results = [...ran.map((r) => probeOf.get(r.checkId) ?? r), ...(probed.summary ? [probed.summary] : [])];

  const byRequirement = new Map<string, CheckResult[]>();
  const verifies = new Map([...checks.map((c): [string, string[]] => [c.id, c.verifies]), [PROBE_CHECK_ID, [PROBE_REQUIREMENT]]]);
  for (const result of results) {
    for (const id of verifies.get(result.checkId) ?? []) byRequirement.set(id, [...(byRequirement.get(id) ?? []), result]);
  }
  const scored = inScope.map((r) => scoreRequirement({ requirement: r, results: byRequirement.get(r.id) ?? [], declared: declared.has(r.id), probe: probed.probes.get(r.id) ?? 'unknown' }));
  const requirements = inScope.map((r, i) => report(r, scored[i]!, byRequirement.get(r.id) ?? []));
  return {
    format: 'hogo-kit-conformance-report/1',
    kit: { name: kit.name, version: kit.version },
    edition,
    target: { baseUrl: options.baseUrl, product: declaration?.product ?? null },
    declarationSource: source,
    declaration,
    declarationNotes: notes,
    scope: { areas: [...(options.scope?.areas ?? [])], requirements: [...(options.scope?.requirements ?? [])] },
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    summary: overallVerdict(scored),
    requirements,
    flows: flowCoverage(flowsOf(edition), results, operationMatcher(edition, options.baseUrl)),
    checks: results,
  };
}


function report(r: CatalogueRequirement, scored: RequirementVerdict, results: CheckResult[]): ReportedRequirement {
  return {
    id: r.id,
    qualifiedId: r.qualifiedId,
    title: r.title,
    text: r.text,
    class: r.class,
    area: r.area,
    testability: r.testability,
    verdict: scored.verdict,
    reason: scored.reason,
    checks: results.map((x) => ({ id: x.checkId, status: x.status, ...(x.message ? { message: x.message } : {}), evidenceCount: x.evidence.length })),
  };
}

/**
 * The client of a role (null: no token) over a fetch: the runner passes each check's recording fetch.
 * A role without a token skips the check, naming the token it lacked.
 */
function clients(options: RunOptions): (role: string | null, fetch: FetchLike) => HogoClient<Edition> {
  return (role, fetch) => {
    const token = role === null ? undefined : options.tokens[role];
    if (role !== null && token === undefined) throw new CheckSkipped(`a token for the role ${role} (tokens.${role} in the config, or ${tokenVariable(role)})`);
    return createHogoClient<Edition>({ baseUrl: options.baseUrl, edition: options.edition, ...(token === undefined ? {} : { token }), fetch, retry: false });
  };
}

/** The environment variable that may supply a role's token: HOGO_TOKEN_<ROLE>, e.g. HOGO_TOKEN_MEDICAL_CLERK. */
export function tokenVariable(role: string): string {
  return `HOGO_TOKEN_${role.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

async function readDeclaration(options: RunOptions, clientFor: (role: string | null, fetch: FetchLike) => HogoClient<Edition>, all: readonly CatalogueRequirement[]) {
  const notes: Bilingual[] = [];
  let declaration: Declaration | null = null;
  let source: RunReport['declarationSource'] = 'none';
  if (options.declarationOverride) {
    declaration = options.declarationOverride;
    source = 'override';
  } else {
    const role = Object.keys(options.tokens)[0];
    try {
      if (role === undefined) throw new Error('no token configured');
      // A target that never answers must not hold the run: the read gives up after the per-check time-out.
      const base = options.fetch ?? ((request: Request) => globalThis.fetch(request));
      const client = clientFor(role, timedFetch(base, options.timeoutMs ?? 10_000)) as HogoClient<'2.1'>;
      declaration = (await client.call('getDeclaration')) as Declaration;
      source = 'target';
    } catch (error) {
      const why = describe(error);
      notes.push({ ja: `適合宣言（GET /conformance）を取得できませんでした: ${why}`, en: `Could not read the declaration (GET /conformance): ${why}` });
    }
  }
  if (declaration) {
    if (declaration.edition !== options.edition) {
      notes.push({ ja: `適合宣言の版 ${declaration.edition} と検証する版 ${options.edition} が異なります`, en: `The declaration is for edition ${declaration.edition}, the run checks ${options.edition}` });
    }
    const options_ = new Set(all.filter((r) => r.class === 'option').map((r) => r.id));
    const foreign = declaration.options.filter((id) => !options_.has(id));
    if (foreign.length > 0) {
      notes.push({ ja: `この版の標準オプションでない要件が宣言されています: ${foreign.join(', ')}`, en: `Declared ids that are not options of this edition: ${foreign.join(', ')}` });
    }
  }
  return { declaration, source, notes };
}
