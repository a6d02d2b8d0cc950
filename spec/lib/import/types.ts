/** Shapes shared by the workbook importer (`hogo-spec import`). */

import type { Localized, RequirementClass } from '../source/types.ts';

/** One row of a sheet as text cells; `at` says where it came from (`line 12` in a CSV, `機能一覧!7` in a workbook). */
export interface SheetRow {
  at: string;
  cells: string[];
  /** True when every value of the row is a copy from a merged range above it (the row itself is empty). */
  mergedOnly?: boolean;
}

/** A table read from a CSV file or one worksheet. */
export interface Sheet {
  name: string;
  rows: SheetRow[];
}

export type Encoding = 'utf-8' | 'shift_jis';

/** Which column holds what; -1 when the workbook has no such column. */
export interface HeaderColumns {
  id: number;
  title: number;
  text: number;
  class: number;
  /** 大分類 / 中分類 / 小分類 / 業務 / 機能分類 … in sheet order. */
  areas: number[];
}

/** A data row mapped to a requirement of the catalogue's shape. */
export interface ImportedRow {
  at: string;
  id: string;
  area: string;
  group: string;
  title: string;
  text: string;
  class: RequirementClass;
}

/** A row that could not be mapped, with its place and the reason in both languages. */
export interface UnmappedRow {
  at: string;
  id: string;
  reason: Localized;
}

export interface MappedSheet {
  sheet: string;
  /** Index of the header row in `rows`. */
  headerAt: string;
  imported: ImportedRow[];
  unmapped: UnmappedRow[];
  skipped: { blank: number; header: number; preamble: number };
}
