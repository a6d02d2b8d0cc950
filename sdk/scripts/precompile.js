#!/usr/bin/env node
/**
 * Writes dist/validators-<edition>.cjs for every edition: ajv's standalone code of the contract's validators, from
 * the build's `precompile` entry (run after tsup). The SDK uses a file only while it matches the contract and the
 * ajv options it was made with; without it (or with HOGO_PRECOMPILED=0) everything is compiled on first use.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { precompiledSource, precompiledFile, EDITIONS } = await import(new URL('../dist/precompile.js', import.meta.url).href);
for (const edition of EDITIONS) {
  const started = performance.now();
  const source = precompiledSource(edition);
  writeFileSync(precompiledFile(root, edition), source);
  if (!process.argv.includes('--silent')) {
    console.log(`validators-${edition}.cjs: ${(source.length / 1024).toFixed(0)} KiB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
