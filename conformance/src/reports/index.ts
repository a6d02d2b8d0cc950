import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunReport } from '../run.ts';
import { csvReport } from './csv.ts';
import { htmlReport } from './html/index.ts';
import { jsonReport } from './json.ts';
import { junitReport } from './junit.ts';
import { markdownReport } from './markdown.ts';

export const REPORT_FORMATS = ['json', 'junit', 'md', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const FILES: Record<ReportFormat, { name: string; render: (report: RunReport) => string }> = {
  json: { name: 'report.json', render: jsonReport },
  junit: { name: 'junit.xml', render: junitReport },
  md: { name: 'summary.md', render: markdownReport },
  csv: { name: 'verdicts.csv', render: csvReport },
  html: { name: 'report.html', render: htmlReport },
};

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Writes the reports asked for into a directory (created if need be); answers the paths written. */
export async function writeReports(report: RunReport, formats: readonly ReportFormat[], outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const format of new Set(formats)) {
    const { name, render } = FILES[format];
    const path = join(outDir, name);
    await writeFile(path, render(report), 'utf8');
    written.push(path);
  }
  return written;
}

export { csvReport, htmlReport, jsonReport, junitReport, markdownReport };
