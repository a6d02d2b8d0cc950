import type { LintProblem } from '../types.ts';
import { editionRule } from '../per-edition.ts';
import { requirementFile } from '../where.ts';

export const legalBasis = editionRule('legal-basis', 'A requirement whose source is law names the instrument (article or rule) in legalBasis.', (bundle, source) =>
  bundle.requirements
    .filter((r) => r.source.kind === 'law' && r.legalBasis.length === 0)
    .map((r): LintProblem => ({ rule: 'legal-basis', file: requirementFile(source, r.id), item: r.id, message: 'source is law but legalBasis names nothing' })),
);
