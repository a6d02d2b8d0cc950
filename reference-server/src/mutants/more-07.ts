import type { Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 07 (issue #5). */
export const MORE_07: Mutant[] = [];
