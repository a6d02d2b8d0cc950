import type { Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 01-04 (issue #5). */
export const MORE_01_04: Mutant[] = [];
