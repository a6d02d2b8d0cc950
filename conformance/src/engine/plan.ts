import type { CheckDefinition } from './types.ts';

/** A mistake in how the kit was called or the checks were written (CLI exit code 2), found before anything runs. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The checks in an order where each comes after its needs (stable: otherwise the given order).
 * Throws UsageError for a duplicate id, a need that is not among the checks, or a cycle (named in full).
 */
export function orderChecks(checks: readonly CheckDefinition[]): CheckDefinition[] {
  const byId = new Map<string, CheckDefinition>();
  for (const check of checks) {
    if (byId.has(check.id)) throw new UsageError(`Duplicate check id "${check.id}"`);
    byId.set(check.id, check);
  }
  for (const check of checks) {
    for (const need of check.needs ?? []) {
      if (!byId.has(need)) throw new UsageError(`Check ${check.id} needs "${need}", which is not among the checks of this run`);
    }
  }

  const ordered: CheckDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (check: CheckDefinition, path: string[]): void => {
    const seen = state.get(check.id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(check.id)), check.id];
      throw new UsageError(`Checks need each other in a cycle: ${cycle.join(' → ')}`);
    }
    state.set(check.id, 'visiting');
    for (const need of check.needs ?? []) visit(byId.get(need)!, [...path, check.id]);
    state.set(check.id, 'done');
    ordered.push(check);
  };
  for (const check of checks) visit(check, []);
  return ordered;
}
