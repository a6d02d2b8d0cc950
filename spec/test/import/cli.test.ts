import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MINIMAL } from '../helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/hogo-spec.js', import.meta.url));
const workbook = (name: string) => fileURLToPath(new URL(`../fixtures/workbooks/${name}`, import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, '--src', MINIMAL, 'import', ...args], { encoding: 'utf8' });

describe('hogo-spec import', () => {
  it('prints the summary counts as JSON (dry run)', () => {
    const result = run(workbook('workbook.xlsx'), '--edition', '2.2', '--json');
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ file: 'workbook.xlsx', format: 'xlsx', sheet: '機能一覧', previous: '2.1', edition: '2.2' });
    expect(summary.counts).toEqual({
      imported: 5, changed: 1, new: 2, unchanged: 2, unmapped: 2, absent: 1, removed: 0,
      skipped: { blank: 1, header: 1, preamble: 2 },
    });
    expect(summary.written).toBeUndefined();
  });

  it('reads another sheet and a forced encoding', () => {
    const sheet = JSON.parse(run(workbook('workbook.xlsx'), '--edition', '2.2', '--sheet', '別版', '--json').stdout);
    expect(sheet.counts).toMatchObject({ imported: 2, changed: 1, unchanged: 1, absent: 2 });
    const sjis = JSON.parse(run(workbook('shift-jis.csv'), '--edition', '2.2', '--encoding', 'shift_jis', '--json').stdout);
    expect(sjis).toMatchObject({ encoding: 'shift_jis', counts: { imported: 2, unchanged: 2, absent: 2 } });
  });

  it('prints the text summary in Japanese and English', () => {
    const result = run(workbook('utf8-bom.csv'), '--edition', '2.2');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('取込 / imported 4: 変更 / changed 2・新規 / new 1・変更なし / unchanged 1');
    expect(result.stdout).toContain('line 12  01.1.6: 実装区分「実装推奨」');
  });

  it('fails with a message on a bad edition, encoding or sheet', () => {
    expect(run(workbook('utf8-bom.csv'), '--edition', '2.0')).toMatchObject({ status: 1, stderr: expect.stringContaining('must come after 2.1') });
    expect(run(workbook('utf8-bom.csv'), '--edition', '2.2', '--encoding', 'latin1')).toMatchObject({ status: 2 });
    expect(run(workbook('workbook.xlsx'), '--edition', '2.2', '--sheet', 'x').stderr).toContain('no sheet named "x"');
  });
});
