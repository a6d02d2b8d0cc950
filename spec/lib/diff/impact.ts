import type { EditionBundle } from '../bundle/types.ts';
import type { Change, CheckRecord, Impact, ImpactedCheck, ImpactReason } from './types.ts';

const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;

/** Component schema names a node refers to, directly. */
function refsOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsOf(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = SCHEMA_REF.exec(value)?.[1];
        if (name) out.add(name);
      } else refsOf(value, out);
    }
  }
  return out;
}

/** schema name → every schema it reaches through $refs (itself included), over both editions. */
function schemaClosure(from: EditionBundle, to: EditionBundle): (name: string) => Set<string> {
  const edges = new Map<string, Set<string>>();
  for (const bundle of [from, to]) {
    for (const [name, schema] of Object.entries(bundle.schemas)) {
      edges.set(name, new Set([...(edges.get(name) ?? []), ...refsOf(schema)]));
    }
  }
  return (name) => {
    const seen = new Set<string>([name]);
    const queue = [name];
    while (queue.length) for (const next of edges.get(queue.pop()!) ?? []) if (!seen.has(next)) (seen.add(next), queue.push(next));
    return seen;
  };
}

/** A check applies to its `editions`, or else to every edition in which all it verifies exists. */
export function checkApplies(check: CheckRecord, bundle: EditionBundle): boolean {
  if (check.editions) return check.editions.includes(bundle.edition);
  const ids = new Set(bundle.requirements.map((r) => r.id));
  return check.verifies.every((id) => ids.has(id));
}

/** Why each requirement of <to> must be re-tested: its own changes and those of what it links. */
export function requirementReasons(from: EditionBundle, to: EditionBundle, changes: Change[]): Map<string, ImpactReason[]> {
  const byTarget = new Map<string, Change[]>();
  for (const c of changes) {
    const key = `${c.section}:${c.target}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), c]);
  }
  const get = (section: string, target: string) => byTarget.get(`${section}:${target}`) ?? [];
  const closure = schemaClosure(from, to);
  const out = new Map<string, ImpactReason[]>();
  for (const r of to.requirements) {
    const found: Change[] = [...get('requirements', r.id)];
    for (const op of r.operations) found.push(...get('api', op));
    for (const name of new Set(r.schemas.flatMap((s) => [...closure(s)]))) found.push(...get('data', name));
    for (const link of r.flows) {
      const [flow = link, transition] = link.split('#');
      found.push(...get('flows', flow));
      if (transition) found.push(...get('flows', link));
      else found.push(...changes.filter((c) => c.section === 'flows' && c.target.startsWith(`${flow}#`)));
    }
    const seen = new Set<string>();
    const reasons: ImpactReason[] = [];
    for (const c of found) {
      const key = `${c.rule}|${c.target}|${c.location ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reasons.push({ requirement: r.id, rule: c.rule, section: c.section, target: c.target, ...(c.location !== undefined && { location: c.location }) });
    }
    if (reasons.length) out.set(r.id, reasons);
  }
  return out;
}

/** Re-test impact of <from> → <to>; with checks, the exact checks to re-run and the evidence that holds. */
export function computeImpact(from: EditionBundle, to: EditionBundle, changes: Change[], checks?: CheckRecord[]): Impact {
  const reasons = requirementReasons(from, to, changes);
  const impact: Impact = {
    checksGiven: checks !== undefined,
    requirements: to.requirements.filter((r) => reasons.has(r.id)).map((r) => ({ id: r.id, title: r.title, reasons: reasons.get(r.id)! })),
    checks: [],
    noLongerApplicable: [],
    evidenceHolds: [],
    manualEvidenceHolds: [],
    withoutChecks: [],
  };
  if (!checks) return impact;

  const applicable: CheckRecord[] = [];
  for (const check of checks) {
    const inFrom = checkApplies(check, from);
    if (!checkApplies(check, to)) {
      if (inFrom) impact.noLongerApplicable.push(check.id);
      continue;
    }
    applicable.push(check);
    const why = check.verifies.flatMap((id) => reasons.get(id) ?? []);
    if (!inFrom || why.length) {
      impact.checks.push({ id: check.id, ...(check.title && { title: check.title }), newCheck: !inFrom, reasons: why } satisfies ImpactedCheck);
    }
  }
  const impacted = new Set(impact.checks.map((c) => c.id));
  const before = new Set(from.requirements.map((r) => r.id));
  for (const r of to.requirements) {
    if (!before.has(r.id) || reasons.has(r.id)) continue;
    if (r.testability === 'manual') {
      impact.manualEvidenceHolds.push(r.id);
      continue;
    }
    const verifying = applicable.filter((c) => c.verifies.includes(r.id));
    if (verifying.length === 0) impact.withoutChecks.push(r.id);
    else if (verifying.every((c) => !impacted.has(c.id))) impact.evidenceHolds.push(r.id);
  }
  return impact;
}
