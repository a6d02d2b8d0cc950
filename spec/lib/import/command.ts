import type { Command } from 'commander';
import { loadSource } from '../source/load.ts';
import { isEncoding } from './encoding.ts';
import { importWorkbook } from './index.ts';
import { formatSummary } from './report.ts';

interface Options {
  edition: string;
  out?: string;
  sheet?: string;
  encoding?: string;
  json?: boolean;
  markRemoved?: boolean;
}

/** `hogo-spec import <file> --edition <new>`: the official workbook (.xlsx or CSV) as a new edition of the source. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('取込: 公式の機能要件一覧（.xlsx / CSV）を新しい版として取り込む / import the official workbook as a new edition')
    .argument('<file>', 'workbook (.xlsx) or CSV export')
    .requiredOption('--edition <edition>', 'the new edition, after the newest one of the source (e.g. 2.2)')
    .option('--out <dir>', 'write a merged copy of the source here (without it: dry run)')
    .option('--sheet <name>', 'worksheet to read (default: the first with a 機能ID / 実装区分 header row)')
    .option('--encoding <encoding>', 'CSV encoding: utf-8 | shift_jis (default: detected)')
    .option('--mark-removed', 'mark catalogue requirements absent from the workbook as removed in the new edition')
    .option('--json', 'print the summary as JSON')
    .action((file: string, options: Options) => {
      if (options.encoding !== undefined && !isEncoding(options.encoding)) {
        console.error(`--encoding は utf-8 か shift_jis です / --encoding must be utf-8 or shift_jis`);
        process.exitCode = 2;
        return;
      }
      try {
        const { summary } = importWorkbook(loadSource(program.opts().src), file, {
          edition: options.edition,
          out: options.out,
          sheet: options.sheet,
          encoding: options.encoding as 'utf-8' | 'shift_jis' | undefined,
          markRemoved: options.markRemoved,
        });
        console.log(options.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
      } catch (error) {
        console.error((error as Error).message);
        process.exitCode = 1;
      }
    });
}
