import type { AreaSource, Localized, RequirementClass } from '../source/types.ts';
import { findHeader, isHeaderRow, normaliseHeader } from './header.ts';
import type { HeaderColumns, ImportedRow, MappedSheet, Sheet, UnmappedRow } from './types.ts';

/** 実装区分 → class; workbooks write either the long or the short form. */
const CLASSES: Record<string, RequirementClass> = {
  実装必須機能: 'mandatory',
  実装必須: 'mandatory',
  標準オプション機能: 'option',
  標準オプション: 'option',
  実装不可機能: 'prohibited',
  実装不可: 'prohibited',
};

/** A catalogue requirement id: <area>.<group>.<n>. */
export const REQUIREMENT_ID = /^([0-9]{2})\.([0-9]{1,2})\.([0-9]{1,3})$/;

export const reasons = {
  noId: (): Localized => ({ ja: '機能IDが空です', en: 'the row has no 機能ID' }),
  unknownClass: (value: string): Localized => ({
    ja: `実装区分「${value}」は実装必須・標準オプション・実装不可のいずれでもありません`,
    en: `実装区分 "${value}" is none of mandatory / option / prohibited`,
  }),
  duplicate: (first: string): Localized => ({ ja: `機能IDが重複しています（最初は ${first}）`, en: `duplicate 機能ID (first at ${first})` }),
  unknownArea: (area: string): Localized => ({ ja: `領域 ${area} は要件カタログにありません`, en: `area ${area} is not in the catalogue` }),
  unknownGroup: (area: string, group: string): Localized => ({
    ja: `領域 ${area} にグループ ${group} がありません`,
    en: `area ${area} declares no group ${group}`,
  }),
  noArea: (): Localized => ({
    ja: '機能IDが NN.G.N 形式でなく、分類の列も要件カタログの領域・グループに一致しません',
    en: 'the 機能ID is not <area>.<group>.<n> and no area column matches a catalogue area and group',
  }),
  idForm: (area: string, group: string): Localized => ({
    ja: `分類の列から領域 ${area}・グループ ${group} と判定しましたが、機能IDが NN.G.N 形式でないため要件カタログに登録できません`,
    en: `the area columns match area ${area} group ${group}, but the catalogue only holds <area>.<group>.<n> ids`,
  }),
};

/** The area and group named by a row's area columns (大分類 / 中分類 / 小分類 …), matched to catalogue names. */
function areaFromColumns(cells: string[], columns: HeaderColumns, areas: AreaSource[]): { area: string; group: string } | undefined {
  const values = columns.areas.map((i) => normaliseHeader(cells[i] ?? '')).filter((v) => v !== '');
  for (const a of areas) {
    if (!values.includes(normaliseHeader(a.name?.ja ?? ''))) continue;
    const group = Object.entries(a.groups ?? {}).find(([, name]) => values.includes(normaliseHeader(name?.ja ?? '')));
    if (group) return { area: a.area, group: group[0] };
  }
  return undefined;
}

/** Places a row in the catalogue: from its id, else from its area columns; otherwise the reason it cannot be placed. */
function place(id: string, cells: string[], columns: HeaderColumns, areas: AreaSource[]): { area: string; group: string } | Localized {
  const m = REQUIREMENT_ID.exec(id);
  if (m) {
    const area = areas.find((a) => a.area === m[1]);
    if (!area) return reasons.unknownArea(m[1]!);
    if (!(m[2]! in (area.groups ?? {}))) return reasons.unknownGroup(m[1]!, m[2]!);
    return { area: m[1]!, group: m[2]! };
  }
  const fromColumns = areaFromColumns(cells, columns, areas);
  return fromColumns ? reasons.idForm(fromColumns.area, fromColumns.group) : reasons.noArea();
}

/**
 * Maps the rows under a sheet's header to requirements. Every row is accounted for: imported, unmapped
 * (with its place and reason), or skipped (blank — merged area cells alone do not count —, a repeated header,
 * or a title row above the header).
 */
export function mapSheet(sheet: Sheet, areas: AreaSource[]): MappedSheet | undefined {
  const header = findHeader(sheet);
  if (!header) return undefined;
  const { columns } = header;
  const result: MappedSheet = {
    sheet: sheet.name,
    headerAt: sheet.rows[header.index]!.at,
    imported: [],
    unmapped: [],
    skipped: { blank: 0, header: 0, preamble: header.index },
  };
  const seen = new Map<string, string>();
  const cell = (cells: string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').replace(/\r\n?/g, '\n').trim());
  for (const row of sheet.rows.slice(header.index + 1)) {
    if (row.mergedOnly || row.cells.every((c) => c.trim() === '')) {
      result.skipped.blank++;
      continue;
    }
    if (isHeaderRow(row.cells, columns)) {
      result.skipped.header++;
      continue;
    }
    const id = cell(row.cells, columns.id);
    const unmapped = (reason: Localized) => result.unmapped.push({ at: row.at, id, reason } satisfies UnmappedRow);
    if (id === '') {
      unmapped(reasons.noId());
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      unmapped(reasons.duplicate(first));
      continue;
    }
    seen.set(id, row.at);
    const classText = cell(row.cells, columns.class);
    const cls = CLASSES[normaliseHeader(classText)];
    if (!cls) {
      unmapped(reasons.unknownClass(classText));
      continue;
    }
    const placed = place(id, row.cells, columns, areas);
    if ('ja' in placed) {
      unmapped(placed);
      continue;
    }
    result.imported.push({
      at: row.at,
      id,
      ...placed,
      title: cell(row.cells, columns.title),
      text: cell(row.cells, columns.text),
      class: cls,
    } satisfies ImportedRow);
  }
  return result;
}
