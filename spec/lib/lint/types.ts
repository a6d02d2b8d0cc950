import type { EditionBundle } from '../bundle/types.ts';
import type { SpecSource } from '../source/types.ts';

/** One lint finding: which file, which item, which rule, what is wrong. */
export interface LintProblem {
  rule: string;
  file: string;
  item: string;
  message: string;
}

export interface LintContext {
  source: SpecSource;
  /** The source resolved for every edition. */
  bundles: EditionBundle[];
}

export interface LintRule {
  id: string;
  /** One line, English: what the rule holds the source to. */
  description: string;
  check(context: LintContext): LintProblem[] | Promise<LintProblem[]>;
}
