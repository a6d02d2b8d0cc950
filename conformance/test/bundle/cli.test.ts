// The commands as a user runs them: keygen, run --bundle --key, verify (exit 0 / 1 / 2), bundle without a key.
// The target is the reference server over HTTP (the test wires it in, as test/cli/run.test.ts does).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, ROLES, type ReferenceApp } from '@hogo-kit/reference-server';
import { spawnCli } from '../support/cli-process.ts';
import { decode, encode } from './support.ts';

const cli = (args: string[], cwd: string) => spawnCli(args, { cwd, unset: ['HOGO_BUNDLE_KEY'] });

let work: string;
let reference: ReferenceApp;
let url: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hogo-bundle-cli-'));
  reference = await buildApp({ edition: '2.1', seed: 'demo', docs: false });
  url = await reference.app.listen({ host: '127.0.0.1', port: 0 });
  await writeFile(join(work, 'hogo.config.json'), JSON.stringify({ tokens: Object.fromEntries(ROLES.map((r) => [r, `dev-${r}`])) }));
  expect((await cli(['keygen', '--out', 'vendor'], work)).code).toBe(0);
  expect((await cli(['keygen', '--out', 'other'], work)).code).toBe(0);
  const run = await cli(['run', '--target', url, '--area', '01', '--report', 'json,md,csv', '--out', 'out', '--progress', 'none', '--bundle', 'evidence.json.gz', '--key', 'vendor.key'], work);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^証跡バンドル \/ evidence bundle: evidence\.json\.gz — 3 ファイル files — 署名者 signer sha256:[0-9a-f]{64} — 総合判定 overall 適合 \/ conformant$/m);
}, 60_000);
afterAll(async () => {
  await reference?.app.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('hogo-conformance verify', () => {
  it('exit 0 for the bundle of a run, signer pinned', async () => {
    const r = await cli(['verify', 'evidence.json.gz', '--public-key', 'vendor.pub'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('署名者 / signer: sha256:');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('検証成功: すべて一致しました / verified: everything holds');
  });

  it('--json: the result as data', async () => {
    const r = await cli(['verify', 'evidence.json.gz', '--json'], work);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { ok: boolean; signer: { pinned: boolean }; problems: unknown[]; warnings: { code: string }[]; recorded: { edition: string } };
    expect(json).toMatchObject({ ok: true, signer: { pinned: false }, problems: [], recorded: { edition: '2.1' } });
    expect(json.warnings.map((w) => w.code)).toEqual(['signer-not-pinned']);
  });

  it('exit 1 when a report was changed, naming the file; exit 1 for another signer', async () => {
    const doc = decode(await readFile(join(work, 'evidence.json.gz')));
    doc.files['verdicts.csv'] = doc.files['verdicts.csv']!.replace('○ 適合', '△ 適合'); // same length: only the digest tells
    await writeFile(join(work, 'tampered.json.gz'), encode(doc));
    const r = await cli(['verify', 'tampered.json.gz', '--public-key', 'vendor.pub'], work);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('× ファイル verdicts.csv の SHA-256 ダイジェストが一致しません / file verdicts.csv digest differs\n');
    expect(r.stdout).toContain('検証失敗: 1 件の不一致 / NOT verified: 1 problem(s)');
    expect((await cli(['verify', 'evidence.json.gz', '--public-key', 'other.pub'], work)).code).toBe(1);
  });

  it('exit 2 for a file that is not a bundle, a missing file, a bad public key', async () => {
    await writeFile(join(work, 'garbage.bin'), 'not a bundle');
    const garbage = await cli(['verify', 'garbage.bin'], work);
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toContain('garbage.bin is not gzip (not an evidence bundle)');
    expect((await cli(['verify', 'absent.json.gz'], work)).code).toBe(2);
    expect((await cli(['verify', 'evidence.json.gz', '--public-key', 'garbage.bin'], work)).code).toBe(2);
    expect((await cli(['verify'], work)).code).toBe(2);
  });
});

describe('hogo-conformance bundle and keygen', () => {
  it('bundle without a key is a usage error (exit 2); with one it writes a bundle that verifies', async () => {
    const none = await cli(['bundle', '--from', 'out', '--out', 'again.json.gz'], work);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no signing key: give --key <file> or set HOGO_BUNDLE_KEY');
    expect((await cli(['bundle', '--from', 'out', '--out', 'again.json.gz', '--key', 'vendor.key'], work)).code).toBe(0);
    expect((await cli(['verify', 'again.json.gz', '--public-key', 'vendor.pub'], work)).code).toBe(0);
  });

  it('run --bundle without a key fails before running (exit 2); keygen refuses to overwrite (exit 2)', async () => {
    const run = await cli(['run', '--target', url, '--area', '01', '--out', 'out2', '--bundle', 'x.json.gz'], work);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect((await cli(['keygen', '--out', 'vendor'], work)).code).toBe(2);
  });
});
