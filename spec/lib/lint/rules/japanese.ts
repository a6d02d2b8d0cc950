import { walkObjects } from '../../bundle/schemas.ts';
import { HTTP_METHODS } from '../../bundle/openapi.ts';
import type { LintProblem, LintRule } from '../types.ts';
import { hasJapanese } from '../where.ts';

const CONSTRAINT_KEYS = new Set(['x-changed', 'if', 'then', 'else', 'not', 'dependentSchemas']);

export const japaneseText: LintRule = {
  id: 'japanese-text',
  description: 'What municipal users read is in Japanese: requirement titles and texts, code labels, states, schema and item names, operation summaries.',
  check({ source }) {
    const problems: LintProblem[] = [];
    const need = (file: string, item: string, field: string, value: unknown) => {
      if (!hasJapanese(value)) problems.push({ rule: 'japanese-text', file, item, message: `${field} has no Japanese text` });
    };
    for (const f of source.areas) {
      need(f.file, '/name', 'name.ja', f.data.name?.ja);
      for (const [group, name] of Object.entries(f.data.groups ?? {})) need(f.file, `group ${group}`, 'ja', name?.ja);
      for (const r of f.data.requirements ?? []) {
        for (const [edition, fields] of [['', r] as const, ...Object.entries(r.changed ?? {})]) {
          const at = edition ? ` (changed ${edition})` : '';
          if (fields.title !== undefined) need(f.file, r.id, `title.ja${at}`, fields.title?.ja);
          if (fields.text !== undefined) need(f.file, r.id, `text${at}`, fields.text);
          if (fields.manualReason !== undefined) need(f.file, r.id, `manualReason.ja${at}`, fields.manualReason?.ja);
        }
      }
    }
    for (const f of source.codelists) {
      need(f.file, f.data.id, 'name.ja', f.data.name?.ja);
      for (const c of f.data.codes ?? []) need(f.file, `${f.data.id}:${c.code}`, 'ja', c.ja);
    }
    for (const f of source.flows) {
      need(f.file, f.data.id, 'name.ja', f.data.name?.ja);
      for (const s of f.data.states ?? []) need(f.file, `${f.data.id}.${s.id}`, 'ja', s.ja);
      for (const t of f.data.transitions ?? []) {
        (t.guards ?? []).forEach((g, i) => need(f.file, `${f.data.id}#${t.id}`, `guards[${i}].ja`, g?.ja));
      }
      for (const d of f.data.derived ?? []) need(f.file, `${f.data.id}.${d.id}`, 'ja', d.ja);
    }
    for (const s of source.schemas) {
      need(s.file, s.name, 'title', s.data.title);
      walkObjects(s.data, (node, path) => {
        const properties = node.properties;
        // Constraint subschemas (if/then/else/not) restate properties; only item definitions need names.
        if (!properties || typeof properties !== 'object' || path.some((p) => CONSTRAINT_KEYS.has(p))) return;
        for (const [name, prop] of Object.entries(properties as Record<string, Record<string, unknown>>)) {
          if (prop && typeof prop === 'object' && typeof prop.$ref !== 'string') {
            need(s.file, `/${[...path, 'properties', name].join('/')}`, 'title', prop.title);
          }
        }
      });
    }
    for (const fragment of source.paths) {
      for (const [path, item] of Object.entries(fragment.data ?? {})) {
        for (const method of HTTP_METHODS) {
          const op = item?.[method] as Record<string, unknown> | undefined;
          if (op) need(fragment.file, String(op.operationId ?? `${method} ${path}`), 'summary', op.summary);
        }
      }
    }
    return problems;
  },
};
