/** One seeded defect: a switch the areas read with hasMutant(env, id), and the requirements it should break. */
export interface Mutant {
  id: string;
  /** Requirement ids (area.group.n) the conformance suite must report not met when this mutant runs. */
  requirements: string[];
  description: { ja: string; en: string };
  /** The editions whose rule it breaks, when the requirement's text changed between editions (default: every edition). */
  editions?: ('2.0' | '2.1')[];
}

export const mutant = (id: string, requirements: string[], ja: string, en: string, editions?: ('2.0' | '2.1')[]): Mutant => ({
  id, requirements, description: { ja, en }, ...(editions && { editions }),
});
