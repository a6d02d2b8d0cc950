import type { EditionBundle } from '../bundle/types.ts';
import type { SpecSource } from '../source/types.ts';
import type { LintProblem, LintRule } from './types.ts';

/**
 * Runs an edition-scoped check on every bundle and merges findings that are the same in
 * several editions, naming the editions they occur in.
 */
export function perEdition(
  bundles: EditionBundle[],
  check: (bundle: EditionBundle) => LintProblem[],
): LintProblem[] {
  const merged = new Map<string, { problem: LintProblem; editions: string[] }>();
  for (const bundle of bundles) {
    for (const problem of check(bundle)) {
      const key = `${problem.rule}\u0000${problem.file}\u0000${problem.item}\u0000${problem.message}`;
      const entry = merged.get(key) ?? { problem, editions: [] };
      entry.editions.push(bundle.edition);
      merged.set(key, entry);
    }
  }
  return [...merged.values()].map(({ problem, editions }) => ({
    ...problem,
    message: `${problem.message} (edition ${editions.join(', ')})`,
  }));
}

/** A rule checked once per edition, with identical findings merged across editions. */
export function editionRule(
  id: string,
  description: string,
  check: (bundle: EditionBundle, source: SpecSource) => LintProblem[],
): LintRule {
  return { id, description, check: ({ source, bundles }) => perEdition(bundles, (bundle) => check(bundle, source)) };
}
