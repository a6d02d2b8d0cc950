import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../lib/build.ts';
import { importWorkbook } from '../../lib/import/index.ts';
import { formatSummary } from '../../lib/import/report.ts';
import { lint } from '../../lib/lint/index.ts';
import { loadSource } from '../../lib/source/load.ts';
import { fixtureCopy } from '../helpers.ts';

const workbook = (name: string) => fileURLToPath(new URL(`../fixtures/workbooks/${name}`, import.meta.url));
const AREA_FILE = 'requirements/01-sample.yaml';

describe('import as a new edition (workbook.xlsx against the minimal fixture)', () => {
  const src = fixtureCopy();
  const out = join(fixtureCopy(), 'merged');
  const { summary } = importWorkbook(loadSource(src), workbook('workbook.xlsx'), { edition: '2.2', out });
  const merged = loadSource(out);

  it('finds what changed, what is new, what is unchanged and what the workbook leaves out', () => {
    expect(summary.changed).toEqual([{ id: '01.1.3', at: '機能一覧!6', fields: ['text'] }]);
    expect(summary.new).toEqual([{ id: '01.1.5', at: '機能一覧!8' }, { id: '01.1.6', at: '機能一覧!9' }]);
    expect(summary.unchanged).toEqual(['01.1.1', '01.1.2']);
    expect(summary.absent).toEqual(['01.1.4']);
    expect(summary.removed).toEqual([]);
    expect(summary.counts).toMatchObject({ imported: 5, changed: 1, new: 2, unchanged: 2, unmapped: 2, absent: 1 });
  });

  it('writes a source that lists the new edition and passes lint', async () => {
    expect(merged.editions).toEqual(['2.0', '2.1', '2.2']);
    expect(readFileSync(join(out, 'editions.yaml'), 'utf8')).toMatch(/editions: \[ "2\.0", "2\.1", "2\.2" \]/);
    expect(await lint(merged)).toEqual([]);
  });

  it('builds the new edition with the workbook texts, and leaves the earlier editions as they were', () => {
    const [v20, v21, v22] = buildAll(merged);
    expect(v22!.edition).toBe('2.2');
    const byId = (id: string) => v22!.requirements.find((r) => r.id === id)!;
    expect(byId('01.1.3').text).toBe('物の色を版と理由を指定して変更できること。');
    expect(byId('01.1.3').changed).toEqual(['2.1', '2.2']);
    expect(byId('01.1.5')).toMatchObject({ title: { ja: '物の複製' }, class: 'option', since: '2.2', testability: 'manual' });
    expect(byId('01.1.5').source).toEqual({ kind: 'official-spec', ref: 'workbook.xlsx 機能一覧!8' });
    expect(byId('01.1.6')).toMatchObject({ class: 'prohibited', text: '登録済みの物を記録を残さずに削除できないこと。' });
    expect(byId('01.1.4')).toBeDefined();
    expect(v21!.requirements.find((r) => r.id === '01.1.3')!.text).toBe('物の色を版を指定して変更できること。');
    expect(v21!.requirements.map((r) => r.id)).toEqual(['01.1.1', '01.1.2', '01.1.3', '01.1.4']);
    expect(v20!.requirements).toHaveLength(3);
  });

  it('only adds lines to the area file: every original line stays, in order', () => {
    const before = readFileSync(join(src, AREA_FILE), 'utf8').split('\n');
    const after = readFileSync(join(out, AREA_FILE), 'utf8').split('\n');
    let i = 0;
    for (const line of after) if (line === before[i]) i++;
    expect(i).toBe(before.length);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('copies the rest of the source unchanged', () => {
    for (const file of ['openapi/openapi.yaml', 'schemas/Thing.yaml', 'flows/thing.yaml']) {
      expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(src, file), 'utf8'));
    }
  });

  it('prints a bilingual summary', () => {
    const text = formatSummary(summary);
    expect(text).toContain('変更 / changed 1');
    expect(text).toContain('機能一覧!12  02.1.1: 領域 02 は要件カタログにありません / area 02 is not in the catalogue');
  });
});

describe('import options', () => {
  it('marks absent requirements removed with markRemoved', async () => {
    const out = join(fixtureCopy(), 'merged');
    const { summary } = importWorkbook(loadSource(fixtureCopy()), workbook('workbook.xlsx'), { edition: '2.2', out, markRemoved: true });
    expect(summary.removed).toEqual(['01.1.4']);
    const merged = loadSource(out);
    expect(await lint(merged)).toEqual([]);
    const [, v21, v22] = buildAll(merged);
    expect(v21!.requirements.map((r) => r.id)).toContain('01.1.4');
    expect(v22!.requirements.map((r) => r.id)).not.toContain('01.1.4');
  });

  it('records changed classes and texts from the CSV, a text with a line break kept', async () => {
    const out = join(fixtureCopy(), 'merged');
    const { summary } = importWorkbook(loadSource(fixtureCopy()), workbook('utf8-bom.csv'), { edition: '2.2', out });
    expect(summary.changed).toEqual([
      { id: '01.1.2', at: 'line 7', fields: ['class'] },
      { id: '01.1.3', at: 'line 8', fields: ['text'] },
    ]);
    const merged = loadSource(out);
    expect(await lint(merged)).toEqual([]);
    const v22 = buildAll(merged)[2]!;
    expect(v22.requirements.find((r) => r.id === '01.1.2')!.class).toBe('mandatory');
    expect(v22.requirements.find((r) => r.id === '01.1.5')!.text).toBe('登録済みの物を\n一覧で表示できること。');
  });

  it('writes nothing without out (dry run)', () => {
    const src = fixtureCopy();
    importWorkbook(loadSource(src), workbook('workbook.xlsx'), { edition: '2.2' });
    expect(existsSync(join(src, 'editions.yaml'))).toBe(false);
    expect(readFileSync(join(src, AREA_FILE), 'utf8')).not.toContain('2.2');
  });

  it('writes into the source itself when out is the source directory', () => {
    const src = fixtureCopy();
    importWorkbook(loadSource(src), workbook('workbook.xlsx'), { edition: '2.2', out: src });
    expect(loadSource(src).editions).toEqual(['2.0', '2.1', '2.2']);
    expect(readFileSync(join(src, AREA_FILE), 'utf8')).toContain('"2.2": { text: 物の色を版と理由を指定して変更できること。 }');
  });

  it('refuses an out directory inside the source directory', () => {
    const src = fixtureCopy();
    expect(() => importWorkbook(loadSource(src), workbook('workbook.xlsx'), { edition: '2.2', out: join(src, 'merged') })).toThrow(/inside the source/);
  });

  it('refuses an edition that is not after the newest one or not <major>.<minor>', () => {
    const source = loadSource(fixtureCopy());
    expect(() => importWorkbook(source, workbook('workbook.xlsx'), { edition: '2.1' })).toThrow(/after 2\.1/);
    expect(() => importWorkbook(source, workbook('workbook.xlsx'), { edition: 'next' })).toThrow(/<major>\.<minor>/);
  });
});
