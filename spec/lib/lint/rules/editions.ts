import { compareEditions } from '../../editions.ts';
import { walkObjects } from '../../bundle/schemas.ts';
import { PLAIN_KEYS, X_KEYS, type EditionKeys } from '../../bundle/tree.ts';
import type { LintProblem, LintRule } from '../types.ts';

function checkTree(file: string, data: unknown, keys: EditionKeys, problems: LintProblem[], known: readonly string[]): void {
  const isEdition = (value: unknown): value is string => typeof value === 'string' && known.includes(value);
  walkObjects(data, (node, path) => {
    const item = '/' + path.join('/');
    const since = node[keys.since];
    const removed = node[keys.removed];
    const changed = node[keys.changed];
    const report = (message: string) => problems.push({ rule: 'edition-marks', file, item, message });
    if (since !== undefined && !isEdition(since)) report(`${keys.since} "${String(since)}" is not a known edition`);
    if (removed !== undefined) {
      if (!isEdition(removed)) report(`${keys.removed} "${String(removed)}" is not a known edition`);
      else if (isEdition(since) && compareEditions(removed, since) <= 0) report(`${keys.removed} ${removed} is not after ${keys.since} ${since}`);
    }
    if (changed !== undefined) {
      if (changed === null || typeof changed !== 'object' || Array.isArray(changed)) {
        report(`${keys.changed} must map editions to overrides`);
        return;
      }
      for (const key of Object.keys(changed)) {
        if (!isEdition(key)) report(`${keys.changed} names "${key}", not a known edition`);
        else if (isEdition(since) && compareEditions(key, since) <= 0) report(`${keys.changed} ${key} is not after ${keys.since} ${since}`);
      }
    }
  });
}

export const editionMarks: LintRule = {
  id: 'edition-marks',
  description: 'since / removed / changed name known editions, in order (x- prefixed in schemas and OpenAPI).',
  check({ source }) {
    const problems: LintProblem[] = [];
    const known = source.editions;
    known.forEach((edition, i) => {
      const report = (message: string) => problems.push({ rule: 'edition-marks', file: 'editions.yaml', item: `/editions/${i}`, message });
      if (!/^[0-9]+\.[0-9]+$/.test(edition)) report(`"${edition}" is not an edition (<major>.<minor>)`);
      else if (i > 0 && compareEditions(known[i - 1]!, edition) >= 0) report(`"${edition}" does not follow "${known[i - 1]}"`);
    });
    for (const f of [...source.areas, ...source.codelists, ...source.flows, ...source.kijun]) {
      checkTree(f.file, f.data, PLAIN_KEYS, problems, known);
    }
    for (const f of [...source.schemas, ...source.paths, source.openapi]) checkTree(f.file, f.data, X_KEYS, problems, known);
    return problems;
  },
};
