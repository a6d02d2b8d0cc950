import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { isEdition, type Edition, type FetchLike } from '@hogo-kit/sdk';
import { prepareValidators } from '@hogo-kit/sdk/schemas';
import { requirementsOf } from './catalogue.ts';
import { loadConfig, loadDeclaration, tokensFrom } from './config.ts';
import { UsageError } from './engine/plan.ts';
import type { Tally } from './engine/overall.ts';
import { isReportFormat, REPORT_FORMATS, writeReports, type ReportFormat } from './reports/index.ts';
import { CLASS_NAMES, CLASS_ORDER, overallLabel } from './reports/labels.ts';
import { runSuite, type RunReport } from './run.ts';
import { requirementsInScope } from './select.ts';
import { liveProgress, plainProgress, streamProgress, type Progress, type Write } from './progress.ts';
import { smoke } from './smoke.ts';
import { registerBundleCommands, runBundleKey, writeRunBundle } from './bundle/command.ts';
import { registerChecksCommand } from './checks-list.ts';

export type FailOn = 'mandatory' | 'any';

interface RunFlags {
  target?: string;
  edition?: string;
  config?: string;
  report: string;
  out: string;
  area: string[];
  requirement: string[];
  failOn: FailOn;
  declaration?: string;
  concurrency?: string;
  timeout?: string;
  stream?: boolean;
  progress: 'auto' | 'live' | 'plain' | 'none';
  bundle?: string;
  key?: string;
}

/** Where the CLI writes: whole lines to stdout and stderr, raw text (progress) to stderr, and whether that is a terminal. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  progress: Write;
  tty: boolean;
}

interface MutantsFlags {
  mutant: string[];
  edition?: string;
  out: string;
  requireTargets?: boolean;
}

async function runMutants(flags: MutantsFlags, out: (line: string) => void): Promise<number> {
  if (flags.edition !== undefined && !isEdition(flags.edition)) throw new UsageError(`--edition must be 2.0 or 2.1, not ${flags.edition}`);
  const { runKillMatrix } = await import('./kill-matrix/run.ts');
  const { killMatrixMarkdown } = await import('./kill-matrix/markdown.ts');
  const matrix = await runKillMatrix({
    ...(flags.mutant.length > 0 && { only: flags.mutant }),
    ...(flags.edition !== undefined && { editions: [flags.edition as Edition] }),
    onMutant: (row) => out(`${row.caught ? '✓' : '×'} ${row.id}: ${Object.entries(row.editions).map(([e, o]) => `${e} ${o.caught ? `caught by ${o.caughtBy.join(', ')}` : 'NOT caught'}`).join('; ')}`),
  });
  if (flags.mutant.length > 0 && matrix.mutants.length !== flags.mutant.length) throw new UsageError(`Unknown mutant(s): ${flags.mutant.filter((id) => !matrix.mutants.some((m) => m.id === id)).join(', ')}`);
  await mkdir(flags.out, { recursive: true });
  await writeFile(join(flags.out, 'kill-matrix.json'), `${JSON.stringify(matrix, null, 2)}\n`, 'utf8');
  await writeFile(join(flags.out, 'kill-matrix.md'), killMatrixMarkdown(matrix), 'utf8');
  const { summary } = matrix;
  out(`キルマトリクス / kill matrix: ${summary.caught} / ${summary.mutants} caught (${(summary.killRate * 100).toFixed(1)} %), ${(matrix.durationMs / 1000).toFixed(1)} s`);
  const untargeted = Object.entries(matrix.untargeted).map(([e, ids]) => `${e}: ${ids.length}`).join(', ');
  out(`ミュータントの対象でない要件 / requirements no mutant targets: ${untargeted}`);
  out(`レポート / reports: ${shown(join(flags.out, 'kill-matrix.json'))}, ${shown(join(flags.out, 'kill-matrix.md'))}`);
  if (summary.notCaught.length > 0) return 1;
  return flags.requireTargets && Object.values(matrix.untargeted).some((ids) => ids.length > 0) ? 1 : 0;
}

interface SmokeFlags {
  target?: string;
  edition?: string;
  config?: string;
  timeout?: string;
}

const DEFAULT_CONFIG = 'hogo.config.json';
const EMBEDDED_CONCURRENCY = 32;
const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

/** The exit code a report gives: 0 conformant, 1 not conformant (with --fail-on any: also anything not met or not verified). */
export function exitCodeOf(report: RunReport, failOn: FailOn): 0 | 1 {
  if (!report.summary.conformant) return 1;
  if (failOn === 'any' && report.requirements.some((r) => r.verdict === 'not-met' || r.verdict === 'not-verified')) return 1;
  return 0;
}

