import type { AuditRecord } from './types.ts';

const SINGLE = { householdId: 'householdIds', memberId: 'memberIds' } as const;
const MANY = { householdIds: 'householdIds', memberIds: 'memberIds' } as const;
const MAX_DEPTH = 12;

/** Household and member ids found anywhere in the given values (path parameters, body, response). */
export function collectSubjects(...values: unknown[]): AuditRecord['subjects'] {
  const found = { householdIds: new Set<string>(), memberIds: new Set<string>() };
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key in SINGLE && typeof value === 'string') found[SINGLE[key as keyof typeof SINGLE]].add(value);
      else if (key in MANY && Array.isArray(value)) {
        for (const id of value) if (typeof id === 'string') found[MANY[key as keyof typeof MANY]].add(id);
      } else visit(value, depth + 1);
    }
  };
  for (const value of values) visit(value, 0);
  return { householdIds: [...found.householdIds], memberIds: [...found.memberIds] };
}
