/** The editions one source yields, oldest first. */
export const EDITIONS = ['2.0', '2.1'] as const;
export type Edition = (typeof EDITIONS)[number];

export const STANDARD_ID = 'seikatsuhogo';

export function isEdition(value: unknown): value is Edition {
  return typeof value === 'string' && (EDITIONS as readonly string[]).includes(value);
}

/** Orders editions numerically ("2.10" after "2.9"). */
export function compareEditions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export interface EditionMarks {
  since?: unknown;
  removed?: unknown;
}

/** True when an item marked with since/removed belongs to the edition. */
export function presentIn(marks: EditionMarks, edition: string, inheritedSince: string = EDITIONS[0]): boolean {
  const since = typeof marks.since === 'string' ? marks.since : inheritedSince;
  if (compareEditions(since, edition) > 0) return false;
  if (typeof marks.removed === 'string' && compareEditions(marks.removed, edition) <= 0) return false;
  return true;
}

/** Editions (≤ edition, ascending) whose `changed` entries apply. */
export function appliedChanges(changed: unknown, edition: string): string[] {
  if (!changed || typeof changed !== 'object') return [];
  return Object.keys(changed)
    .filter((key) => compareEditions(key, edition) <= 0)
    .sort(compareEditions);
}

/** Shallow-merges the `changed` overrides that apply to the edition. */
export function withChanges<T extends object>(item: T, changed: unknown, edition: string): T {
  let merged = { ...item };
  for (const key of appliedChanges(changed, edition)) {
    merged = { ...merged, ...(changed as Record<string, object>)[key] };
  }
  return merged;
}

/** The qualified id used in reports: seikatsuhogo@2.1#03.1.2 */
export function qualifiedId(edition: string, requirementId: string): string {
  return `${STANDARD_ID}@${edition}#${requirementId}`;
}
