import type { Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 08-09 (issue #5). */
export const MORE_08_09: Mutant[] = [];
