import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headerColumns } from '../../lib/import/header.ts';
import { readWorkbook } from '../../lib/import/read.ts';
import { fixture } from '../helpers.ts';

const workbook = (name: string) => fileURLToPath(new URL(`../fixtures/workbooks/${name}`, import.meta.url));
const areas = fixture().areas.map((f) => f.data);
const brief = (r: { at: string; id: string }) => `${r.at} ${r.id}`;

describe('header row', () => {
  it('is found by 機能ID and 実装区分, with full-width letters, spaces and line breaks normalised', () => {
    expect(headerColumns(['大分類', '中分類', '機能ＩＤ', '機能 名称', '機能要件\n（要件の考え方）', '実装　区分'])).toEqual({
      id: 2, title: 3, text: 4, class: 5, areas: [0, 1],
    });
    expect(headerColumns(['業務', '機能分類', '機能ID', '機能名称', '要件の考え方', '実装区分'])).toMatchObject({ text: 4, areas: [0, 1] });
    expect(headerColumns(['機能ID', '機能名称', '機能要件'])).toBeUndefined();
  });
});

describe('mapping the UTF-8 CSV (BOM, CRLF, header on line 4)', () => {
  const { mapped, encoding, format } = readWorkbook(workbook('utf8-bom.csv'), areas);

  it('reads UTF-8 and finds the header below the title rows', () => {
    expect({ format, encoding, headerAt: mapped.headerAt }).toEqual({ format: 'csv', encoding: 'utf-8', headerAt: 'line 4' });
  });

  it('imports the rows with NN.G.N ids in known groups, text from quoted fields', () => {
    expect(mapped.imported.map(brief)).toEqual(['line 6 01.1.1', 'line 7 01.1.2', 'line 8 01.1.3', 'line 9 01.1.5']);
    expect(mapped.imported[1]).toMatchObject({ area: '01', group: '1', class: 'mandatory' });
    expect(mapped.imported[2]!.text).toBe('物の色を、版と理由を指定して変更できること。');
    expect(mapped.imported[3]).toMatchObject({ title: '物の"一覧"表示', text: '登録済みの物を\n一覧で表示できること。', class: 'option' });
  });

  it('reports every other row with its line and a reason in both languages', () => {
    expect(mapped.unmapped.map(brief)).toEqual(['line 12 01.1.6', 'line 13 01.1.5', 'line 15 A-001', 'line 16 B-002', 'line 17 ']);
    const [unknownClass, duplicate, idForm, noArea, noId] = mapped.unmapped.map((u) => u.reason);
    expect(unknownClass!.ja).toContain('実装推奨');
    expect(unknownClass!.en).toContain('実装推奨');
    expect(duplicate!.ja).toContain('line 9');
    expect(idForm!.en).toMatch(/area 01 group 1/);
    expect(noArea!.ja).toContain('一致しません');
    expect(noId!.ja).toContain('機能IDが空');
  });

  it('counts blank rows, repeated headers and the title rows above the header as skipped', () => {
    expect(mapped.skipped).toEqual({ blank: 1, header: 1, preamble: 3 });
  });

  it('accounts for every line of the file', () => {
    const rows = mapped.imported.length + mapped.unmapped.length + mapped.skipped.blank + mapped.skipped.header + mapped.skipped.preamble + 1;
    expect(rows).toBe(15); // 17 lines, two of them inside quoted fields
  });
});

describe('mapping the Shift_JIS CSV', () => {
  it('detects Shift_JIS and maps its rows', () => {
    const { mapped, encoding } = readWorkbook(workbook('shift-jis.csv'), areas);
    expect(encoding).toBe('shift_jis');
    expect(mapped.imported.map((r) => [r.id, r.title, r.class])).toEqual([
      ['01.1.1', '物の登録', 'mandatory'],
      ['01.1.4', '画面の配色', 'option'],
    ]);
  });

  it('finds no header when UTF-8 is forced on it', () => {
    expect(() => readWorkbook(workbook('shift-jis.csv'), areas, { encoding: 'utf-8' })).toThrow(/見出し行.*no sheet has a header row/);
  });
});

describe('mapping the workbook', () => {
  it('takes the first sheet with a header row, and skips area cells that only repeat a merged range', () => {
    const { mapped } = readWorkbook(workbook('workbook.xlsx'), areas);
    expect(mapped.sheet).toBe('機能一覧');
    expect(mapped.imported.map(brief)).toEqual(['機能一覧!4 01.1.1', '機能一覧!5 01.1.2', '機能一覧!6 01.1.3', '機能一覧!8 01.1.5', '機能一覧!9 01.1.6']);
    expect(mapped.imported.map((r) => r.class)).toEqual(['mandatory', 'option', 'mandatory', 'option', 'prohibited']);
    expect(mapped.imported[2]!.title).toBe('');
    expect(mapped.unmapped.map(brief)).toEqual(['機能一覧!10 12', '機能一覧!12 02.1.1']);
    expect(mapped.unmapped[1]!.reason.en).toBe('area 02 is not in the catalogue');
    expect(mapped.skipped).toEqual({ blank: 1, header: 1, preamble: 2 });
  });

  it('reads the sheet named by --sheet, with other header names and short 実装区分 forms', () => {
    const { mapped } = readWorkbook(workbook('workbook.xlsx'), areas, { sheet: '別版' });
    expect(mapped.imported.map((r) => [r.at, r.id, r.class, r.text])).toEqual([
      ['別版!2', '01.1.1', 'mandatory', '物を登録できること。'],
      ['別版!3', '01.1.4', 'mandatory', ''],
    ]);
  });

  it('refuses an Excel 97-2003 .xls file with a message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hogo-xls-'));
    writeFileSync(join(dir, 'old.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(() => readWorkbook(join(dir, 'old.xls'), areas)).toThrow(/\.xlsx か CSV/);
  });

  it('refuses a sheet that does not exist or has no header row', () => {
    expect(() => readWorkbook(workbook('workbook.xlsx'), areas, { sheet: 'なし' })).toThrow(/シート「なし」がありません/);
    expect(() => readWorkbook(workbook('workbook.xlsx'), areas, { sheet: '表紙' })).toThrow(/見出し行/);
  });
});
