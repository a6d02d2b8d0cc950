import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, ROLES, type ReferenceApp } from '@hogo-kit/reference-server';
import type { RunReport } from '../../src/run.ts';
import { expectValidReport } from '../run/support/report-schema.ts';
import { all, parseXml } from '../run/support/xml.ts';
import { spawnCli } from '../support/cli-process.ts';

const cli = (args: string[], options: { cwd: string; env?: Record<string, string> }) => spawnCli(args, options);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hogo-cli-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const readReport = async (dir: string) => JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as RunReport;

describe('hogo-conformance run', () => {
  it('without --target runs against the embedded reference server and writes the reports', async () => {
    const out = join(work, 'embedded');
    const run = await cli(['run', '--out', out], { cwd: work });
    expect(run.stderr).toMatch(/^検査開始 starting \d+ checks\n/); // plain progress (not a terminal), and nothing else
    expect(run.stderr.split('\n').filter((l) => l !== '' && !/^(検査開始|検査 checks|× |! )/.test(l))).toEqual([]);
    const report = await readReport(out);
    expectValidReport(report);
    expect(run.code).toBe(report.summary.conformant ? 0 : 1);
    expect(report.declarationSource).toBe('target');
    expect(report.target.product?.name).toBe('hogo-kit reference server');
    expect(report.requirements.length).toBeGreaterThan(400);
    expect(JSON.stringify(report)).not.toMatch(/dev-(caseworker|intake|supervisor|system-admin)/);
    const junit = parseXml(await readFile(join(out, 'junit.xml'), 'utf8'));
    expect(all(junit, 'testcase')).toHaveLength(report.checks.length);
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toMatch(/^## hogo-conformance: /);
    expect(run.stdout).toMatch(/総合判定 \/ overall: (適合 \/ conformant|不適合 \/ not conformant)/);
    expect(run.stdout).toMatch(/実装必須 mandatory\s+適合 met \d+ \/ \d+/);
    expect(run.stdout).toContain('レポート / reports:');
  });

  it.each([
    [['run', '--edition', '3.0']],
    [['run', '--report', 'json,pdf']],
    [['run', '--requirement', '99.9.9']],
    [['run', '--fail-on', 'sometimes']],
    [['run', '--concurrency', '0']],
    [['run', '--config', 'missing.json']],
    [['frobnicate']],
  ])('exits 2 on a usage error: %j', async (args) => {
    const run = await cli(args, { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
    expect(existsSync(join(work, 'reports'))).toBe(false);
  });
});

describe('hogo-conformance run --target (HTTP)', () => {
  let reference: ReferenceApp;
  let url: string;
  beforeAll(async () => {
    reference = await buildApp({ seed: 'demo', docs: false });
    url = await reference.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await reference?.app.close();
  });

  it('reaches the target over HTTP with tokens from the config and the environment', async () => {
    const out = join(work, 'http');
    const config = join(work, 'hogo.config.json');
    const tokens = Object.fromEntries(ROLES.filter((r) => r !== 'caseworker').map((r) => [r, `dev-${r}`]));
    await writeFile(config, JSON.stringify({ tokens: { ...tokens, caseworker: 'wrong-token' }, timeoutMs: 5000, concurrency: 4 }));
    const run = await cli(['run', '--target', url, '--config', config, '--area', '14', '--report', 'json,md', '--out', out], {
      cwd: work,
      env: { HOGO_TOKEN_CASEWORKER: 'dev-caseworker' }, // the environment wins over the config
    });
    expect(run.stderr).toMatch(/^検査開始 starting \d+ checks\n/); // plain progress (not a terminal), and nothing else
    expect(run.stderr.split('\n').filter((l) => l !== '' && !/^(検査開始|検査 checks|× |! )/.test(l))).toEqual([]);
    const report = await readReport(out);
    expectValidReport(report);
    expect(run.code).toBe(report.summary.conformant ? 0 : 1);
    expect(report.target.baseUrl).toBe(url);
    expect(report.declarationSource).toBe('target');
    expect(report.scope.areas).toEqual(['14']);
    expect(new Set(report.requirements.map((r) => r.area))).toEqual(new Set(['14']));
    expect(existsSync(join(out, 'junit.xml'))).toBe(false);
    expect(JSON.stringify(report)).not.toContain('wrong-token');
    expect(report.checks.filter((c) => c.status === 'error')).toEqual([]);
    // No request sent with a configured token was refused as unauthenticated: the caseworker's came from the environment.
    // (The 401 checks send an invalid token on purpose.)
    const refused = report.checks.filter((c) => !c.checkId.startsWith('auth.unauthenticated.')).flatMap((c) => c.evidence).filter((e) => e.request?.headers.authorization !== undefined && e.response?.status === 401);
    expect(refused).toEqual([]);
    expect(run.stdout).toContain(url);
  });
});
