import type { Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 13-14 (issue #5). */
export const MORE_13_14: Mutant[] = [];
