import type { Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 05-10 (issue #5). */
export const MORE_05_10: Mutant[] = [];
