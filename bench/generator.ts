/**
 * Benchmark of the seed generator: how long `generated:<N>` takes to load into the reference server and how much
 * resident memory the process holds afterwards, for N = 1,000, 10,000 and 100,000 households (issue #4: 100,000
 * within 10 s and 1 GiB). Every run is a fresh child process, so no run inherits another's heap or warmed code.
 *
 *   npx tsx bench/generator.ts                  # 3 runs per size, prints a Markdown table
 *   npx tsx bench/generator.ts --write          # … and puts the figures into bench/README.md
 *   npx tsx bench/generator.ts --sizes 1000 --runs 1 --edition 2.0
 *
 * Load = applySeed(reference, 'generated:<N>'): generating the data set and loading it with one importDataSet
 * through the engine (validation, data-set checks, store). Building the app beforehand is not counted.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

interface Sample {
  households: number;
  /** Milliseconds applySeed took. */
  loadMs: number;
  /** process.memoryUsage() right after the load, in bytes. */
  rss: number;
  heapUsed: number;
  /** Peak resident memory of the process (process.resourceUsage().maxRSS), in bytes. */
  peakRss: number;
}

const BUDGET = { households: 100_000, ms: 10_000, bytes: 1024 ** 3 };
const NOW = () => new Date('2026-04-01T01:00:00Z');
const SELF = fileURLToPath(import.meta.url);
const README = fileURLToPath(new URL('./README.md', import.meta.url));
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** One measurement, in this (fresh) process. */
async function child(households: number, edition: '2.0' | '2.1'): Promise<void> {
  const { applySeed, buildApp } = await import('@hogo-kit/reference-server');
  const reference = await buildApp({ edition, now: NOW, docs: false });
  const started = performance.now();
  const summary = await applySeed(reference, `generated:${households}`);
  const loadMs = performance.now() - started;
  if (summary.report.failed.length > 0 || summary.households !== households) {
    throw new Error(`generated:${households} did not load: ${JSON.stringify(summary.report.failed).slice(0, 2000)}`);
  }
  const memory = process.memoryUsage();
  const sample: Sample = { households, loadMs, rss: memory.rss, heapUsed: memory.heapUsed, peakRss: process.resourceUsage().maxRSS * 1024 };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function measure(households: number, edition: string): Sample {
  // The child runs through the same TypeScript loader (tsx) as this process.
  const loader = process.execArgv.length > 0 ? process.execArgv : ['--import', 'tsx'];
  const run = spawnSync(process.execPath, [...loader, SELF, '--child', String(households), '--edition', edition], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`child for ${households} failed (${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Sample;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function machine(): string {
  const cpus = os.cpus();
  return [
    `Node ${process.version}`,
    `${os.availableParallelism()} CPUs (nproc) — ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
    `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB memory`,
    `${os.type()} ${os.release()} ${os.arch()}`,
  ].join('; ');
}

function table(results: { households: number; samples: Sample[] }[], edition: string, runs: number): string {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on: ${machine()}. Edition ${edition}, ${runs} run(s) per size, each in a fresh process.`,
    '',
    '| households | load (median) | load (runs) | RSS after load (median) | heap used after load (median) | peak RSS (max) | load ratio (÷ smallest N) |',
    '|---:|---:|---|---:|---:|---:|---:|',
  ];
  const base = median(results[0]?.samples.map((s) => s.loadMs) ?? [1]);
  for (const { households, samples } of results) {
    const load = median(samples.map((s) => s.loadMs));
    lines.push(
      `| ${households.toLocaleString('en-US')} | ${seconds(load)} | ${samples.map((s) => (s.loadMs / 1000).toFixed(2)).join(' / ')} | ` +
        `${mib(median(samples.map((s) => s.rss)))} | ${mib(median(samples.map((s) => s.heapUsed)))} | ${mib(Math.max(...samples.map((s) => s.peakRss)))} | ` +
        `× ${(load / base).toFixed(1)} |`,
    );
  }
  const budget = results.find((r) => r.households === BUDGET.households);
  if (budget) {
    const load = median(budget.samples.map((s) => s.loadMs));
    const rss = median(budget.samples.map((s) => s.rss));
    const ok = load <= BUDGET.ms && rss <= BUDGET.bytes;
    lines.push('', `Budget for 100,000 households (≤ 10 s, ≤ 1 GiB resident): ${ok ? 'met' : 'NOT met'} — ${seconds(load)}, ${mib(rss)}.`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const edition = option('edition') === '2.0' ? '2.0' : '2.1';
  const childSize = option('child');
  if (childSize !== undefined) return child(Number(childSize), edition);
  const sizes = (option('sizes') ?? '1000,10000,100000').split(',').map(Number);
  const runs = Number(option('runs') ?? 3);
  const results: { households: number; samples: Sample[] }[] = [];
  for (const households of sizes) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      const sample = measure(households, edition);
      process.stderr.write(`generated:${households} run ${i + 1}: ${seconds(sample.loadMs)}, RSS ${mib(sample.rss)}\n`);
      samples.push(sample);
    }
    results.push({ households, samples });
  }
  const figures = table(results, edition, runs);
  process.stdout.write(`${figures}\n`);
  if (process.argv.includes('--write')) {
    const readme = readFileSync(README, 'utf8');
    const from = readme.indexOf(START);
    const to = readme.indexOf(END);
    if (from < 0 || to < from) throw new Error(`bench/README.md lacks the ${START} … ${END} markers`);
    writeFileSync(README, `${readme.slice(0, from + START.length)}\n${figures}\n${readme.slice(to)}`);
    process.stderr.write('figures written to bench/README.md\n');
  }
}

await main();
