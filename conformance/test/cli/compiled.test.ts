import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledEntry, MANIFEST_FORMAT, MANIFEST_NAME, sourceRecord, staleReason } from '../../bin/compiled.js';
import { spawnCli } from '../support/cli-process.ts';

const temp = mkdtempSync(join(os.tmpdir(), 'hogo-compiled-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A package folder with two sources and a dist whose manifest records them as they are now. */
function compiledPackage(name: string) {
  const root = join(temp, name);
  mkdirSync(join(root, 'src'), { recursive: true });
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src', 'b.ts'), 'export const b = 2;\n');
  const packageDir = pathToFileURL(`${root}/`);
  const dist = pathToFileURL(`${root}/dist/`);
  const sources = ['src/a.ts', 'src/b.ts'].map((p) => sourceRecord(p, packageDir));
  writeFileSync(join(root, 'dist', MANIFEST_NAME), JSON.stringify({ format: MANIFEST_FORMAT, sources }));
  return { root, packageDir, dist };
}

describe('the compiled CLI is used only while fresh (bin/compiled.js)', () => {
  it('is fresh while every source is as recorded, and names the entry', () => {
    const { packageDir, dist } = compiledPackage('fresh');
    expect(staleReason(dist, packageDir)).toBeUndefined();
    expect(compiledEntry('cli.js', dist, packageDir)?.href).toBe(new URL('cli.js', dist).href);
  });

  it('is stale when a source changes content at the same size (the hash, not the size, tells)', () => {
    const { root, packageDir, dist } = compiledPackage('changed');
    const file = join(root, 'src', 'b.ts');
    writeFileSync(file, 'export const b = 3;\n'); // same length, other content
    utimesSync(file, new Date(), new Date(Date.now() + 5_000)); // a modification time certainly unlike the recorded one
    expect(staleReason(dist, packageDir)).toBe('src/b.ts changed');
    expect(compiledEntry('cli.js', dist, packageDir)).toBeUndefined();
  });

  it('stays fresh when only the modification time moved (a checkout rewrote the same content)', () => {
    const { root, packageDir, dist } = compiledPackage('touched');
    utimesSync(join(root, 'src', 'a.ts'), new Date(), new Date(Date.now() + 60_000));
    expect(staleReason(dist, packageDir)).toBeUndefined();
  });

  it('is stale when a source is gone or of another size, and unusable without a readable manifest', () => {
    const gone = compiledPackage('gone');
    rmSync(join(gone.root, 'src', 'a.ts'));
    expect(staleReason(gone.dist, gone.packageDir)).toBe('src/a.ts is gone');
    const grown = compiledPackage('grown');
    writeFileSync(join(grown.root, 'src', 'a.ts'), 'export const a = 10;\n');
    expect(staleReason(grown.dist, grown.packageDir)).toBe('src/a.ts changed');
    const none = compiledPackage('none');
    rmSync(join(none.root, 'dist', MANIFEST_NAME));
    expect(staleReason(none.dist, none.packageDir)).toBe('not compiled');
    writeFileSync(join(none.root, 'dist', MANIFEST_NAME), JSON.stringify({ format: MANIFEST_FORMAT + 1, sources: [] }));
    expect(staleReason(none.dist, none.packageDir)).toBe('unknown manifest');
  });

  it('is not used when HOGO_COMPILED=0', () => {
    const { packageDir, dist } = compiledPackage('off');
    const before = process.env.HOGO_COMPILED;
    process.env.HOGO_COMPILED = '0';
    try {
      expect(compiledEntry('cli.js', dist, packageDir)).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.HOGO_COMPILED;
      else process.env.HOGO_COMPILED = before;
    }
  });
});

describe('the compiled CLI (scripts/compile.js)', () => {
  // Inside the package, as conformance/dist is: the compiled modules import their packages from node_modules above.
  const out = fileURLToPath(new URL(`../../node_modules/.cache/hogo-compiled-test-${process.pid}/`, import.meta.url));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const script = new URL('../../scripts/compile.js', import.meta.url);

  it('compiles the kit and records every source it read', { timeout: 60_000 }, () => {
    const done = spawnSync(process.execPath, [script.pathname, '--out', out], { encoding: 'utf8' });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8')) as { sources: { path: string }[] };
    const paths = manifest.sources.map((s) => s.path);
    for (const expected of ['src/cli.ts', 'src/embedded-host.ts', '../reference-server/src/app.ts', '../spec/lib/index.ts', '../seeds/src/index.ts', 'scripts/compile.js']) {
      expect(paths).toContain(expected);
    }
    // Packages and the spec's built documents are imported at run time, not copied in.
    expect(paths.some((p) => p.includes('node_modules') || p.includes('/dist/'))).toBe(false);
    expect(staleReason(pathToFileURL(`${out}/`))).toBeUndefined();
  });

  it('runs a scoped suite against the embedded server in a worker thread, as the TypeScript does', { timeout: 120_000 }, async () => {
    const reports = join(temp, 'reports-compiled');
    // A script beside the compiled files, as the bin is beside dist (an -e script's flags would reach the worker thread).
    const runner = join(out, 'run-main.mjs');
    writeFileSync(runner, `import { main } from './cli.js';\nprocess.exitCode = await main(process.argv.slice(2));\n`);
    const compiled = spawnSync(process.execPath, [runner, 'run', '--area', '01', '--report', 'json', '--out', reports, '--progress', 'none'], { encoding: 'utf8', cwd: temp });
    expect(compiled.stderr).not.toMatch(/Error/);
    expect(compiled.status).toBe(0);
    const source = await spawnCli(['run', '--area', '01', '--report', 'json', '--out', join(temp, 'reports-tsx'), '--progress', 'none'], { cwd: temp, env: { HOGO_COMPILED: '0' } });
    expect(source.code).toBe(0);
    const verdicts = (dir: string) => (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { requirements: { id: string; verdict: string }[] }).requirements.map((r) => `${r.id} ${r.verdict}`);
    expect(verdicts(reports).length).toBeGreaterThan(5);
    expect(verdicts(reports)).toEqual(verdicts(join(temp, 'reports-tsx')));
  });
});
