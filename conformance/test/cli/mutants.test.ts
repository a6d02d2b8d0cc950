import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { killMatrixMarkdown } from '../../src/kill-matrix/markdown.ts';
import { runKillMatrix, type KillMatrix } from '../../src/kill-matrix/run.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hogo-mutants-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the kill matrix (hogo-conformance mutants)', () => {
  it('runs the checks of a mutant\'s requirements against the server with it, and names what caught it', async () => {
    const matrix = await runKillMatrix({ only: ['deadline-off-by-one'], editions: ['2.1'] });
    const [row] = matrix.mutants;
    expect(row?.caught).toBe(true);
    expect(row?.editions['2.1']?.notMet).toContain('01.3.1');
    expect(row?.editions['2.1']?.caughtBy).toContain('application.decision-deadline-14-days');
    expect(matrix.summary).toMatchObject({ mutants: 1, caught: 1, notCaught: [], killRate: 1 });
    expect(matrix.untargeted['2.1'].every((id) => /^\d\d\.\d+\.\d+$/.test(id))).toBe(true);
  }, 60_000);

  it('reports a mutant no check catches as not caught', async () => {
    const matrix = await runKillMatrix({ only: ['deadline-off-by-one'], editions: ['2.1'], checks: [] });
    expect(matrix.summary.notCaught).toEqual(['deadline-off-by-one']);
    expect(matrix.mutants[0]?.editions['2.1']?.notMet).toEqual([]);
    expect(killMatrixMarkdown(matrix)).toMatch(/❌ `deadline-off-by-one`/);
  }, 60_000);

  it('writes kill-matrix.json and .md and exits 0 when every mutant is caught; 2 for an unknown mutant', async () => {
    const lines: string[] = [];
    expect(await main(['mutants', '--mutant', 'names-normalised', '--edition', '2.0', '--out', dir], (l) => lines.push(l), () => {})).toBe(0);
    const matrix = JSON.parse(await readFile(join(dir, 'kill-matrix.json'), 'utf8')) as KillMatrix;
    expect(matrix.format).toBe('hogo-kit-kill-matrix/1');
    expect(Object.keys(matrix.mutants[0]!.editions)).toEqual(['2.0']);
    expect(await readFile(join(dir, 'kill-matrix.md'), 'utf8')).toMatch(/\| `names-normalised` .*\| 2\.0 \|.*data\.names-kept-exactly/);
    expect(lines.some((l) => /^✓ names-normalised: 2\.0 caught by data\.names-kept-exactly/.test(l))).toBe(true);
    expect(await main(['mutants', '--mutant', 'no-such-defect', '--out', dir], () => {}, () => {})).toBe(2);
  }, 60_000);
});
