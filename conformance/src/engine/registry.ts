import type { CheckDefinition } from './types.ts';

const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** Declares a check; the id names the property it asserts (kebab-case, dotted by area). */
export function defineCheck(definition: CheckDefinition): CheckDefinition {
  if (!ID.test(definition.id)) throw new Error(`Check id "${definition.id}" must be kebab-case`);
  if (definition.verifies.length === 0) throw new Error(`Check ${definition.id} verifies no requirement`);
  return Object.freeze({ ...definition, verifies: [...definition.verifies], needs: [...(definition.needs ?? [])] });
}

/** The checks of a run, by id; a duplicate id is refused. */
export class CheckRegistry {
  readonly #checks = new Map<string, CheckDefinition>();

  constructor(checks: Iterable<CheckDefinition> = []) {
    for (const check of checks) this.register(check);
  }

  register(check: CheckDefinition): void {
    if (this.#checks.has(check.id)) throw new Error(`Duplicate check id "${check.id}"`);
    this.#checks.set(check.id, check);
  }

  get(id: string): CheckDefinition | undefined {
    return this.#checks.get(id);
  }

  all(): CheckDefinition[] {
    return [...this.#checks.values()];
  }
}
