/** The figures of bench/server.ts as Markdown, with the targets of issue #7. */
import os from 'node:os';
import type { Edition, Measured, OperationName, TargetName } from './common.ts';
import type { inquiry } from './parent.ts';
import type { Pinning } from './pinning.ts';
import type { Work } from './work.ts';
/** Taken when the module loads, before bench/server.ts pins this process to one CPU (server/pinning.ts). */
const CPUS = os.availableParallelism();
export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const rps = (value: number) => Math.round(value).toLocaleString('en-US');
export const LABEL: Record<TargetName, string> = {
  reference: 'reference server 参照サーバ',
  bare: 'bare fastify 素の fastify',
  'bare-work': "bare fastify + the reference's own work 素の fastify＋参照サーバの処理時間",
  prism: 'Prism mock',
};
type Options = { seconds: number; runs: number; connections: number; pinning?: Pinning; work?: Work };
const label = (target: TargetName, operation: OperationName, work?: Work) =>
  target === 'bare-work' && work ? `${LABEL[target]} (${work[operation].toFixed(1)} µs busy)` : LABEL[target];
export const OPERATION: Record<OperationName, string> = { read: 'read 照会 GET /households/{id}', write: 'validated write 変更 PATCH /households/{id} (If-Match)' };
export const TARGETS: Record<OperationName, { bare: number; prism: number }> = { read: { bare: 0.5, prism: 8 }, write: { bare: 0.4, prism: 5 } };

export function report(results: Measured[], edition: Edition, opts: Options, inq: ReturnType<typeof inquiry>): string {
  const lines = [
    // The load average shows how much else shared the machine (autocannon and the servers share its cores).
    `${new Date().toISOString().slice(0, 10)} — Node ${process.version}; ${CPUS} CPUs (nproc) — ${os.cpus()[0]?.model.trim() ?? 'cpu'}; 1-min load average ${os.loadavg()[0]!.toFixed(2)} at the end (this bench included); edition ${edition}; peak: autocannon ${opts.connections} connections, ${opts.seconds} s per pass, median of ${opts.runs} pass(es) after a 2 s warm-up; half the peak: one ${opts.seconds} s open-loop pass paced evenly (bench/server/paced.ts, at most ${opts.connections} connections, latency from when each request was due); every server a fresh child process on 127.0.0.1; ${opts.pinning ? `servers pinned to CPU ${opts.pinning.server}, load to CPU ${opts.pinning.load} (taskset)` : 'not pinned to CPUs'}`,
    '',
    '| 操作 operation | 対象 server | requests/s (peak) | p50 | p99 | p99 at half the peak, paced (rate asked / served) | non-2xx / errors |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const operation of ['read', 'write'] as const) {
    for (const r of results.filter((x) => x.operation === operation)) {
      if (!r.peak || !r.half) {
        lines.push(`| ${OPERATION[operation]} | ${label(r.target, operation, opts.work)} | not measured (${r.failed ?? 'unknown'}) | | | | |`);
        continue;
      }
      lines.push(`| ${OPERATION[operation]} | ${label(r.target, operation, opts.work)} | ${rps(r.peak.rps)} | ${ms(r.peak.p50)} | ${ms(r.peak.p99)} | ${ms(r.half.p99)} (${rps(r.half.rate)} / ${rps(r.half.rps)}/s) | ${r.peak.non2xx + r.half.non2xx} / ${r.peak.errors + r.half.errors} |`);
    }
  }
  lines.push('');
  for (const operation of ['read', 'write'] as const) {
    const get = (t: TargetName) => results.find((x) => x.operation === operation && x.target === t);
    const ref = get('reference');
    const bare = get('bare');
    const prism = get('prism');
    const goal = TARGETS[operation];
    const parts: string[] = [];
    if (ref?.peak && bare?.peak) {
      const ratio = ref.peak.rps / bare.peak.rps;
      parts.push(`${Math.round(ratio * 100)} % of bare fastify (target ≥ ${goal.bare * 100} %: ${ratio >= goal.bare ? 'met' : 'not met'})`);
    } else parts.push('vs bare fastify: not measured');
    if (ref?.peak && prism?.peak) {
      const ratio = ref.peak.rps / prism.peak.rps;
      parts.push(`× ${ratio.toFixed(2)} Prism (target ≥ × ${goal.prism}: ${ratio >= goal.prism ? 'met' : 'not met'})`);
    } else parts.push(`vs Prism: not measured${prism?.failed ? ` (${prism.failed})` : ''}`);
    const calibrated = get('bare-work');
    if (ref?.peak && calibrated?.peak && opts.work) {
      parts.push(`its own work in-process ${opts.work[operation].toFixed(1)} µs a request: bare fastify busy that long serves ${rps(calibrated.peak.rps)}/s, the reference server ${Math.round((ref.peak.rps / calibrated.peak.rps) * 100)} % of that`);
    }
    if (ref?.half) parts.push(`p99 at half the peak ${ms(ref.half.p99)} (target < 5 ms: ${ref.half.p99 < 5 ? 'met' : 'not met'}${bare?.half ? `; bare fastify ${ms(bare.half.p99)} in the same run` : ''})`);
    lines.push(`- Reference server, ${operation}: ${parts.join('; ')}.`);
  }
  lines.push(typeof inq === 'string'
    ? `- 総合照会 POST /comprehensive-inquiries: ${inq}.`
    : `- 総合照会 POST /comprehensive-inquiries (one person, ${inq.systems} simulated systems), in-process app.inject, 200 requests after 20 warm-up: p50 ${ms(inq.p50)}, p95 ${ms(inq.p95)}, p99 ${ms(inq.p99)} (target p95 ≤ 20 ms: ${inq.p95 <= 20 ? 'met' : 'not met'}).`);
  return lines.join('\n');
}
