import { customFormats } from '@hogo-kit/spec';
import type { ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Edition } from '../editions.ts';

/** Bodies and responses, or parameters (coerced): the two ajv instances of an edition. */
export type ValidatorSet = 'body' | 'params';

/** The build's validators of one edition, by id, and the hash of the schema each was made from. */
export interface Precompiled {
  body: Record<string, ValidateFunction>;
  params: Record<string, ValidateFunction>;
  hashes: Record<string, string>;
}

/** What a precompiled module (dist/validators-<edition>.cjs, written by scripts/precompile.js) exports. */
export interface PrecompiledModule {
  fingerprint: string;
  hashes: Record<string, string>;
  body: (formats: Record<string, unknown>, require: NodeJS.Require) => Record<string, ValidateFunction>;
  params: (formats: Record<string, unknown>, require: NodeJS.Require) => Record<string, ValidateFunction>;
}

const require = createRequire(import.meta.url);

/** The file the build writes an edition's validators to. */
export const precompiledFile = (packageRoot: string, edition: Edition) => join(packageRoot, 'dist', `validators-${edition}.cjs`);

/** The hash of one schema as compiled (JSON text, so the same object built the same way hashes the same). */
export const schemaHash = (schema: unknown) => createHash('sha256').update(JSON.stringify(schema)).digest('base64url');

/**
 * What the precompiled code depends on besides each schema: ajv's version, the SDK's ajv options and the whole
 * contract (components included). A module with another fingerprint is not used.
 */
export function contractFingerprint(openapi: unknown, options: unknown): string {
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  return createHash('sha256').update(JSON.stringify([ajvVersion, options, openapi])).digest('base64url');
}

/** The formats the precompiled code calls by name: ajv-formats' full set and the standard's (as createAjv adds them). */
function formats(): Record<string, unknown> {
  const { fullFormats } = require('ajv-formats/dist/formats') as { fullFormats: Record<string, unknown> };
  return { ...fullFormats, ...customFormats };
}

/**
 * The build's validators of the edition, or undefined: none built, built from another contract or other options,
 * unreadable, or switched off with HOGO_PRECOMPILED=0 (everything is then compiled on first use, as before).
 */
export function loadPrecompiled(edition: Edition, openapi: unknown, options: unknown, packageRoot?: string): Precompiled | undefined {
  if (process.env.HOGO_PRECOMPILED === '0') return undefined;
  try {
    const root = packageRoot ?? dirname(require.resolve('@hogo-kit/sdk/package.json'));
    const module = require(precompiledFile(root, edition)) as PrecompiledModule;
    if (module.fingerprint !== contractFingerprint(openapi, options)) return undefined;
    const known = formats();
    return { body: module.body(known, require), params: module.params(known, require), hashes: module.hashes };
  } catch {
    return undefined;
  }
}
