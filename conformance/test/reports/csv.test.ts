import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvReport } from '../../src/reports/csv.ts';
import { isReportFormat, writeReports } from '../../src/reports/index.ts';
import { expectValidReport } from '../run/support/report-schema.ts';
import { parseCsv } from './support/csv.ts';
import { HOSTILE, sampleReport } from './support/sample.ts';

const report = sampleReport();
const rows = () => parseCsv(csvReport(report).slice(1));

describe('verdicts.csv', () => {
  it('the sample run is a valid report.json', () => {
    expectValidReport(report);
  });

  it('starts with a BOM, ends records with CRLF, and is written as UTF-8 (EF BB BF first)', async () => {
    const csv = csvReport(report);
    expect(csv.startsWith('\uFEFF機能ID,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // outside quoted fields every line break is CRLF
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/\r?\n/g)?.every((b) => b === '\r\n')).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'hogo-csv-'));
    try {
      expect(isReportFormat('csv')).toBe(true);
      const [path] = await writeReports(report, ['csv'], dir);
      expect(path).toBe(join(dir, 'verdicts.csv'));
      const bytes = await readFile(path!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8')).toBe(csv.slice(1));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('parses back: the checklist columns in order, a row per requirement, Japanese labels', () => {
    const [header, ...body] = rows();
    expect(header).toEqual(['機能ID', '機能名称', '実装区分', '判定', '理由', '証跡']);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(body.map((r) => r[0])).toEqual(report.requirements.map((r) => r.id));
    expect(body.every((r) => r.length === 6)).toBe(true);
    const byId = Object.fromEntries(body.map((r) => [r[0], r]));
    expect(byId['01.1.1']).toEqual(['01.1.1', '要件 01.1.1 の名称', '実装必須', '○ 適合', 'すべての検査に合格', 'consultation.records: pass\nconsultation.large: pass']);
    expect(byId['01.1.2']!.slice(2, 4)).toEqual(['実装必須', '× 不適合']);
    expect(byId['01.1.3']!.slice(3)).toEqual(['未検証', '検査に必要なデータがありません（申請中の世帯）', 'consultation.lacks-data: skip']);
    expect(byId['01.2.8']!.slice(2, 4)).toEqual(['標準オプション', '対象外']);
    expect(byId['01.5.1']!.slice(2, 4)).toEqual(['実装不可', '○ 適合']);
    expect(byId['01.1.5']![3]).toBe('目視確認待ち');
    expect(byId['02.1.1']![3]).toBe('証明済み');
    expect(byId['02.1.2']![5]).toBe('investigation.after-failure: blocked');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps text that Excel would run as a formula inert', () => {
    const row = rows().find((r) => r[0] === '01.1.2')!;
    expect(row[1]).toBe(HOSTILE.title);
    expect(row[4]).toBe(`'${HOSTILE.reason}`);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('plain 日本語')).toBe('plain 日本語');
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvField(risky)).toBe(`'${risky}`);
  });

  it('the reader refuses malformed CSV', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow();
    expect(() => parseCsv('a,b"c\r\n')).toThrow();
    expect(() => parseCsv('a,b\nc,d\r\n')).toThrow();
  });
});
