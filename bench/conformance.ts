/**
 * Benchmark of a full conformance run against the embedded reference server (issue #5: ≤ 5 s wall on 2 cores,
 * process start included). Two figures per edition, each the median of fresh child processes:
 *
 * - wall: `node conformance/bin/hogo-conformance.js run --report json` from spawn to exit (process start, loading
 *   the kit, booting the reference server with the demo seed, every check, the report);
 * - in-process: runSuite alone (the checks and the verdicts), from inside the same kind of child.
 *
 * The CLI runs from its compiled copy (conformance/dist, compiled first here, as `npm start` does); the wall time is
 * also measured with HOGO_COMPILED=0 (the TypeScript through tsx), alternating with the compiled runs.
 *
 *   npx tsx bench/conformance.ts                    # 3 runs per edition, prints a Markdown table
 *   npx tsx bench/conformance.ts --write            # … and puts the figures into bench/README.md
 *   npx tsx bench/conformance.ts --runs 1 --editions 2.1 --no-mutants
 *
 * It also times the kill matrix once (`hogo-conformance mutants`, issue #6: ≤ 60 s), and how the in-process time grows
 * with the number of checks (the suite scoped to areas 01–03, 01–07, all; `--no-growth` leaves it out).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledEntry } from '../conformance/bin/compiled.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const README = fileURLToPath(new URL('./README.md', import.meta.url));
const START = '<!-- conformance:start -->';
const END = '<!-- conformance:end -->';
const BUDGET_MS = 5_000;

interface Sample {
  edition: string;
  wallMs: number;
  /** The same CLI run with HOGO_COMPILED=0: the TypeScript through tsx. */
  tsxWallMs: number;
  inProcessMs: number;
  threadMs: number;
  checks: number;
  slowest: { id: string; ms: number }[];
  conformant: boolean;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * In a fresh child: the suite once with the server in this thread (checks 8 at once, the library default), then once
 * as the CLI runs it (the server in a worker thread, 32 checks at once); the figures as JSON on stdout.
 */
async function child(edition: '2.0' | '2.1', areas: string[] = []): Promise<void> {
  // The compiled copy when it is fresh (what the CLI runs), else the TypeScript.
  const compiled = compiledEntry('run.js');
  const { runSuite } = (await import(compiled ? compiled.href : '../conformance/src/run.ts')) as typeof import('../conformance/src/run.ts');
  const { startEmbedded } = (await import(compiled ? new URL('embedded.js', compiled).href : '../conformance/src/embedded.ts')) as typeof import('../conformance/src/embedded.ts');
  const once = async (thread: boolean) => {
    const target = await startEmbedded(edition, { thread });
    const started = performance.now();
    const report = await runSuite({ edition, baseUrl: target.baseUrl, tokens: target.tokens, fetch: target.fetch, scope: { areas, requirements: [] }, ...(thread ? { concurrency: 32 } : {}) });
    const ms = performance.now() - started;
    await target.close();
    return { ms, report };
  };
  const { ms: inProcessMs, report } = await once(false);
  const { ms: threadMs } = areas.length > 0 ? { ms: Number.NaN } : await once(true);
  const slowest = [...report.checks].sort((a, b) => b.durationMs - a.durationMs).slice(0, 5).map((c) => ({ id: c.checkId, ms: c.durationMs }));
  process.stdout.write(JSON.stringify({ inProcessMs, threadMs, checks: report.checks.length, slowest, conformant: report.summary.conformant }));
}

/** One CLI run from spawn to exit, in ms (`compiled`: the bin's choice; false: HOGO_COMPILED=0). */
function cliRun(edition: string, out: string, compiled: boolean): number {
  const started = performance.now();
  const env = compiled ? process.env : { ...process.env, HOGO_COMPILED: '0' };
  const cli = spawnSync(process.execPath, ['conformance/bin/hogo-conformance.js', 'run', '--edition', edition, '--report', 'json', '--out', out, '--progress', 'none'], { cwd: ROOT, encoding: 'utf8', env });
  const ms = performance.now() - started;
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`hogo-conformance exited ${cli.status}: ${cli.stderr}`);
  return ms;
}

