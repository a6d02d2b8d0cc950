#!/usr/bin/env node
// Compiles the conformance CLI to plain JavaScript in conformance/dist (see bin/compiled.js for when it is used):
//   node scripts/compile.js [--out <dir>]
// The kit's own TypeScript — this package, @hogo-kit/spec's library, the reference server and the seeds — goes into
// the output; every npm package, the SDK (already built JavaScript in sdk/dist) and the spec's built documents
// (spec/dist/*.json) stay imports, loaded from where they are at run time. Not minified; no `keepNames`, so functions
// made per call cost no extra property definition (tsx keeps names). The manifest, written last, lists every source
// with its size, modification time and hash.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MANIFEST_FORMAT, MANIFEST_NAME, PACKAGE_DIR, sourceRecord } from '../bin/compiled.js';

const packageDir = fileURLToPath(PACKAGE_DIR);
const SELF = relative(packageDir, fileURLToPath(import.meta.url)).split('\\').join('/');
/** Workspace packages whose TypeScript is compiled in; every other package is imported at run time. */
const COMPILED_IN = new Set(['@hogo-kit/spec', '@hogo-kit/reference-server', '@hogo-kit/seeds']);
/** The one module whose import.meta.url must name the output: it finds the worker's entry beside itself. */
const OWN_URL = new Set(['src/embedded-thread.ts']);

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Bare imports stay imports, except the workspace packages compiled in (their entry, not their built files). */
const externals = {
  name: 'hogo-externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (COMPILED_IN.has(args.path) ? undefined : { path: args.path, external: true }));
  },
};

/**
 * A source that locates files beside itself (import.meta.url) keeps doing so from the output folder: the URL is
 * rewritten to the source's own place, relative to the output, so the compiled copy reads what the source reads.
 */
function sourceUrls(outdir) {
  return {
    name: 'hogo-source-urls',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const own = relative(packageDir, args.path).split('\\').join('/');
        if (!text.includes('import.meta.url') || OWN_URL.has(own)) return { contents: text, loader: 'ts' };
        const fromOut = relative(outdir, args.path).split('\\').join('/');
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`), loader: 'ts' };
      });
    },
  };
}

export async function compile(outdir) {
  const { build } = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: packageDir,
    // cli and embedded-thread for the bin, embedded-worker for the worker thread, run and embedded for bench/conformance.ts.
    entryPoints: {
      cli: 'src/cli.ts',
      'embedded-thread': 'src/embedded-thread.ts',
      'embedded-worker': 'src/embedded-host.ts',
      run: 'src/run.ts',
      embedded: 'src/embedded.ts',
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.17',
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
    banner: { js: '// Compiled by conformance/scripts/compile.js from the kit\'s TypeScript: do not edit (rebuilt by npm start).' },
    plugins: [externals, sourceUrls(outdir)],
  });
  const sources = [...Object.keys(result.metafile.inputs), SELF].sort().map((path) => sourceRecord(path));
  writeFileSync(resolve(outdir, MANIFEST_NAME), `${JSON.stringify({ format: MANIFEST_FORMAT, sources }, null, 1)}\n`);
  return { sources: sources.length, outputs: Object.keys(result.metafile.outputs).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = resolve(option('out') ?? resolve(packageDir, 'dist'));
  const started = performance.now();
  let compiled;
  try {
    compiled = await compile(outdir);
  } catch (error) {
    // Without esbuild (a production-only install) the CLI still runs, through tsx: say so, do not fail the caller.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error(`hogo-kit: esbuild is not installed; the CLI runs its TypeScript through tsx (${error.message})`);
    process.exit(0);
  }
  const { sources, outputs } = compiled;
  const shown = relative(process.cwd(), outdir) || '.';
  if (!process.argv.includes('--silent')) {
    console.log(`compiled ${sources} sources into ${outputs} files in ${shown} (${Math.round(performance.now() - started)} ms)`);
  }
}
