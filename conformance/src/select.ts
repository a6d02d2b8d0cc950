import type { Edition } from '@hogo-kit/sdk';
import type { CatalogueRequirement } from './catalogue.ts';
import { UsageError } from './engine/plan.ts';
import type { CheckDefinition } from './engine/types.ts';

/** Which requirements a run covers: all of the edition, or those of some areas or ids (--area, --requirement). */
export interface Scope {
  areas?: readonly string[];
  requirements?: readonly string[];
}

/** The requirements of the edition in scope; an unknown area or id is a usage error. */
export function requirementsInScope(all: readonly CatalogueRequirement[], scope: Scope = {}): CatalogueRequirement[] {
  const areas = (scope.areas ?? []).map((a) => a.padStart(2, '0'));
  const ids = scope.requirements ?? [];
  const known = new Set(all.map((r) => r.id));
  const unknownIds = ids.filter((id) => !known.has(id));
  if (unknownIds.length > 0) throw new UsageError(`Unknown requirement id(s) in this edition: ${unknownIds.join(', ')}`);
  const knownAreas = new Set(all.map((r) => r.area));
  const unknownAreas = areas.filter((a) => !knownAreas.has(a));
  if (unknownAreas.length > 0) throw new UsageError(`Unknown area(s) in this edition: ${unknownAreas.join(', ')}`);
  if (areas.length === 0 && ids.length === 0) return [...all];
  return all.filter((r) => areas.includes(r.area) || ids.includes(r.id));
}

/**
 * The checks of the edition that verify a requirement in scope, with every check they need (transitively),
 * so that a prerequisite left out by a filter does not block its dependants (a prerequisite of another edition
 * is kept too: the runner omits it and its dependants, citing the edition).
 * A check applies to its `editions`, or else to every edition in which all it verifies exists.
 */
export function selectChecks(checks: readonly CheckDefinition[], edition: Edition, all: readonly CatalogueRequirement[], inScope: readonly CatalogueRequirement[]): CheckDefinition[] {
  const exists = new Set(all.map((r) => r.id));
  const applies = (c: CheckDefinition) => checkApplies(c, edition, exists);
  const byId = new Map(checks.map((c) => [c.id, c]));
  const wanted = new Set(inScope.map((r) => r.id));
  const chosen = new Set<string>();
  const take = (c: CheckDefinition): void => {
    if (chosen.has(c.id)) return;
    chosen.add(c.id);
    for (const need of c.needs ?? []) {
      const prerequisite = byId.get(need);
      if (prerequisite) take(prerequisite);
    }
  };
  for (const c of checks) if (applies(c) && c.verifies.some((id) => wanted.has(id))) take(c);
  return checks.filter((c) => chosen.has(c.id));
}

/** Whether a check applies to an edition: its `editions` when it names them, else whether all it verifies exists there. */
export function checkApplies(check: Pick<CheckDefinition, 'editions' | 'verifies'>, edition: Edition, exists: ReadonlySet<string>): boolean {
  return check.editions ? check.editions.includes(edition) : check.verifies.every((id) => exists.has(id));
}
