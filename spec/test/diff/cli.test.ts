import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixtureCopy, MINIMAL } from '../helpers.ts';
import { reportErrors } from './support.ts';

const BIN = fileURLToPath(new URL('../../bin/hogo-spec.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

/** A copy of the minimal fixture whose updateThing operation is gone. */
function withoutUpdateThing(): string {
  const dir = fixtureCopy();
  const file = join(dir, 'openapi/paths/01-sample.yaml');
  const paths = parse(readFileSync(file, 'utf8'));
  delete paths['/things/{thingId}'].patch;
  writeFileSync(file, stringify(paths));
  return dir;
}

describe('hogo-spec diff (CLI)', () => {
  it('prints a schema-valid JSON report for the real 2.0 → 2.1', () => {
    const result = run('diff', '2.0', '2.1', '--format', 'json');
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ format: 'hogo-spec-diff/1', from: '2.0', to: '2.1', separateSources: false });
    expect(reportErrors(report)).toEqual([]);
  });

  it('--fail-on breaking exits 1 when an operation was removed (--from-src against --src)', () => {
    const src = withoutUpdateThing();
    const result = run('--src', src, 'diff', '2.1', '2.1', '--from-src', MINIMAL, '--fail-on', 'breaking', '--lang', 'en');
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('`api.operation.removed`');
    expect(result.stdout).toContain('`updateThing`');
    expect(run('--src', src, 'diff', '2.1', '2.1', '--from-src', MINIMAL).status).toBe(0);
  });

  it('--fail-on any exits 0 when nothing changed, 1 when something did', () => {
    expect(run('--src', MINIMAL, 'diff', '2.1', '2.1', '--fail-on', 'any').status).toBe(0);
    expect(run('--src', MINIMAL, 'diff', '2.0', '2.1', '--fail-on', 'any').status).toBe(1);
  });

  it('reads --checks and writes --out', () => {
    const dir = fixtureCopy();
    const checks = join(dir, 'checks.json');
    const out = join(dir, 'diff.json');
    writeFileSync(checks, JSON.stringify([{ id: 'thing.create', title: { ja: '登録', en: 'create' }, verifies: ['01.1.1'] }, { id: 'thing.screen', verifies: ['01.1.4'] }]));
    const result = run('--src', MINIMAL, 'diff', '2.0', '2.1', '--format', 'json', '--checks', checks, '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.impact.checksGiven).toBe(true);
    expect(report.impact.checks.map((c: { id: string }) => c.id)).toEqual(['thing.create']);
    expect(report.impact.manualEvidenceHolds).toEqual(['01.1.4']);
  });

  it.each([
    [['diff', '2.0', '3.0'], '未知の版', 'unknown edition 3.0'],
    [['diff', '2.0', '2.1', '--from-src', '/nonexistent/spec/src'], 'ディレクトリがありません', 'directory not found'],
    [['diff', '2.0', '2.1', '--checks', '/nonexistent/checks.json'], 'ファイルがありません', 'file not found'],
  ])('exits 2 with a bilingual message on a usage error: %j', (args, ja, en) => {
    const result = run('--src', MINIMAL, ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(ja);
    expect(result.stderr).toContain(en);
  });

  it('exits 2 on a bad option value or a check list that is not one', () => {
    expect(run('--src', MINIMAL, 'diff', '2.0', '2.1', '--format', 'xml').status).toBe(2);
    expect(run('--src', MINIMAL, 'diff', '2.0').status).toBe(2);
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ id: 'x' }]));
    const result = run('--src', MINIMAL, 'diff', '2.0', '2.1', '--checks', join(dir, 'bad.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('verifies');
  });
});