/** Runs the CLI; answers the exit code (2: usage or kit error). */
export async function main(argv: readonly string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error, io: Partial<CliIo> = {}): Promise<number> {
  const streams: CliIo = { out, err, progress: (text) => void process.stderr.write(text), tty: process.stderr.isTTY === true, ...io };
  let code = 0;
  const program = new Command('hogo-conformance')
    .description('生活保護システム標準仕様への適合性検証 / conformance suite: a verdict per requirement for any system exposing the standard API')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => err(s.trimEnd()) });

  program
    .command('run')
    .description('検証を実行 / run the suite against a target (default: the embedded reference server with the demo seed)')
    .option('--target <url>', 'root URL of the standard API (default: the embedded in-memory reference server)')
    .option('--edition <edition>', 'edition of the standard to check: 2.0 | 2.1 (default: the config, else 2.1)')
    .option('--config <file>', `tokens per role, time-outs, concurrency (default: ${DEFAULT_CONFIG} when present)`)
    .option('--report <formats>', `reports to write, comma-separated: ${REPORT_FORMATS.join(', ')}`, 'json,junit,md')
    .option('--out <dir>', 'directory the reports are written to', 'reports')
    .option('--area <areas>', 'only these areas (e.g. 13; comma-separated or repeated)', list, [])
    .option('--requirement <ids>', 'only these requirements (e.g. 13.1.1; comma-separated or repeated)', list, [])
    .addOption(new Option('--fail-on <level>', 'exit 1 when mandatory: not conformant; any: also anything not met or not verified').choices(['mandatory', 'any']).default('mandatory'))
    .option('--declaration <file>', 'a local 適合宣言 (JSON) used instead of GET /conformance')
    .option('--concurrency <n>', 'checks running at once')
    .option('--timeout <ms>', 'per-check time-out in milliseconds')
    .option('--stream', 'NDJSON events on stdout (run-start, check-start, check-end, requirement, run-end); the summary goes to stderr')
    .addOption(new Option('--progress <mode>', 'progress on stderr: live (a terminal), plain (CI logs), none; auto picks live on a terminal').choices(['auto', 'live', 'plain', 'none']).default('auto'))
    .option('--bundle <file>', 'after the reports, write a signed evidence bundle of them (証跡バンドル; needs the json report)')
    .option('--key <file>', 'Ed25519 private key (PKCS#8 PEM) signing the bundle (default: HOGO_BUNDLE_KEY)')
    .action(async (flags: RunFlags) => {
      code = await run(flags, streams);
    });

  program
    .command('mutants')
    .description('キルマトリクス / the suite against the reference server once per seeded defect: writes kill-matrix.json and .md; exit 1 when a mutant is not caught')
    .option('--mutant <ids>', 'only these mutants (comma-separated or repeated)', list, [])
    .option('--edition <edition>', 'only this edition (default: both)')
    .option('--out <dir>', 'directory the kill matrix is written to', 'reports')
    .option('--require-targets', 'also exit 1 while an auto mandatory or prohibited requirement has no mutant targeting it')
    .action(async (flags: MutantsFlags) => {
      code = await runMutants(flags, out);
    });

  program
    .command('smoke')
    .description('接続確認 / in seconds: the target answers, refuses no credential, accepts the token, and one write reads back')
    .option('--target <url>', 'root URL of the standard API (default: the embedded in-memory reference server)')
    .option('--edition <edition>', 'edition: 2.0 | 2.1 (default: the config, else 2.1)')
    .option('--config <file>', `tokens per role (default: ${DEFAULT_CONFIG} when present)`)
    .option('--timeout <ms>', 'time-out of each request in milliseconds', '5000')
    .action(async (flags: SmokeFlags) => {
      code = await runSmoke(flags, out);
    });

  registerBundleCommands(program, { out, err }, (c) => (code = c));
  registerChecksCommand(program, out);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) err(`使い方の誤り / usage error: ${error.message}`);
    else err(`キットの障害 / kit error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
}

/** The config file, the edition and the target URL the flags and the config give (usage errors thrown). */
async function setting(flags: { config?: string; edition?: string; target?: string }) {
  const configPath = flags.config ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  const config = await loadConfig(configPath);
  const edition = flags.edition ?? config.edition ?? '2.1';
  if (!isEdition(edition)) throw new UsageError(`--edition must be 2.0 or 2.1, not ${edition}`);
  const targetUrl = flags.target ?? config.target;
  if (targetUrl !== undefined && !/^https?:$/.test(URL.canParse(targetUrl) ? new URL(targetUrl).protocol : '')) {
    throw new UsageError(`--target must be an http(s) URL, not ${targetUrl}`);
  }
  return { config, edition, targetUrl };
}

/** The target to reach: the URL given with the configured tokens, or the embedded reference server. */
async function targetOf(targetUrl: string | undefined, edition: Edition, config: Awaited<ReturnType<typeof loadConfig>>) {
  if (targetUrl === undefined) return embedded(edition);
  await (await import('./embedded-thread.ts')).discardWarmEmbeddedThread(); // started ahead by the bin, not needed
  return { baseUrl: targetUrl, tokens: tokensFrom(config, process.env), close: async () => {} };
}

async function runSmoke(flags: SmokeFlags, out: (line: string) => void): Promise<number> {
  const { config, edition, targetUrl } = await setting(flags);
  const timeoutMs = positive('--timeout', flags.timeout) ?? 5_000;
  const target = await targetOf(targetUrl, edition, config);
  try {
    out(`hogo-conformance smoke — 版 edition ${edition} — 対象 target: ${targetUrl ?? '内蔵の参照サーバ / embedded reference server'}`);
    const result = await smoke({ baseUrl: target.baseUrl, edition, tokens: target.tokens, timeoutMs, ...('fetch' in target ? { fetch: target.fetch } : {}) });
    for (const s of result.steps) out(`${SMOKE_MARK[s.status]} ${s.id.padEnd(14)} ${String(s.durationMs).padStart(5)} ms  ${s.message.ja} / ${s.message.en}`);
    out(result.ok ? '接続確認 成功 / smoke test passed' : '接続確認 失敗 / smoke test failed');
    return result.ok ? 0 : 1;
  } finally {
    await target.close();
  }
}

const SMOKE_MARK = { ok: '✓', warn: '!', fail: '×', skip: '-' } as const;

async function run(flags: RunFlags, io: CliIo): Promise<number> {
  const { config, edition, targetUrl } = await setting(flags);
  const out = flags.stream ? io.err : io.out;
  const formats = list(flags.report);
  const unknown = formats.filter((f) => !isReportFormat(f));
  if (unknown.length > 0) throw new UsageError(`Unknown report format(s): ${unknown.join(', ')} (available: ${REPORT_FORMATS.join(', ')})`);
  // The embedded server runs in its own thread and answers in microseconds: more checks at once keep both cores busy.
  const concurrency = positive('--concurrency', flags.concurrency) ?? config.concurrency ?? (targetUrl === undefined ? EMBEDDED_CONCURRENCY : undefined);
  const timeoutMs = positive('--timeout', flags.timeout) ?? config.timeoutMs;
  const declarationPath = flags.declaration ?? config.declaration;
  const declarationOverride = declarationPath === undefined ? undefined : await loadDeclaration(declarationPath);
  requirementsInScope(requirementsOf(edition), { areas: flags.area, requirements: flags.requirement }); // a bad filter fails before the target is touched
  const bundleKey = await runBundleKey(flags, formats); // so does a missing or bad signing key

  const target = await targetOf(targetUrl, edition, config);
  const progress = progressOf(flags, io, { edition, target: targetUrl ?? 'embedded' });
  let report: RunReport;
  try {
    report = await runSuite({
      edition,
      baseUrl: target.baseUrl,
      tokens: target.tokens,
      ...('fetch' in target ? { fetch: target.fetch } : {}),
      ...(concurrency !== undefined && { concurrency }),
      ...(timeoutMs !== undefined && { timeoutMs }),
      ...(declarationOverride && { declarationOverride }),
      scope: { areas: flags.area, requirements: flags.requirement },
      ...(progress && { onPlan: progress.onPlan, onStart: progress.onStart, onResult: progress.onResult }),
    });
  } finally {
    await target.close();
  }
  progress?.done(report);
  const written = await writeReports(report, formats as ReportFormat[], flags.out);
  for (const line of summaryLines(report, targetUrl === undefined)) out(line);
  if (written.length > 0) out(`レポート / reports: ${written.map(shown).join(', ')}`);
  if (bundleKey) out(await writeRunBundle(flags.bundle!, bundleKey, flags.out, written, target.tokens));
  return exitCodeOf(report, flags.failOn);
}

/** The progress display the flags ask for (none: undefined). */
function progressOf(flags: RunFlags, io: CliIo, meta: { edition: string; target: string }): Progress | undefined {
  if (flags.stream) return streamProgress(io.out, meta);
  const mode = flags.progress === 'auto' ? (io.tty ? 'live' : 'plain') : flags.progress;
  if (mode === 'live') return liveProgress(io.progress);
  if (mode === 'plain') return plainProgress((text) => io.err(text.replace(/\n$/, '')));
  return undefined;
}

/** The embedded reference server (the CLI's edge, loaded only when no target is given). */
async function embedded(edition: Edition): Promise<{ baseUrl: string; tokens: Record<string, string>; fetch: FetchLike; close(): Promise<void> }> {
  const { startEmbedded } = await import('./embedded.ts');
  // While the worker thread boots the server (most of a second), this thread compiles the contract's validators the
  // checks would compile on first use; it stops when the server is up.
  let booted = false;
  const preparing = prepareValidators(edition, () => booted);
  try {
    return await startEmbedded(edition, { thread: true });
  } finally {
    booted = true;
    await preparing;
  }
}

/** A path as the user will look for it: relative below the working directory, absolute elsewhere. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}

function positive(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number ≥ 1, not ${value}`);
  return n;
}

