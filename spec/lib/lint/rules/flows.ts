import { operationsOf } from '../../bundle/openapi.ts';
import type { LintProblem } from '../types.ts';
import { editionRule } from '../per-edition.ts';
import { flowFile } from '../where.ts';

export const flowLinks = editionRule('flow-links', 'A flow names an existing schema and state property, one initial state, and transitions between its states performed by existing operations for existing requirements.', (bundle, source) => {
  const problems: LintProblem[] = [];
  const ops = new Set(operationsOf(bundle.openapi).map(({ operation }) => String(operation.operationId)));
  const reqs = new Set(bundle.requirements.map((r) => r.id));
  for (const flow of bundle.flows) {
    const file = flowFile(source, flow.id);
    const report = (item: string, message: string) => problems.push({ rule: 'flow-links', file, item, message });
    const schema = bundle.schemas[flow.schema] as { properties?: Record<string, unknown> } | undefined;
    if (!schema) report(flow.id, `schema "${flow.schema}" does not exist`);
    else if (!schema.properties || !(flow.stateProperty in schema.properties)) {
      report(flow.id, `schema ${flow.schema} has no property "${flow.stateProperty}"`);
    }
    const states = new Set(flow.states.map((s) => s.id));
    const initial = flow.states.filter((s) => s.initial);
    if (initial.length !== 1) report(flow.id, `needs exactly one initial state, has ${initial.length}`);
    for (const t of flow.transitions) {
      const item = `${flow.id}#${t.id}`;
      for (const from of t.from) if (!states.has(from)) report(item, `from-state "${from}" does not exist`);
      if (!states.has(t.to)) report(item, `to-state "${t.to}" does not exist`);
      if (!ops.has(t.operation)) report(item, `operation "${t.operation}" does not exist`);
      if (t.requirements.length === 0) report(item, 'names no requirement');
      for (const r of t.requirements) if (!reqs.has(r)) report(item, `requirement "${r}" does not exist`);
    }
    for (const d of flow.derived) {
      for (const r of d.requirements) if (!reqs.has(r)) report(`${flow.id}.${d.id}`, `requirement "${r}" does not exist`);
    }
    const reachable = new Set(flow.transitions.map((t) => t.to));
    for (const s of flow.states) {
      if (!s.initial && !reachable.has(s.id)) report(`${flow.id}.${s.id}`, 'no transition leads to this state');
    }
  }
  return problems;
});
