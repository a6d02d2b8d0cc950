import type { HeaderColumns, Sheet } from './types.ts';

/** Header text compared loosely: NFKC (full-width letters, half-width kana, brackets) and no spaces or line breaks. */
export function normaliseHeader(value: string): string {
  return value.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

const ID = ['機能ID', '機能ID番号'];
const TITLE = ['機能名称', '機能名'];
const TEXT = ['機能要件', '要件の考え方', '機能要件(要件の考え方)', '機能要件(要件の考え方を含む)'];
const CLASS = ['実装区分'];
const AREAS = ['大分類', '中分類', '小分類', '業務', '業務分類', '機能分類', '機能大分類', '機能中分類', '機能小分類'];

/** The columns of a header row, or undefined when it lacks 機能ID or 実装区分. */
export function headerColumns(cells: string[]): HeaderColumns | undefined {
  const names = cells.map(normaliseHeader);
  const find = (wanted: string[]) => names.findIndex((n) => wanted.includes(n));
  const columns: HeaderColumns = {
    id: find(ID),
    title: find(TITLE),
    text: find(TEXT),
    class: find(CLASS),
    areas: names.flatMap((n, i) => (AREAS.includes(n) ? [i] : [])),
  };
  return columns.id >= 0 && columns.class >= 0 ? columns : undefined;
}

/** The first row holding 機能ID and 実装区分 (title rows may stand above it). */
export function findHeader(sheet: Sheet): { index: number; columns: HeaderColumns } | undefined {
  for (let index = 0; index < sheet.rows.length; index++) {
    const columns = headerColumns(sheet.rows[index]!.cells);
    if (columns) return { index, columns };
  }
  return undefined;
}

/** True when the row repeats the header (printed workbooks repeat it on every page). */
export function isHeaderRow(cells: string[], columns: HeaderColumns): boolean {
  return ID.includes(normaliseHeader(cells[columns.id] ?? ''));
}
