import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { buildBundle } from '../bundle/index.ts';
import { EDITIONS, isEdition } from '../editions.ts';
import { loadSource } from '../source/load.ts';
import { DiffUsageError, parseChecks } from './checks.ts';
import { diffEditions, failsOn } from './index.ts';
import { renderMarkdown, type Lang } from './markdown.ts';

interface DiffFlags {
  format: 'md' | 'json';
  lang: Lang;
  checks?: string;
  failOn: 'breaking' | 'any' | 'none';
  out?: string;
  fromSrc?: string;
}

function source(dir: string, flag: string) {
  if (!existsSync(dir)) throw new DiffUsageError(`${flag} のディレクトリがありません: ${dir}`, `${flag} directory not found: ${dir}`);
  const loaded = loadSource(dir);
  for (const u of loaded.unreadable) process.stderr.write(`読めないファイル / unreadable file: ${u.file}: ${u.message}\n`);
  return loaded;
}

function run(program: Command, from: string, to: string, flags: DiffFlags): void {
  for (const edition of [from, to]) {
    if (!isEdition(edition)) {
      throw new DiffUsageError(`未知の版です: ${edition}（${EDITIONS.join('、')} のいずれか）`, `unknown edition ${edition} (one of ${EDITIONS.join(', ')})`);
    }
  }
  const src = program.opts().src as string;
  const toSource = source(src, '--src');
  const fromSource = flags.fromSrc ? source(flags.fromSrc, '--from-src') : toSource;
  let checks;
  if (flags.checks !== undefined) {
    if (!existsSync(flags.checks)) throw new DiffUsageError(`チェック一覧のファイルがありません: ${flags.checks}`, `check list file not found: ${flags.checks}`);
    checks = parseChecks(readFileSync(flags.checks, 'utf8'));
  }
  const report = diffEditions(buildBundle(fromSource, from), buildBundle(toSource, to), {
    ...(checks && { checks }),
    separateSources: flags.fromSrc !== undefined,
  });
  const text = flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report, flags.lang);
  if (flags.out) writeFileSync(flags.out, text);
  else process.stdout.write(text);
  const { total } = report.summary;
  process.stderr.write(`互換性なし / breaking ${total.breaking}, 互換 / non-breaking ${total['non-breaking']}, 要確認 / review ${total.review}\n`);
  process.exitCode = failsOn(report, flags.failOn) ? 1 : 0;
}

/** `hogo-spec diff <from> <to>`: exit 1 when --fail-on finds a change, 2 on a usage error. */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('版の差分と再試験の影響 / what changed between two editions, classified, and what to re-test')
    .argument('<from>', `変更前の版 / earlier edition (${EDITIONS.join(', ')})`)
    .argument('<to>', `変更後の版 / later edition (${EDITIONS.join(', ')})`)
    .addOption(new Option('--format <format>', '出力形式 / output format').choices(['md', 'json']).default('md'))
    .addOption(new Option('--lang <lang>', 'Markdown の言語 / Markdown language').choices(['ja', 'en', 'both']).default('both'))
    .option('--checks <file>', 'hogo-conformance checks --json の出力 / the check list, for the exact checks to re-run')
    .addOption(new Option('--fail-on <level>', '終了コード 1 にする変更 / exit 1 on').choices(['breaking', 'any', 'none']).default('none'))
    .option('--out <file>', '出力先ファイル / write the report to a file')
    .option('--from-src <dir>', '変更前の版を別のソースから生成 / build <from> from another source directory')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
    .action((from: string, to: string, flags: DiffFlags) => {
      try {
        run(program, from, to, flags);
      } catch (error) {
        if (!(error instanceof DiffUsageError)) throw error;
        process.stderr.write(`hogo-spec diff: ${error.ja}\nhogo-spec diff: ${error.en}\n`);
        process.exitCode = 2;
      }
    });
}
