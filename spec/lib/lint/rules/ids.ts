import { operationsOf } from '../../bundle/openapi.ts';
import type { LintProblem, LintRule } from '../types.ts';
import { operationFile } from '../where.ts';

function duplicates(values: { key: string; file: string; item: string }[], what: string): LintProblem[] {
  const seen = new Map<string, string>();
  const problems: LintProblem[] = [];
  for (const v of values) {
    const first = seen.get(v.key);
    if (first !== undefined) {
      problems.push({ rule: 'unique-ids', file: v.file, item: v.item, message: `${what} "${v.key}" is already defined in ${first}` });
    } else seen.set(v.key, v.file);
  }
  return problems;
}

export const uniqueIds: LintRule = {
  id: 'unique-ids',
  description: 'Requirement ids, operationIds, code lists and codes, flows, states and transitions are unique.',
  check({ source, bundles }) {
    const problems: LintProblem[] = [];
    problems.push(...duplicates(
      source.areas.flatMap((f) => (f.data.requirements ?? []).map((r) => ({ key: r.id, file: f.file, item: r.id }))),
      'requirement id',
    ));
    problems.push(...duplicates(source.codelists.map((f) => ({ key: f.data.id, file: f.file, item: f.data.id })), 'code list'));
    for (const f of source.codelists) {
      problems.push(...duplicates((f.data.codes ?? []).map((c) => ({ key: String(c.code), file: f.file, item: `${f.data.id}:${c.code}` })), 'code'));
    }
    problems.push(...duplicates(source.flows.map((f) => ({ key: f.data.id, file: f.file, item: f.data.id })), 'flow'));
    for (const f of source.flows) {
      problems.push(...duplicates((f.data.states ?? []).map((s) => ({ key: s.id, file: f.file, item: `${f.data.id}.${s.id}` })), 'state'));
      problems.push(...duplicates((f.data.transitions ?? []).map((t) => ({ key: t.id, file: f.file, item: `${f.data.id}#${t.id}` })), 'transition'));
    }
    // operationIds: across every fragment and every edition (an id is never reused).
    const seenPaths = new Map<string, string>();
    for (const fragment of source.paths) {
      for (const path of Object.keys(fragment.data ?? {})) {
        const first = seenPaths.get(path);
        if (first) problems.push({ rule: 'unique-ids', file: fragment.file, item: path, message: `path is already defined in ${first}` });
        else seenPaths.set(path, fragment.file);
      }
    }
    const ops = new Map<string, string>();
    for (const bundle of bundles) {
      for (const { path, method, operation } of operationsOf(bundle.openapi)) {
        const id = String(operation.operationId ?? '');
        const where = `${method.toUpperCase()} ${path}`;
        const first = ops.get(id);
        if (first && first !== where) {
          problems.push({ rule: 'unique-ids', file: operationFile(source, id), item: id, message: `operationId is used by ${first} and ${where}` });
        }
        ops.set(id, where);
      }
    }
    return problems;
  },
};

export const idFormat: LintRule = {
  id: 'id-format',
  description: 'A requirement id is <area>.<group>.<n> with the file\'s area and a declared group; file names start with the area.',
  check({ source }) {
    const problems: LintProblem[] = [];
    for (const f of source.areas) {
      const area = f.data.area;
      if (!f.file.startsWith(`requirements/${area}-`)) {
        problems.push({ rule: 'id-format', file: f.file, item: '/area', message: `file name should start with "${area}-"` });
      }
      for (const r of f.data.requirements ?? []) {
        const [rArea, group] = String(r.id).split('.');
        if (rArea !== area) problems.push({ rule: 'id-format', file: f.file, item: r.id, message: `id is not in area ${area}` });
        else if (group === undefined || !(group in (f.data.groups ?? {}))) {
          problems.push({ rule: 'id-format', file: f.file, item: r.id, message: `group "${group}" is not declared in groups` });
        }
      }
    }
    for (const f of source.codelists) {
      if (f.file !== `codelists/${f.data.id}.yaml`) problems.push({ rule: 'id-format', file: f.file, item: f.data.id, message: `a code list lives in codelists/${f.data.id}.yaml` });
    }
    for (const f of source.flows) {
      if (f.file !== `flows/${f.data.id}.yaml`) problems.push({ rule: 'id-format', file: f.file, item: f.data.id, message: `a flow lives in flows/${f.data.id}.yaml` });
    }
    return problems;
  },
};
