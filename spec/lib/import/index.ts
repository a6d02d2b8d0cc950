import type { SpecSource } from '../source/types.ts';
import { planMerge, type MergePlan } from './merge.ts';
import { readWorkbook, type ReadOptions } from './read.ts';
import type { Encoding, UnmappedRow } from './types.ts';
import { writeMerged } from './write.ts';

export interface ImportOptions extends ReadOptions {
  edition: string;
  /** Write a merged copy of the source here; without it the import is a dry run. */
  out?: string;
  /** Mark catalogue ids the workbook leaves out as `removed` in the new edition. */
  markRemoved?: boolean;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportSummary {
  file: string;
  format: 'csv' | 'xlsx';
  encoding?: Encoding;
  sheet: string;
  headerAt: string;
  edition: string;
  previous: string;
  counts: {
    imported: number;
    changed: number;
    new: number;
    unchanged: number;
    unmapped: number;
    absent: number;
    removed: number;
    skipped: { blank: number; header: number; preamble: number };
  };
  changed: { id: string; at: string; fields: string[] }[];
  new: { id: string; at: string }[];
  unchanged: string[];
  unmapped: UnmappedRow[];
  absent: string[];
  removed: string[];
  /** Files written under `out` (relative), when not a dry run. */
  written?: string[];
  out?: string;
}

/** Reads a workbook, plans it as a new edition of `source` and, with `out`, writes the merged source. */
export function importWorkbook(source: SpecSource, path: string, options: ImportOptions): { summary: ImportSummary; plan: MergePlan } {
  const read = readWorkbook(path, source.areas.map((f) => f.data), options);
  const { mapped } = read;
  const plan = planMerge(source, read.file, mapped, options.edition, options.markRemoved);
  const unmapped = [...mapped.unmapped, ...plan.rejected].sort((a, b) => rowOrder(a.at) - rowOrder(b.at));
  const summary: ImportSummary = {
    file: read.file,
    format: read.format,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    sheet: mapped.sheet,
    headerAt: mapped.headerAt,
    edition: plan.edition,
    previous: plan.previous,
    counts: {
      imported: plan.changed.length + plan.added.length + plan.unchanged.length,
      changed: plan.changed.length,
      new: plan.added.length,
      unchanged: plan.unchanged.length,
      unmapped: unmapped.length,
      absent: plan.absent.length,
      removed: plan.removed.length,
      skipped: mapped.skipped,
    },
    changed: plan.changed.map((c) => ({ id: c.id, at: c.at, fields: Object.keys(c.overrides) })),
    new: plan.added.map((a) => ({ id: a.requirement.id, at: a.at })),
    unchanged: plan.unchanged,
    unmapped,
    absent: plan.absent.map((a) => a.id),
    removed: plan.removed.map((r) => r.id),
  };
  if (options.out !== undefined) {
    summary.written = writeMerged(source, plan, options.out);
    summary.out = options.out;
  }
  return { summary, plan };
}

/** The row number in `line 12` / `Sheet!12`, for ordering the report. */
function rowOrder(at: string): number {
  return Number(/([0-9]+)$/.exec(at)?.[1] ?? 0);
}

export { readWorkbook } from './read.ts';
export { parseCsv } from './csv.ts';
export { readXlsx } from './xlsx.ts';
export { decodeText } from './encoding.ts';
export type { Sheet, SheetRow, MappedSheet, ImportedRow, UnmappedRow, Encoding } from './types.ts';
export type { MergePlan } from './merge.ts';
