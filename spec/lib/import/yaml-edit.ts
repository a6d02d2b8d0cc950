import { Document, isMap, isPair, isScalar, isSeq, parseDocument, stringify, visit, type Node, type Pair, type YAMLMap } from 'yaml';
import type { RequirementSource } from '../source/types.ts';
import type { Overrides } from './merge.ts';

/**
 * Edits an area file as text, inserting only the new lines (a `changed` entry, a `removed` mark, a new
 * requirement) so that everything else — comments, key order, flow style, quoting — stays byte for byte.
 */
export interface AreaEdits {
  edition: string;
  changed: { id: string; overrides: Overrides }[];
  removed: string[];
  added: RequirementSource[];
}

interface Insert {
  at: number;
  end: number;
  text: string;
}

const quoted = (value: string) => JSON.stringify(value);

/** One-line YAML for a value: a flow collection with padding (`{ ja: …, en: … }`) or a scalar. */
export function inline(value: unknown): string {
  if (typeof value === 'string') return value.includes('\n') ? quoted(value) : stringify(value, { lineWidth: 0 }).trimEnd();
  const doc = new Document(value);
  visit(doc, { Map: (_, node) => void (node.flow = true), Seq: (_, node) => void (node.flow = true) });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd();
}

function compareIds(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The offset where a node's last token ends (block collections end with their last entry). */
function endOf(node: unknown): number {
  if (isPair(node)) return endOf(node.value ?? node.key);
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) return endOf(node.items[node.items.length - 1]);
  return (node as Node).range![1];
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node> | undefined;
}

function renderRequirement(r: RequirementSource, indent: number): string {
  const pad = ' '.repeat(indent);
  const list = (items: string[]) => (items.length === 0 ? '[]' : inline(items));
  const lines = [
    `${' '.repeat(indent - 2)}- id: ${quoted(r.id)}`,
    `${pad}title: ${inline(r.title)}`,
    `${pad}text: ${inline(r.text)}`,
    `${pad}class: ${r.class}`,
    `${pad}kind: ${r.kind}`,
    `${pad}testability: ${r.testability}`,
    ...(r.manualReason ? [`${pad}manualReason: ${inline(r.manualReason)}`] : []),
    `${pad}legalBasis: ${list(r.legalBasis)}`,
    `${pad}source: ${inline(r.source)}`,
    `${pad}since: ${quoted(r.since)}`,
    `${pad}operations: ${list(r.operations)}`,
    `${pad}schemas: ${list(r.schemas)}`,
    `${pad}flows: ${list(r.flows)}`,
  ];
  return lines.map((l) => `${l}\n`).join('');
}

/** Applies the edits to one area file's text. */
export function editAreaFile(original: string, edits: AreaEdits): string {
  const text = original.endsWith('\n') ? original : `${original}\n`;
  const doc = parseDocument(text);
  const seq = doc.get('requirements', true);
  if (!isSeq(seq) || seq.flow) throw new Error('requirements must be a block sequence');
  const lineEnd = (offset: number) => (text[offset - 1] === '\n' ? offset : text.indexOf('\n', offset) + 1 || text.length);
  const column = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  const items = seq.items.filter(isMap) as YAMLMap[];
  const idOf = (m: YAMLMap) => String(m.get('id'));
  const inserts: Insert[] = [];
  const insert = (at: number, value: string) => inserts.push({ at, end: at, text: value });

  for (const { id, overrides } of edits.changed) {
    const item = items.find((m) => idOf(m) === id)!;
    const since = pairOf(item, 'since')!;
    const pad = ' '.repeat(column((since.key as Node).range![0]));
    const changed = pairOf(item, 'changed');
    const entry = `${quoted(edits.edition)}: ${inline(overrides)}`;
    if (!changed) insert(lineEnd(endOf(since)), `${pad}changed:\n${pad}  ${entry}\n`);
    else if (isMap(changed.value) && !changed.value.flow && changed.value.items.length > 0) {
      const first = changed.value.items[0]!.key as Node;
      insert(lineEnd(endOf(changed)), `${' '.repeat(column(first.range![0]))}${entry}\n`);
    } else {
      const value = changed.value as Node;
      const merged = { ...(value.toJSON() as object), [edits.edition]: overrides };
      inserts.push({ at: value.range![0], end: value.range![1], text: inline(merged) });
    }
  }
  for (const id of edits.removed) {
    const item = items.find((m) => idOf(m) === id)!;
    const since = pairOf(item, 'since')!;
    const pad = ' '.repeat(column((since.key as Node).range![0]));
    insert(lineEnd(endOf(pairOf(item, 'changed') ?? since)), `${pad}removed: ${quoted(edits.edition)}\n`);
  }
  const added = [...edits.added].sort((a, b) => compareIds(a.id, b.id));
  const indent = column(items[0]!.range![0]);
  for (const r of added) {
    const before = items.filter((m) => compareIds(idOf(m), r.id) < 0).pop();
    const at = before ? lineEnd(endOf(before)) : text.lastIndexOf('\n', items[0]!.range![0]) + 1;
    insert(at, renderRequirement(r, indent));
  }
  // Apply from the end; inserts at the same place keep their order.
  const ordered = inserts.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.i - a.i);
  let out = text;
  for (const e of ordered) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}
