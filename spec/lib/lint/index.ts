import { buildBundle } from '../bundle/index.ts';
import type { SpecSource } from '../source/types.ts';
import type { LintContext, LintProblem, LintRule } from './types.ts';
import { rules } from './rules/index.ts';

/** Runs every rule (or the given ones) over a source; problems are sorted by file, item, rule. */
export async function lint(source: SpecSource, only: LintRule[] = rules): Promise<LintProblem[]> {
  const context: LintContext = { source, bundles: source.editions.map((edition) => buildBundle(source, edition)) };
  const problems = (await Promise.all(only.map((rule) => rule.check(context)))).flat();
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || a.item.localeCompare(b.item) || a.rule.localeCompare(b.rule),
  );
}

export function formatProblem(p: LintProblem): string {
  return `${p.file} › ${p.item}: ${p.message} [${p.rule}]`;
}

export { rules };
export type { LintProblem, LintRule, LintContext };
