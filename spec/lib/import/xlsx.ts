import { posix } from 'node:path';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { Sheet, SheetRow } from './types.ts';

/** Elements that may repeat and are always read as lists. */
const LISTS = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'mergeCell']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && LISTS.has(name),
});

type Node = Record<string, any>;

/** The text of an element that may carry attributes (`<t xml:space="preserve">`); OOXML `_xHHHH_` escapes decoded. */
function textOf(node: unknown): string {
  const raw = node === undefined || node === null ? '' : typeof node === 'object' ? String((node as Node)['#text'] ?? '') : String(node);
  return raw.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A shared or inline string: plain `<t>`, or rich text runs `<r><t>` (phonetic `<rPh>` runs are not text). */
function stringItem(item: Node | undefined): string {
  if (!item || typeof item !== 'object') return textOf(item);
  if (item.t !== undefined) return textOf(item.t);
  return ((item.r ?? []) as Node[]).map((run) => textOf(run.t)).join('');
}

/** "AB12" → { col: 27, row: 12 } (col 0-based, row 1-based). */
export function cellRef(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?([0-9]+)$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

function cellValue(c: Node, shared: string[]): string {
  switch (c['@_t']) {
    case 's': return shared[Number(textOf(c.v))] ?? '';
    case 'inlineStr': return stringItem(c.is);
    case 'b': return textOf(c.v) === '1' ? 'TRUE' : 'FALSE';
    default: return textOf(c.v); // n, str (a formula's result), e, d
  }
}

/** Reads one worksheet: cells by reference (missing cells stay empty), merged ranges filled from their top-left cell. */
function readSheet(name: string, xml: string, shared: string[]): Sheet {
  const doc = parser.parse(xml) as Node;
  const grid = new Map<number, string[]>();
  const own = new Set<number>(); // rows with a value of their own
  let lastRow = 0;
  for (const row of (doc.worksheet?.sheetData?.row ?? []) as Node[]) {
    const r = Number(row['@_r'] ?? lastRow + 1);
    lastRow = r;
    const cells = grid.get(r) ?? [];
    let lastCol = -1;
    for (const c of (row.c ?? []) as Node[]) {
      const col = c['@_r'] ? (cellRef(String(c['@_r']))?.col ?? lastCol + 1) : lastCol + 1;
      lastCol = col;
      cells[col] = cellValue(c, shared);
      if (cells[col]!.trim() !== '') own.add(r);
    }
    grid.set(r, cells);
  }
  for (const merge of (doc.worksheet?.mergeCells?.mergeCell ?? []) as Node[]) {
    const [from, to] = String(merge['@_ref'] ?? '').split(':').map(cellRef);
    if (!from || !to) continue;
    const value = grid.get(from.row)?.[from.col] ?? '';
    for (let r = from.row; r <= to.row; r++) {
      const cells = grid.get(r) ?? [];
      for (let col = from.col; col <= to.col; col++) cells[col] = value;
      grid.set(r, cells);
    }
  }
  const rows: SheetRow[] = [...grid.keys()]
    .sort((a, b) => a - b)
    .map((r) => ({
      at: `${name}!${r}`,
      cells: Array.from(grid.get(r)!, (v) => v ?? ''),
      ...(own.has(r) ? {} : { mergedOnly: true }),
    }));
  return { name, rows };
}

/** Reads every worksheet of an .xlsx file, in workbook order. */
export function readXlsx(bytes: Uint8Array): Sheet[] {
  // Only the XML parts are read (no media), so a workbook full of images costs nothing.
  const files = unzipSync(bytes, { filter: (f) => /\.(xml|rels)$/.test(f.name) });
  const text = (path: string) => (files[path] ? new TextDecoder().decode(files[path]) : undefined);
  const workbookXml = text('xl/workbook.xml');
  if (workbookXml === undefined) throw new Error('xl/workbook.xml がありません / not an .xlsx workbook (no xl/workbook.xml)');
  const rels = new Map<string, string>();
  for (const rel of ((parser.parse(text('xl/_rels/workbook.xml.rels') ?? '') as Node).Relationships?.Relationship ?? []) as Node[]) {
    const target = String(rel['@_Target'] ?? '');
    rels.set(String(rel['@_Id']), target.startsWith('/') ? target.slice(1) : posix.join('xl', target));
  }
  const sstXml = text('xl/sharedStrings.xml');
  const shared = sstXml ? ((parser.parse(sstXml) as Node).sst?.si ?? []).map((si: Node) => stringItem(si)) : [];
  const sheets: Sheet[] = [];
  for (const sheet of ((parser.parse(workbookXml) as Node).workbook?.sheets?.sheet ?? []) as Node[]) {
    const name = String(sheet['@_name'] ?? `sheet${sheets.length + 1}`);
    const xml = text(rels.get(String(sheet['@_id'])) ?? '');
    if (xml !== undefined) sheets.push(readSheet(name, xml, shared));
  }
  return sheets;
}
