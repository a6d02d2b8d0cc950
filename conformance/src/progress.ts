import type { CheckDefinition, CheckResult } from './engine/types.ts';
import type { RunReport } from './run.ts';

/**
 * What a run shows while it runs. Three kinds: an NDJSON event stream (`--stream`, one JSON object a line on
 * stdout, for tools), a live line redrawn in place (a terminal), and plain lines (CI logs: every check that did
 * not pass as it ends, and a count at each quarter).
 */
export interface Progress {
  onPlan(checks: readonly CheckDefinition[]): void;
  onStart(check: CheckDefinition): void;
  onResult(result: CheckResult): void;
  /** After the reports: the verdicts (stream) or the end of the live line. */
  done(report: RunReport): void;
}

export type Write = (text: string) => void;

const MARK: Record<CheckResult['status'], string> = { pass: '✓', fail: '×', error: '!', blocked: '-', skip: '~', omit: '·' };

/** One line of a result that did not pass: mark, id, reason. */
export function resultLine(result: CheckResult): string {
  const why = result.message ? `: ${result.message.ja} / ${result.message.en}` : result.blockedBy ? `: blocked by ${result.blockedBy}` : result.missing ? `: missing ${result.missing}` : '';
  return `${MARK[result.status]} ${result.status.padEnd(7)} ${result.checkId}${why}`;
}

class Counter {
  total = 0;
  ended = 0;
  readonly by: Record<string, number> = {};
  add(result: CheckResult) {
    this.ended += 1;
    this.by[result.status] = (this.by[result.status] ?? 0) + 1;
  }
  get line(): string {
    const parts = (['pass', 'fail', 'error', 'blocked', 'skip', 'omit'] as const).filter((s) => this.by[s]).map((s) => `${MARK[s]}${this.by[s]}`);
    return `検査 checks ${this.ended}/${this.total} ${parts.join(' ')}`;
  }
}

/** `--stream`: NDJSON events, each given to `line` as one line (without its newline). */
export function streamProgress(line: Write, meta: { edition: string; target: string }): Progress {
  const emit = (event: Record<string, unknown>) => line(JSON.stringify({ ...event, at: new Date().toISOString() }));
  return {
    onPlan: (checks) => emit({ event: 'run-start', edition: meta.edition, target: meta.target, checks: checks.length }),
    onStart: (check) => emit({ event: 'check-start', check: check.id, verifies: check.verifies }),
    onResult: (r) =>
      emit({
        event: 'check-end', check: r.checkId, status: r.status, durationMs: r.durationMs,
        ...(r.message && { message: r.message }), ...(r.blockedBy && { blockedBy: r.blockedBy }), ...(r.missing && { missing: r.missing }),
      }),
    done: (report) => {
      for (const r of report.requirements) emit({ event: 'requirement', id: r.id, class: r.class, verdict: r.verdict, reason: r.reason });
      emit({ event: 'run-end', conformant: report.summary.conformant, durationMs: report.durationMs, byClass: report.summary.byClass });
    },
  };
}

/** A terminal: one status line redrawn in place (at most every 100 ms); failures printed above it. */
export function liveProgress(write: Write): Progress {
  const count = new Counter();
  let last = 0;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    write(`\r\x1b[2K${count.line}`);
  };
  return {
    onPlan: (checks) => {
      count.total = checks.length;
      draw(true);
    },
    onStart: () => {},
    onResult: (r) => {
      count.add(r);
      if (r.status === 'fail' || r.status === 'error') write(`\r\x1b[2K${resultLine(r)}\n`);
      draw(r.status !== 'pass');
    },
    done: () => write(`\r\x1b[2K${count.line}\n`),
  };
}

/** CI logs: plain lines only — each check that failed or erred, and the count at each quarter of the run. */
export function plainProgress(write: Write): Progress {
  const count = new Counter();
  let quarter = 0;
  return {
    onPlan: (checks) => {
      count.total = checks.length;
      write(`検査開始 starting ${checks.length} checks\n`);
    },
    onStart: () => {},
    onResult: (r) => {
      count.add(r);
      if (r.status === 'fail' || r.status === 'error') write(`${resultLine(r)}\n`);
      const reached = Math.floor((count.ended * 4) / Math.max(count.total, 1));
      if (reached > quarter) {
        quarter = reached;
        write(`${count.line}\n`);
      }
    },
    done: () => {},
  };
}
