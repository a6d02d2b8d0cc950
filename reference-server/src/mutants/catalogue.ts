import { MUTANTS_01_05 } from './catalogue-01-05.ts';
import { MUTANTS_06_10 } from './catalogue-06-10.ts';
import { MUTANTS_11_14 } from './catalogue-11-14.ts';
import { MORE_01_04 } from './more-01-04.ts';
import { MORE_05_10 } from './more-05-10.ts';
import { MORE_06 } from './more-06.ts';
import { MORE_07 } from './more-07.ts';
import { MORE_08_09 } from './more-08-09.ts';
import { MORE_11 } from './more-11.ts';
import { MORE_12 } from './more-12.ts';
import { MORE_13_14 } from './more-13-14.ts';
import { MORE_FLOWS } from './more-flows.ts';
import { MORE_INPUT } from './more-input.ts';
import type { Mutant } from './types.ts';

export type { Mutant } from './types.ts';

/**
 * The mutant catalogue: seeded defects of the reference server, each with the requirements it should break.
 * `hogo-server --mutant <id>` (or buildApp({ mutant })) runs the server with one of them switched on; the areas
 * read the switch with hasMutant(env, id). The conformance suite must report each mutant's requirements not met.
 */
export const MUTANTS: readonly Mutant[] = [
  ...MUTANTS_01_05,
  ...MUTANTS_06_10,
  ...MUTANTS_11_14,
  ...MORE_01_04,
  ...MORE_05_10,
  ...MORE_06,
  ...MORE_07,
  ...MORE_08_09,
  ...MORE_11,
  ...MORE_12,
  ...MORE_13_14,
  ...MORE_INPUT,
  ...MORE_FLOWS,
];

export function findMutant(id: string): Mutant | undefined {
  return MUTANTS.find((m) => m.id === id);
}

/** Throws when the id is not in the catalogue (the CLI and buildApp refuse unknown mutants). */
export function assertMutant(id: string): Mutant {
  const found = findMutant(id);
  if (!found) throw new Error(`unknown mutant "${id}" — see reference-server/src/mutants/catalogue.ts (${MUTANTS.length} mutants)`);
  return found;
}
