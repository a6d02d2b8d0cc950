/**
 * Throughput and latency of the reference server over HTTP (issue #7), side by side in the same run with
 *
 * - bare fastify: one route per operation serving the same payload through the same JSON Schema validators (the
 *   SDK's compiled ajv schemas of the edition) and nothing else: no authentication, authorisation, ETag, store or
 *   audit — the practical ceiling;
 * - bare-work, a calibration: the same bare fastify busy-waiting, per request, as long as the reference server's own
 *   work takes in-process without HTTP (engine.handle, measured first in a child of its own; server/work.ts);
 * - Stoplight Prism's mock of the same contract (spec/dist/<edition>/openapi.json), in its own child process, with
 *   the harness fix of server/prism-preload.cjs (Prism 5.14.2 otherwise exits on the first request); measured
 *   whenever @stoplight/prism-cli is installed, "not measured" with the reason otherwise.
 *
 * Two operations, each with authentication, authorisation, the ETag and the audit entry on:
 *
 * - read: GET /households/{id} of a demo household with members (caseworker token);
 * - validated write: PATCH /households/{id} with If-Match. Every autocannon connection owns one demo household and
 *   sends the ETag of its own previous answer, so every PATCH is a real update (412/428 would count as errors).
 *
 * Per target and operation: a short warm-up, `--runs` peak passes (median requests/s, p50, p99), then one pass at a
 * fixed rate of half the median peak, open loop (server/paced.ts), for the p99 at half the peak. The targets take
 * turns pass by pass (all servers run side by side, one is loaded at a time), so noise falls on all of them alike. Non-2xx answers are
 * counted; a pass where most answers are not 2xx fails the run (exit 1, README left as it is). Every server is a
 * fresh child process listening on 127.0.0.1; autocannon runs in this process. Also the p95 of 総合照会
 * (POST /comprehensive-inquiries, 8 simulated systems) in-process with app.inject, 200 requests, in a fresh child.
 *
 *   npx tsx bench/server.ts                      # prints a Markdown table
 *   npx tsx bench/server.ts --write              # … and puts the figures into bench/README.md
 *   npx tsx bench/server.ts --duration 5 --runs 3 --connections 10 --targets reference,bare,bare-work,prism
 *   npx tsx bench/server.ts --pin                # servers on one CPU, the load on another (server/pinning.ts)
 *   npx tsx bench/server.ts --targets bare,bare-work --work 13,30   # bare fastify with 13 / 30 µs of busy work
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { serveChild, inquiryChild } from './server/children.ts';
import { END, option, README, START, type Edition, type Measured, type TargetName } from './server/common.ts';
import { children, inquiry, measureTargets, stopChild } from './server/parent.ts';
import { pinLoad } from './server/pinning.ts';
import { report } from './server/report.ts';
import { engineCost, engineCostChild, parseWork, type Work } from './server/work.ts';

if (process.argv.includes('--serve')) {
  await serveChild(option('serve') as 'reference' | 'bare', (option('edition') ?? '2.1') as Edition, parseWork(option('work')));
} else if (process.argv.includes('--inquiry')) {
  await inquiryChild((option('edition') ?? '2.1') as Edition);
} else if (process.argv.includes('--engine-cost')) {
  await engineCostChild((option('edition') ?? '2.1') as Edition);
} else {
  const edition = (option('edition') ?? '2.1') as Edition;
  const targets = (option('targets') ?? 'reference,bare,bare-work,prism').split(',') as TargetName[];
  if (option('work') !== undefined && !parseWork(option('work'))) {
    console.error('--work は「照会の µs,書込みの µs」で指定してください / --work expects <read µs>,<write µs>');
    process.exit(2);
  }
  let work: Work | undefined;
  try {
    // Given (`--work 13,30`, for a sweep), or measured alone before any server starts or the load is pinned.
    if (targets.includes('bare-work')) work = parseWork(option('work')) ?? engineCost(edition);
  } catch (error) {
    console.error((error as Error).message);
  }
  const pinning = pinLoad(process.argv.includes('--pin'));
  const opts = { seconds: Number(option('duration') ?? 5), runs: Number(option('runs') ?? 3), connections: Number(option('connections') ?? 10), pinning, work };
  const cleanUp = () => {
    for (const child of children) child.kill('SIGKILL');
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const results: Measured[] = await measureTargets(targets, edition, opts);
    const result = report(results, edition, opts, inquiry(edition));
    console.log(result);
    const unfair = results.filter((r) => r.mostlyErrors);
    for (const r of unfair) console.error(`${r.target} ${r.operation}: ${r.failed} — 2xx が過半でないため比較になりません / no comparison`);
    if (unfair.length > 0) process.exitCode = 1;
    else if (process.argv.includes('--write')) {
      const readme = readFileSync(README, 'utf8');
      const at = readme.indexOf(START);
      const end = readme.indexOf(END);
      if (at < 0 || end < 0) throw new Error(`bench/README.md lacks ${START} … ${END}`);
      writeFileSync(README, `${readme.slice(0, at + START.length)}\n${result}\n${readme.slice(end)}`);
    }
  } finally {
    await Promise.all([...children].map(stopChild));
  }
}
