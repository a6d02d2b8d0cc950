import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './repo.ts';

const tally = (dir: string) =>
  execFileSync('node', [join(ROOT, '.ci', 'tally.mjs'), dir], { encoding: 'utf8' }).trim();

describe('.ci/tally.mjs', () => {
  it('sums every vitest JSON report under the tree into one plain line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hogo-ci-'));
    mkdirSync(join(dir, 'a', 'reports'), { recursive: true });
    mkdirSync(join(dir, 'b', 'reports'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'x', 'reports'), { recursive: true });
    const report = (passed: number, failed: number) => JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numTotalTests: passed + failed });
    writeFileSync(join(dir, 'a', 'reports', 'vitest.json'), report(3, 0));
    writeFileSync(join(dir, 'b', 'reports', 'vitest.json'), report(5, 2));
    writeFileSync(join(dir, 'node_modules', 'x', 'reports', 'vitest.json'), report(100, 100));
    expect(tally(dir)).toBe('8 passed, 2 failed');
  });

  it('counts an unreadable report as a failure rather than dropping it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hogo-ci-'));
    mkdirSync(join(dir, 'reports'), { recursive: true });
    writeFileSync(join(dir, 'reports', 'vitest.json'), '{ truncated');
    expect(tally(dir)).toBe('0 passed, 1 failed');
  });
});
