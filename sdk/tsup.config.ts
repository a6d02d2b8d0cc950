import { defineConfig } from 'tsup';

/**
 * The publishable build: ESM + CJS + .d.ts under dist/ (not committed). Four entries, so that a
 * client-only consumer loads neither fastify nor msw: `@hogo-kit/sdk`, `/fastify`, `/msw` and `/schemas` (the OpenAPI documents and ajv, for tools).
 *
 * `@hogo-kit/spec` is bundled (its OpenAPI JSON and createAjv end up in dist/): the built package
 * does not need it at run time (spec declares `sideEffects: false`, so only what the SDK uses is kept:
 * createAjv and the OpenAPI JSON, not the lint and build tooling). The libraries a consumer brings, or that the SDK depends on, stay
 * external.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    fastify: 'src/fastify.ts',
    msw: 'src/msw.ts',
    schemas: 'src/schemas.ts',
    // Build time only (scripts/precompile.js), not an export of the package.
    precompile: 'src/engine/precompile.ts',
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
  external: ['fastify', '@fastify/swagger', '@fastify/swagger-ui', 'msw', 'ajv', 'ajv-formats', 'openapi-fetch'],
});