const counts = (t: Tally) =>
  `適合 met ${t.met + t.attested} / ${t.applicable}  不適合 not met ${t['not-met']}  未検証 not verified ${t['not-verified']}  対象外 n/a ${t['not-applicable']}  目視確認待ち manual ${t['manual-pending']}`;

/** The plain summary printed at the end of a run. */
export function summaryLines(report: RunReport, isEmbedded: boolean): string[] {
  const product = report.target.product;
  const where = isEmbedded ? '内蔵の参照サーバ（demo データ） / embedded reference server (demo seed)' : report.target.baseUrl;
  const overall = overallLabel(report.summary.conformant);
  const lines = [
    `hogo-conformance ${report.kit.version} — 版 edition ${report.edition} — 対象 target: ${where}${product ? ` — ${product.name} ${product.version} (${product.build})` : ''}`,
    `検査 checks: ${report.checks.length}, ${(report.durationMs / 1000).toFixed(1)} s`,
    `総合判定 / overall: ${overall.ja} / ${overall.en}`,
  ];
  for (const c of CLASS_ORDER) lines.push(`  ${`${CLASS_NAMES[c].ja} ${CLASS_NAMES[c].en}`.padEnd(22)} ${counts(report.summary.byClass[c])}`);
  for (const reason of report.summary.reasons) lines.push(`  - ${reason.ja} / ${reason.en}`);
  for (const note of report.declarationNotes) lines.push(`  ! ${note.ja} / ${note.en}`);
  return lines;
}
