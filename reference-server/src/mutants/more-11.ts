import type { Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 11 (issue #5). */
export const MORE_11: Mutant[] = [];
