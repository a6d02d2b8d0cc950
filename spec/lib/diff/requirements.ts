import type { EditionBundle, Requirement } from '../bundle/types.ts';
import { change } from './rules.ts';
import type { Change } from './types.ts';

const LINKS = [
  ['operations', 'req.links.operations'],
  ['schemas', 'req.links.schemas'],
  ['flows', 'req.links.flows'],
  ['legalBasis', 'req.legal-basis'],
] as const;

/** Set difference in both directions, sorted. */
export function setDiff(from: Iterable<string>, to: Iterable<string>): { added: string[]; removed: string[] } {
  const a = new Set(from);
  const b = new Set(to);
  return { added: [...b].filter((x) => !a.has(x)).sort(), removed: [...a].filter((x) => !b.has(x)).sort() };
}

/** Requirements added, removed, reworded, re-classed, re-linked between two editions. */
export function diffRequirements(from: EditionBundle, to: EditionBundle): Change[] {
  const old = new Map(from.requirements.map((r) => [r.id, r]));
  const now = new Map(to.requirements.map((r) => [r.id, r]));
  const changes: Change[] = [];
  for (const r of to.requirements) {
    const before = old.get(r.id);
    if (!before) changes.push(change(`req.added.${r.class}`, r.id, { to: { class: r.class, title: r.title } }));
    else changes.push(...compare(before, r));
  }
  for (const r of from.requirements) {
    if (!now.has(r.id)) changes.push(change('req.removed', r.id, { from: { class: r.class, title: r.title } }));
  }
  return changes;
}

function compare(a: Requirement, b: Requirement): Change[] {
  const changes: Change[] = [];
  if (a.text !== b.text || a.title.ja !== b.title.ja || a.title.en !== b.title.en) {
    changes.push(change('req.reworded', b.id, { from: { title: a.title, text: a.text }, to: { title: b.title, text: b.text } }));
  }
  if (a.class !== b.class) changes.push(change(`req.class.${a.class}-to-${b.class}`, b.id, { from: a.class, to: b.class }));
  if (a.testability !== b.testability) changes.push(change('req.testability', b.id, { from: a.testability, to: b.testability }));
  for (const [key, rule] of LINKS) {
    const { added, removed } = setDiff(a[key], b[key]);
    if (added.length + removed.length > 0) changes.push(change(rule, b.id, { added, removed }));
  }
  return changes;
}
