/**
 * The built package as a consumer outside the workspace sees it: tsup → npm pack → npm install of the
 * tarball into a temporary project → a type-checked consumer (ESM and CJS) that calls an operation
 * through the client and mounts hogoPlugin over a toy adapter.
 *
 * Takes ~30 s and installs fastify and openapi-fetch from the npm cache (warm after `npm ci`) or the
 * registry. It runs in `npm test` and CI; HOGO_SKIP_PACKAGING_TEST=1 skips it on a machine with neither.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CJS_CONSUMER, ESM_CONSUMER, TSCONFIG } from './consumer-sources.ts';

const ENABLED = process.env.HOGO_SKIP_PACKAGING_TEST !== '1';
const SDK = fileURLToPath(new URL('../../', import.meta.url));
const resolve = createRequire(import.meta.url).resolve;
/** What the consumer installs beside the tarball (the workspace's pins; @types/node for fastify's types). */
const PINS = { fastify: '5.12.8', 'openapi-fetch': '0.17.0', '@types/node': '20.19.43' };
const REASON = 'skipped by HOGO_SKIP_PACKAGING_TEST=1';

/** Bare imports of a built entry and of the chunks it loads, followed through relative imports. */
function bareImports(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(entry)) return found;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  // Statements at the start of a line only: the bundled OpenAPI text also contains the word "from".
  const statements = /^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/gm;
  for (const match of code.matchAll(statements)) {
    const id = (match[1] ?? match[2] ?? match[3])!;
    if (id.startsWith('./')) for (const inner of bareImports(dist, id.slice(2), seen)) found.add(inner);
    else found.add(id);
  }
  return found;
}

/** Runs a command; on failure the error carries its output (tsc reports on stdout). */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`.slice(0, 8000));
  }
}

describe('the built package in a consumer project', () => {
  const work = ENABLED ? mkdtempSync(join(tmpdir(), 'hogo-sdk-consumer-')) : '';
  const timings: Record<string, number> = {};
  const timed = <T>(step: string, fn: () => T): T => {
    const start = performance.now();
    try { return fn(); } finally { timings[step] = Math.round(performance.now() - start); }
  };
  afterAll(() => {
    if (ENABLED) console.log(`packaging timings (ms): ${JSON.stringify(timings)}`);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.skipIf(!ENABLED)(`builds, packs, installs and runs a typed ESM and CJS consumer${ENABLED ? '' : ` — skipped: ${REASON}`}`, () => {
    // The package's own `build` (turbo, before the tests) writes dist/. Rebuilding here would clean dist/
    // while other workspaces' tasks import it, so build only when it is missing (a bare `vitest run`).
    const dist = join(SDK, 'dist');
    if (!existsSync(join(dist, 'index.js'))) timed('tsup', () => run(process.execPath, [resolve('tsup/dist/cli-default.js')], SDK));
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'fastify.js', 'fastify.cjs', 'fastify.d.ts', 'msw.js', 'msw.cjs'])
      expect(existsSync(join(dist, file)), `dist/${file}`).toBe(true);
    // A client-only consumer loads neither fastify nor msw; nothing needs @hogo-kit/spec at run time.
    for (const entry of ['index.js', 'index.cjs']) {
      const imports = [...bareImports(dist, entry)].filter((id) => !id.startsWith('node:') && !['crypto', 'module', 'path', 'url'].includes(id));
      expect(imports.sort(), entry).toEqual(['openapi-fetch', ...(imports.includes('ajv') ? ['ajv'] : [])].sort());
    }
    for (const entry of ['index.js', 'fastify.js', 'msw.js']) expect([...bareImports(dist, entry)].filter((id) => id.startsWith('@hogo-kit/'))).toEqual([]);

    const packed = timed('npm pack', () => run('npm', ['pack', '--pack-destination', work, '--json'], SDK));
    const tarball = join(work, (JSON.parse(packed) as { filename: string }[])[0]!.filename);
    const files = (JSON.parse(packed) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files.filter((f) => !f.startsWith('dist/') && f !== 'package.json' && f !== 'README.md')).toEqual([]);

    const consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'hogo-consumer', private: true, type: 'module' }));
    timed('npm install', () => run('npm', [
      'install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball,
      ...Object.entries(PINS).map(([name, version]) => `${name}@${version}`),
    ], consumer));
    // The built package must not need the workspace's spec package at run time.
    expect(existsSync(join(consumer, 'node_modules', '@hogo-kit', 'spec'))).toBe(false);
    expect(readdirSync(join(consumer, 'node_modules', '@hogo-kit'))).toEqual(['sdk']);

    writeFileSync(join(consumer, 'tsconfig.json'), TSCONFIG);
    writeFileSync(join(consumer, 'consumer.ts'), ESM_CONSUMER);
    writeFileSync(join(consumer, 'consumer.cts'), CJS_CONSUMER);
    timed('tsc', () => run(process.execPath, [resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], consumer));

    const esm = timed('run esm', () => run(process.execPath, ['consumer.js'], consumer));
    const cjs = timed('run cjs', () => run(process.execPath, ['consumer.cjs'], consumer));
    const expected = {
      created: 201, householdId: 'H-1', invalid: 400, invalidPointer: '/body/grade', problemType: 'application/problem+json',
      domainError: 422, clientProblem: 'one-head-of-household',
    };
    const last = (output: string) => JSON.parse(output.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(last(esm)).toEqual(expected);
    // CJS also reports whether requiring the client entry alone loaded fastify or msw.
    expect(last(cjs)).toEqual({ ...expected, fastifyLoaded: false });
  }, 600_000);
});
