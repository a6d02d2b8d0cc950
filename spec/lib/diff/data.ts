import type { CodeList, EditionBundle, Flow } from '../bundle/types.ts';
import { setDiff } from './requirements.ts';
import { change } from './rules.ts';
import { compareSchemas, factLocation, type FactKind } from './schema-compare.ts';
import type { Change } from './types.ts';

const DATA: Record<FactKind, string> = {
  'property-added': 'data.property.added',
  'property-added-required': 'data.property.added-required',
  'property-removed': 'data.property.removed',
  'made-required': 'data.property.made-required',
  'made-optional': 'data.property.made-optional',
  narrowed: 'data.type.narrowed',
  widened: 'data.type.widened',
  changed: 'data.type.changed',
  'enum-shrunk': 'data.enum.shrunk',
  'enum-grown': 'data.enum.grown',
};

/**
 * Component schemas (data items), compared one by one: a $ref to another component is compared as a
 * name, so a change inside the referenced schema is reported once, on that schema.
 */
export function diffSchemas(from: EditionBundle, to: EditionBundle): Change[] {
  const out: Change[] = [];
  for (const [name, schema] of Object.entries(to.schemas)) {
    const before = from.schemas[name];
    if (!before) {
      out.push(change('data.schema.added', name));
      continue;
    }
    for (const fact of compareSchemas(before, schema)) {
      out.push(change(DATA[fact.kind], name, {
        location: factLocation('', fact) || '(root)',
        ...(fact.from !== undefined && { from: fact.from }),
        ...(fact.to !== undefined && { to: fact.to }),
        ...(fact.added && { added: fact.added }),
        ...(fact.removed && { removed: fact.removed }),
      }));
    }
  }
  for (const name of Object.keys(from.schemas)) if (!(name in to.schemas)) out.push(change('data.schema.removed', name));
  return out;
}

/** Code lists and their codes: added, removed, relabelled. */
export function diffCodeLists(from: EditionBundle, to: EditionBundle): Change[] {
  const out: Change[] = [];
  const old = new Map<string, CodeList>(from.codelists.map((c) => [c.id, c]));
  for (const list of to.codelists) {
    const before = old.get(list.id);
    if (!before) {
      out.push(change('codelist.added', list.id, { added: list.codes.map((c) => c.code) }));
      continue;
    }
    const codes = new Map(before.codes.map((c) => [c.code, c]));
    const { added, removed } = setDiff(codes.keys(), list.codes.map((c) => c.code));
    for (const code of added) out.push(change('codelist.code-added', list.id, { location: code, added: [code] }));
    for (const code of removed) out.push(change('codelist.code-removed', list.id, { location: code, removed: [code] }));
    for (const code of list.codes) {
      const was = codes.get(code.code);
      if (was && (was.ja !== code.ja || was.en !== code.en)) {
        out.push(change('codelist.code-renamed', list.id, { location: code.code, from: { ja: was.ja, en: was.en }, to: { ja: code.ja, en: code.en } }));
      }
    }
  }
  const now = new Set(to.codelists.map((c) => c.id));
  for (const list of from.codelists) if (!now.has(list.id)) out.push(change('codelist.removed', list.id));
  return out;
}

type Transition = Flow['transitions'][number];
const shape = (t: Transition) => JSON.stringify({ from: [...t.from].sort(), to: t.to, operation: t.operation, guards: t.guards });

/** Flows, their states and transitions. Transition changes target `flow#transition`. */
export function diffFlows(from: EditionBundle, to: EditionBundle): Change[] {
  const out: Change[] = [];
  const old = new Map(from.flows.map((f) => [f.id, f]));
  for (const flow of to.flows) {
    const before = old.get(flow.id);
    if (!before) {
      out.push(change('flow.added', flow.id));
      continue;
    }
    const states = setDiff(before.states.map((s) => s.id), flow.states.map((s) => s.id));
    for (const state of states.added) out.push(change('flow.state-added', flow.id, { location: state, added: [state] }));
    for (const state of states.removed) out.push(change('flow.state-removed', flow.id, { location: state, removed: [state] }));
    const transitions = new Map(before.transitions.map((t) => [t.id, t]));
    for (const t of flow.transitions) {
      const was = transitions.get(t.id);
      if (!was) out.push(change('flow.transition-added', `${flow.id}#${t.id}`));
      else if (shape(was) !== shape(t)) {
        out.push(change('flow.transition-changed', `${flow.id}#${t.id}`, {
          from: { from: was.from, to: was.to, operation: was.operation },
          to: { from: t.from, to: t.to, operation: t.operation },
        }));
      }
    }
    const now = new Set(flow.transitions.map((t) => t.id));
    for (const t of before.transitions) if (!now.has(t.id)) out.push(change('flow.transition-removed', `${flow.id}#${t.id}`));
  }
  const now = new Set(to.flows.map((f) => f.id));
  for (const flow of from.flows) if (!now.has(flow.id)) out.push(change('flow.removed', flow.id));
  return out;
}
