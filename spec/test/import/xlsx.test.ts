import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellRef, readXlsx } from '../../lib/import/xlsx.ts';
import { buildXlsx } from '../fixtures/workbooks/xlsx-writer.ts';

const WORKBOOK = new URL('../fixtures/workbooks/workbook.xlsx', import.meta.url);
const sheets = readXlsx(new Uint8Array(readFileSync(WORKBOOK)));
const list = sheets.find((s) => s.name === '機能一覧')!;
const row = (n: number) => list.rows.find((r) => r.at === `機能一覧!${n}`)!;

describe('readXlsx', () => {
  it('reads the sheets in workbook order', () => {
    expect(sheets.map((s) => s.name)).toEqual(['表紙', '機能一覧', '別版']);
    expect(sheets[0]!.rows.map((r) => r.cells)).toEqual([['生活保護システム 機能要件一覧（見本）'], ['表紙です']]);
  });

  it('joins rich text runs and leaves out the phonetic run; reads booleans', () => {
    expect(row(4).cells).toEqual(['見本', '登録', '01.1.1', '物の登録', '物を登録できること。', '実装必須機能', 'TRUE']);
  });

  it('reads inline strings, formula results and numbers', () => {
    expect(row(5).cells.slice(2, 4)).toEqual(['01.1.2', '物の保管']);
    expect(row(8).cells[3]).toBe('物の複製');
    expect(row(10).cells[2]).toBe('12');
  });

  it('leaves missing cells empty', () => {
    expect(row(6).cells).toEqual(['見本', '登録', '01.1.3', '', '物の色を版と理由を指定して変更できること。', '実装必須機能']);
  });

  it('gives every cell of a merged range the value of its top-left cell', () => {
    for (let n = 4; n <= 12; n++) expect(row(n).cells.slice(0, 2)).toEqual(['見本', '登録']);
    expect(row(3).cells.slice(0, 2)).toEqual(['大分類', '中分類']);
    expect(row(7)).toMatchObject({ cells: ['見本', '登録'], mergedOnly: true });
    expect(row(8).mergedOnly).toBeUndefined();
  });

  it('decodes XML entities, preserved spaces and _xHHHH_ escapes', () => {
    const bytes = buildXlsx([{ name: 'S', rows: { 2: { B: { shared: ' a & <b> ' }, D: { inline: 'x_x000D_y' } } } }]);
    expect(readXlsx(bytes)[0]!.rows).toEqual([{ at: 'S!2', cells: ['', ' a & <b> ', '', 'x\ry'] }]);
  });

  it('turns cell references into column and row', () => {
    expect(cellRef('A1')).toEqual({ col: 0, row: 1 });
    expect(cellRef('AB12')).toEqual({ col: 27, row: 12 });
    expect(cellRef('$C$7')).toEqual({ col: 2, row: 7 });
    expect(cellRef('12')).toBeUndefined();
  });

  it('refuses a zip that is not a workbook', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    expect(() => readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/xl\/workbook\.xml/);
  });
});
