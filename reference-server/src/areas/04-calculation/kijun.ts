import kijun20 from '@hogo-kit/spec/dist/2.0/kijun.json' with { type: 'json' };
import kijun21 from '@hogo-kit/spec/dist/2.1/kijun.json' with { type: 'json' };
import type { components, Edition } from '@hogo-kit/sdk';

/** One 基準表 exactly as the spec's build emits it (the StandardTable representation). */
export type StandardTable = components['schemas']['StandardTable'];
export type TableRow = StandardTable['rows'][number];
export type Grade = StandardTable['grades'][number];
export type TableKind = StandardTable['kind'];

/** kijun.json: one entry per YAML file of spec/src/kijun (fixtures.yaml holds no tables and is not read here). */
type Bundle = Record<string, { tables?: StandardTable[] }>;

const BUNDLES: Record<Edition, Bundle> = {
  '2.0': kijun20 as unknown as Bundle,
  '2.1': kijun21 as unknown as Bundle,
};

/** Every table of the edition, oldest effectiveFrom first (then by id). */
export function tablesOf(edition: Edition): readonly StandardTable[] {
  return TABLES[edition];
}

/** True when the table applies on the date: effectiveFrom ≤ date ≤ effectiveTo (open end when null). */
export const inForceOn = (table: StandardTable, date: string) =>
  table.effectiveFrom <= date && (table.effectiveTo === null || table.effectiveTo === undefined || date <= table.effectiveTo);

/** The "same table" key of 04.1.4: kind, 区分 (variant, addition type) — periods of one key never overlap per grade. */
export const seriesKey = (t: StandardTable) => `${t.kind}|${t.variant ?? ''}|${t.additionType ?? ''}`;

/** Pairs of tables of the same kind, 区分 and grade whose periods overlap (04.1.4); empty for sound data. */
export function overlaps(tables: readonly StandardTable[]): [string, string][] {
  const found: [string, string][] = [];
  tables.forEach((a, i) => {
    for (const b of tables.slice(i + 1)) {
      if (seriesKey(a) !== seriesKey(b) || !a.grades.some((g) => b.grades.includes(g))) continue;
      const aEnd = a.effectiveTo ?? '9999-12-31';
      const bEnd = b.effectiveTo ?? '9999-12-31';
      if (a.effectiveFrom <= bEnd && b.effectiveFrom <= aEnd) found.push([a.tableId, b.tableId]);
    }
  });
  return found;
}

function load(edition: Edition): StandardTable[] {
  const tables = Object.values(BUNDLES[edition]).flatMap((file) => file.tables ?? []);
  const clash = overlaps(tables);
  if (clash.length > 0) {
    // 04.1.4: a table set with overlapping periods could not pick one table for a date; refuse to start.
    throw new Error(`kijun ${edition}: overlapping periods: ${clash.map((p) => p.join(' / ')).join(', ')}`);
  }
  return tables.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.tableId.localeCompare(b.tableId));
}

const TABLES: Record<Edition, StandardTable[]> = { '2.0': load('2.0'), '2.1': load('2.1') };
