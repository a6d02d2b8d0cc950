import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { AreaSource } from '../source/types.ts';
import { parseCsv } from './csv.ts';
import { decodeText } from './encoding.ts';
import { mapSheet } from './map.ts';
import type { Encoding, MappedSheet, Sheet } from './types.ts';
import { readXlsx } from './xlsx.ts';

export interface ReadOptions {
  /** The worksheet to read; default the first one with a recognisable header row. */
  sheet?: string;
  /** CSV only: force the encoding instead of detecting it. */
  encoding?: Encoding;
}

export interface ReadWorkbook {
  file: string;
  format: 'csv' | 'xlsx';
  /** CSV only: the encoding the file was read with. */
  encoding?: Encoding;
  mapped: MappedSheet;
}

/** Reads a workbook (.xlsx) or CSV export and maps its rows against the catalogue's areas. */
export function readWorkbook(path: string, areas: AreaSource[], options: ReadOptions = {}): ReadWorkbook {
  const bytes = new Uint8Array(readFileSync(path));
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Error(`${basename(path)}: .xls（Excel 97-2003 形式）は読めません。.xlsx か CSV で保存してください / .xls is not supported; save as .xlsx or CSV`);
  }
  const file = basename(path);
  let sheets: Sheet[];
  let encoding: Encoding | undefined;
  if (isZip || /^\.xls[xm]$/i.test(extname(path))) {
    sheets = readXlsx(bytes);
  } else {
    const decoded = decodeText(bytes, options.encoding ?? 'auto');
    encoding = decoded.encoding;
    sheets = [parseCsv(decoded.text, basename(path, extname(path)))];
  }
  const format = encoding === undefined ? 'xlsx' : 'csv';
  if (options.sheet !== undefined) {
    const sheet = sheets.find((s) => s.name === options.sheet);
    if (!sheet) {
      throw new Error(`シート「${options.sheet}」がありません（${sheets.map((s) => s.name).join('、')}）/ no sheet named "${options.sheet}"`);
    }
    const mapped = mapSheet(sheet, areas);
    if (!mapped) throw new Error(`シート「${sheet.name}」に見出し行（機能ID・実装区分）がありません / no header row with 機能ID and 実装区分`);
    return { file, format, encoding, mapped };
  }
  for (const sheet of sheets) {
    const mapped = mapSheet(sheet, areas);
    if (mapped) return { file, format, encoding, mapped };
  }
  throw new Error(`${file}: 見出し行（機能ID・実装区分）のあるシートがありません / no sheet has a header row with 機能ID and 実装区分`);
}
