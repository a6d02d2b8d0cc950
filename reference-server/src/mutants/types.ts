/** One seeded defect: a switch the areas read with hasMutant(env, id), and the requirements it should break. */
export interface Mutant {
  id: string;
  /** Requirement ids (area.group.n) the conformance suite must report not met when this mutant runs. */
  requirements: string[];
  description: { ja: string; en: string };
}

export const mutant = (id: string, requirements: string[], ja: string, en: string): Mutant => ({ id, requirements, description: { ja, en } });
