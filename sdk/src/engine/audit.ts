import type { AuditRecord } from './types.ts';

const MAX_DEPTH = 12;

/**
 * Household and member ids found anywhere in the given values (path parameters, body, response). Keys are compared
 * by name (not `in` a lookup object, which would also match "constructor" or "toString" of the prototype).
 */
export function collectSubjects(...values: unknown[]): AuditRecord['subjects'] {
  const householdIds = new Set<string>();
  const memberIds = new Set<string>();
  const addAll = (into: Set<string>, ids: unknown[]) => {
    for (const id of ids) if (typeof id === 'string') into.add(id);
  };
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const value = record[key];
      if (key === 'householdId' && typeof value === 'string') householdIds.add(value);
      else if (key === 'memberId' && typeof value === 'string') memberIds.add(value);
      else if (key === 'householdIds' && Array.isArray(value)) addAll(householdIds, value);
      else if (key === 'memberIds' && Array.isArray(value)) addAll(memberIds, value);
      else visit(value, depth + 1);
    }
  };
  for (const value of values) visit(value, 0);
  return { householdIds: [...householdIds], memberIds: [...memberIds] };
}
