import { operationsOf } from '../../bundle/openapi.ts';
import type { EditionBundle } from '../../bundle/types.ts';
import type { LintProblem } from '../types.ts';
import { editionRule } from '../per-edition.ts';
import { operationFile, requirementFile } from '../where.ts';

function operationIndex(bundle: EditionBundle): Map<string, Record<string, unknown>> {
  return new Map(operationsOf(bundle.openapi).map(({ operation }) => [String(operation.operationId), operation]));
}

function flowTargets(bundle: EditionBundle): Set<string> {
  const targets = new Set<string>();
  for (const flow of bundle.flows) {
    targets.add(flow.id);
    for (const t of flow.transitions) targets.add(`${flow.id}#${t.id}`);
  }
  return targets;
}

export const requirementLinks = editionRule('requirement-links', 'A requirement names operations, schemas and flows (or flow#transition) that exist in the same edition.', (bundle, source) => {
  const ops = operationIndex(bundle);
  const flows = flowTargets(bundle);
  const problems: LintProblem[] = [];
  for (const r of bundle.requirements) {
    const file = requirementFile(source, r.id);
    const report = (message: string) => problems.push({ rule: 'requirement-links', file, item: r.id, message });
    for (const op of r.operations) if (!ops.has(op)) report(`operation "${op}" does not exist`);
    for (const s of r.schemas) if (!(s in bundle.schemas)) report(`schema "${s}" does not exist`);
    for (const f of r.flows) if (!flows.has(f)) report(`flow "${f}" does not exist`);
  }
  return problems;
});

export const autoLinked = editionRule('auto-linked', 'An auto-testable requirement links at least one operation, so a check has something to call.', (bundle, source) =>
  bundle.requirements
    .filter((r) => r.testability === 'auto' && r.operations.length === 0)
    .map((r) => ({ rule: 'auto-linked', file: requirementFile(source, r.id), item: r.id, message: 'auto requirement links no operation' })),
);

export const operationRequirements = editionRule('operation-requirements', 'Every operation names existing requirements in x-requirement-ids, and the links agree both ways.', (bundle, source) => {
  const problems: LintProblem[] = [];
  const reqs = new Map(bundle.requirements.map((r) => [r.id, r]));
  const ops = operationIndex(bundle);
  for (const [id, op] of ops) {
    const file = operationFile(source, id);
    const ids = op['x-requirement-ids'];
    if (!Array.isArray(ids) || ids.length === 0) {
      problems.push({ rule: 'operation-requirements', file, item: id, message: 'x-requirement-ids is missing or empty' });
      continue;
    }
    for (const reqId of ids) {
      const req = reqs.get(String(reqId));
      if (!req) problems.push({ rule: 'operation-requirements', file, item: id, message: `requirement "${reqId}" does not exist` });
      else if (!req.operations.includes(id)) {
        problems.push({ rule: 'operation-requirements', file, item: id, message: `names ${reqId}, which does not list this operation` });
      }
    }
  }
  for (const r of bundle.requirements) {
    for (const opId of r.operations) {
      const ids = ops.get(opId)?.['x-requirement-ids'];
      if (ops.has(opId) && !(Array.isArray(ids) && ids.includes(r.id))) {
        problems.push({ rule: 'operation-requirements', file: requirementFile(source, r.id), item: r.id, message: `lists ${opId}, whose x-requirement-ids does not name it` });
      }
    }
  }
  return problems;
});
