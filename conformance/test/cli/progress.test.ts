import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { resultLine } from '../../src/progress.ts';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'hogo-progress-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Runs the CLI on area 14 of the embedded server, collecting stdout lines, stderr lines and raw progress text. */
async function cli(...args: string[]) {
  const tty = args.includes('--tty');
  const flags = args.filter((a) => a !== '--tty');
  const stdout: string[] = [];
  const stderr: string[] = [];
  let raw = '';
  const code = await main(['run', '--area', '14', '--report', 'json', '--out', out, ...flags], (l) => stdout.push(l), (l) => stderr.push(l), {
    progress: (text) => (raw += text),
    tty,
  });
  return { code, stdout, stderr, raw };
}

describe('run progress', () => {
  it('--stream writes only NDJSON on stdout: run-start, a start and an end per check, a verdict per requirement, run-end', async () => {
    const { stdout, stderr } = await cli('--stream');
    const events = stdout.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events[0]).toMatchObject({ event: 'run-start', edition: '2.1', target: 'embedded' });
    expect(events.at(-1)).toMatchObject({ event: 'run-end' });
    const planned = events[0]!.checks as number;
    expect(events.filter((e) => e.event === 'check-start')).toHaveLength(planned);
    const ends = events.filter((e) => e.event === 'check-end');
    expect(ends).toHaveLength(planned);
    expect(ends.every((e) => typeof e.status === 'string' && typeof e.durationMs === 'number')).toBe(true);
    const verdicts = events.filter((e) => e.event === 'requirement');
    expect(verdicts.length).toBeGreaterThan(20);
    expect(verdicts.every((e) => String(e.id).startsWith('14.'))).toBe(true);
    expect(stderr.some((l) => l.startsWith('総合判定'))).toBe(true);
  }, 60_000);

  it('in CI (no terminal) prints plain lines: the start and a count at each quarter, ending with all checks', async () => {
    const { stderr, raw } = await cli();
    expect(raw).toBe('');
    expect(stderr[0]).toMatch(/^検査開始 starting \d+ checks$/);
    const counts = stderr.filter((l) => l.startsWith('検査 checks'));
    expect(counts).toHaveLength(4);
    const [, done, total] = /(\d+)\/(\d+)/.exec(counts.at(-1)!) ?? [];
    expect(done).toBe(total);
  }, 60_000);

  it('on a terminal redraws one line in place, and --progress none prints nothing', async () => {
    const live = await cli('--tty');
    expect(live.raw).toMatch(/\r\x1b\[2K検査 checks \d+\/\d+/);
    expect(live.raw.endsWith('\n')).toBe(true);
    const none = await cli('--progress', 'none');
    expect(none.raw).toBe('');
    expect(none.stderr).toEqual([]);
  }, 60_000);

  it('a line per failed check names it with the reason in both languages', () => {
    const line = resultLine({ checkId: 'a.b', status: 'fail', message: { ja: '理由', en: 'why' }, evidence: [], durationMs: 1 });
    expect(line).toBe('× fail    a.b: 理由 / why');
  });
});
