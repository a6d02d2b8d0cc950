import type { Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 06 (issue #5). */
export const MORE_06: Mutant[] = [];