/** Compiles the CLI (as npm start does) and fails when the bin would not use the result. */
function compileCli(): void {
  const done = spawnSync(process.execPath, ['conformance/scripts/compile.js', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (done.status !== 0 || !compiledEntry('cli.js')) throw new Error(`the CLI could not be compiled: ${done.stderr}`);
}

function measure(edition: string): Sample {
  const out = mkdtempSync(join(os.tmpdir(), 'hogo-bench-'));
  try {
    const wallMs = cliRun(edition, out, true);
    const tsxWallMs = cliRun(edition, out, false);
    const inner = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', edition], { cwd: ROOT, encoding: 'utf8' });
    if (inner.status !== 0) throw new Error(`child failed: ${inner.stderr}`);
    return { edition, wallMs, tsxWallMs, ...(JSON.parse(inner.stdout) as Omit<Sample, 'edition' | 'wallMs' | 'tsxWallMs'>) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The kill matrix once (issue #6: within 60 s on 2 cores): wall time, mutants and how many were caught. */
function killMatrix(): string {
  const out = mkdtempSync(join(os.tmpdir(), 'hogo-bench-'));
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['conformance/bin/hogo-conformance.js', 'mutants', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    const wallMs = performance.now() - started;
    const matrix = JSON.parse(readFileSync(join(out, 'kill-matrix.json'), 'utf8')) as { summary: { mutants: number; caught: number } };
    return `Kill matrix (\`hogo-conformance mutants\`, exit ${run.status}): ${matrix.summary.caught} / ${matrix.summary.mutants} mutants caught, ${seconds(wallMs)} wall (target ≤ 60 s).`;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** How the in-process time grows with the number of checks: the suite scoped to the first areas, then all (2.1). */
function growth(): string {
  const scopes = [['01', '02', '03'], ['01', '02', '03', '04', '05', '06', '07'], []];
  const lines = ['| 範囲 scope (2.1) | 検査数 checks | 処理内 in-process | 1検査あたり per check |', '|---|---|---|---|'];
  for (const areas of scopes) {
    const inner = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', '2.1', ...(areas.length > 0 ? ['--areas', areas.join(',')] : [])], { cwd: ROOT, encoding: 'utf8' });
    if (inner.status !== 0) throw new Error(`child failed: ${inner.stderr}`);
    const { inProcessMs, checks } = JSON.parse(inner.stdout) as { inProcessMs: number; checks: number };
    lines.push(`| ${areas.length > 0 ? `areas ${areas[0]}–${areas.at(-1)}` : 'all areas'} | ${checks} | ${seconds(inProcessMs)} | ${(inProcessMs / checks).toFixed(1)} ms |`);
  }
  return lines.join('\n');
}

function table(samples: Sample[], runs: number): string {
  const editions = [...new Set(samples.map((s) => s.edition))];
  const lines = [
    `${new Date().toISOString().slice(0, 10)} — ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, median of ${runs} fresh processes`,
    '',
    '| 版 edition | 検査数 checks | 所要時間 wall (CLI, process start included) | wall, TypeScript through tsx (HOGO_COMPILED=0) | 処理内 in-process: server in this thread | 処理内 in-process: server in a worker thread (as the CLI) | 目標比 wall / 5 s | 適合 conformant |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const edition of editions) {
    const of = samples.filter((s) => s.edition === edition);
    const wall = median(of.map((s) => s.wallMs));
    lines.push(`| ${edition} | ${of[0]!.checks} | ${seconds(wall)} | ${seconds(median(of.map((s) => s.tsxWallMs)))} | ${seconds(median(of.map((s) => s.inProcessMs)))} | ${seconds(median(of.map((s) => s.threadMs)))} | ${(wall / BUDGET_MS).toFixed(2)} | ${of.every((s) => s.conformant) ? '○' : '×'} |`);
  }
  const slow = samples.at(-1)!.slowest.map((s) => `${s.id} ${s.ms} ms`).join(', ');
  lines.push('', `Slowest checks (last run): ${slow}`);
  return lines.join('\n');
}

if (process.argv.includes('--child')) {
  await child(process.argv[process.argv.indexOf('--child') + 1] as '2.0' | '2.1', option('areas')?.split(',') ?? []);
} else {
  const runs = Number(option('runs') ?? 3);
  const editions = (option('editions') ?? '2.1,2.0').split(',');
  compileCli();
  const samples: Sample[] = [];
  for (const edition of editions) for (let i = 0; i < runs; i++) samples.push(measure(edition));
  const result = [table(samples, runs), process.argv.includes('--no-growth') ? '' : growth(), process.argv.includes('--no-mutants') ? '' : killMatrix()].filter(Boolean).join('\n\n');
  console.log(result);
  if (process.argv.includes('--write')) {
    const readme = readFileSync(README, 'utf8');
    const at = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (at < 0 || end < 0) throw new Error(`bench/README.md lacks ${START} … ${END}`);
    writeFileSync(README, `${readme.slice(0, at + START.length)}\n${result}\n${readme.slice(end)}`);
  }
}
