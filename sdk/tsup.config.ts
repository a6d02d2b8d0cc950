import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];
/** The spec package's folder (its "." export is lib/index.ts). */
const SPEC_DIR = dirname(dirname(fileURLToPath(import.meta.resolve('@hogo-kit/spec'))));

/**
 * The SDK takes createAjv (and the OpenAPI JSON) from @hogo-kit/spec, whose index also re-exports its
 * build and lint tooling (yaml, fs …). Its modules have no side effects, so esbuild may drop what the
 * SDK does not use — the spec package does not declare `"sideEffects": false`, so this plugin does.
 */
const specWithoutSideEffects: Plugin = {
  name: 'hogo-spec-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === specWithoutSideEffects || args.kind === 'entry-point') return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, with: args.with, pluginData: specWithoutSideEffects });
      if (result.errors.length > 0 || !result.path.startsWith(SPEC_DIR) || result.path.endsWith('.json')) return result;
      return { ...result, sideEffects: false };
    });
  },
};

/**
 * The publishable build: ESM + CJS + .d.ts under dist/ (not committed). Three entries, so that a
 * client-only consumer loads neither fastify nor msw: `@hogo-kit/sdk`, `/fastify` and `/msw`.
 *
 * `@hogo-kit/spec` is bundled (its OpenAPI JSON and createAjv end up in dist/): the built package
 * does not need it at run time. The libraries a consumer brings, or that the SDK depends on, stay
 * external.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    fastify: 'src/transport/fastify.ts',
    msw: 'src/transport/msw.ts',
  },
  format: ['esm', 'cjs'],
  dts: { resolve: ['@hogo-kit/spec'] },
  outDir: 'dist',
  clean: true,
  target: 'node20',
  platform: 'node',
  // One copy of shared modules (engine, editions, errors) for all three entries, in both formats.
  splitting: true,
  // import.meta.url in the CJS output (spec's createAjv uses createRequire(import.meta.url)).
  shims: true,
  sourcemap: false,
  noExternal: ['@hogo-kit/spec', /^@hogo-kit\/spec\//],
  esbuildPlugins: [specWithoutSideEffects],
  external: ['fastify', '@fastify/swagger', '@fastify/swagger-ui', 'msw', 'ajv', 'ajv-formats', 'openapi-fetch'],
});
