// The compiled CLI (conformance/dist, written by `npm run compile -w @hogo-kit/conformance`): plain JavaScript with
// the kit's TypeScript — this package, the spec's library, the reference server and the seeds — in a few files,
// run without tsx's loader. Used only while it is fresh: every source it was compiled from still has the size and
// content it had (a changed modification time alone sends the file to a hash comparison), and the compile script is
// the same. An edit that keeps the size and puts the recorded modification time back goes unseen; nothing that edits
// files does that by accident. Anything else — no dist, a missing or changed source, an unreadable manifest, HOGO_COMPILED=0 — answers
// undefined, and the bin runs the TypeScript through tsx as before, so a stale copy never runs.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the compiled CLI and its manifest (overridable for tests). */
export const DIST = new URL('../dist/', import.meta.url);
export const MANIFEST_NAME = 'sources.json';
export const MANIFEST_FORMAT = 1;

/** Paths in the manifest are relative to this package's folder, so a moved checkout stays fresh. */
export const PACKAGE_DIR = new URL('../', import.meta.url);

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The record the manifest keeps of one source: where it is, its size, its modification time and its hash. */
export function sourceRecord(relativePath, packageDir = PACKAGE_DIR) {
  const file = fileURLToPath(new URL(relativePath, packageDir));
  const stat = statSync(file);
  return { path: relativePath, size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(readFileSync(file)) };
}

/** Why the compiled CLI in `dist` cannot be used, or undefined when every source it was built from is unchanged. */
export function staleReason(dist = DIST, packageDir = PACKAGE_DIR) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL(MANIFEST_NAME, dist), 'utf8'));
  } catch {
    return 'not compiled';
  }
  if (manifest?.format !== MANIFEST_FORMAT || !Array.isArray(manifest.sources) || manifest.sources.length === 0) return 'unknown manifest';
  for (const source of manifest.sources) {
    const file = fileURLToPath(new URL(source.path, packageDir));
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return `${source.path} is gone`;
    }
    if (stat.size !== source.size) return `${source.path} changed`;
    if (stat.mtimeMs !== source.mtimeMs && sha256(readFileSync(file)) !== source.sha256) return `${source.path} changed`;
  }
  return undefined;
}

/** The URL of a compiled entry ('cli.js', 'embedded-thread.js') when the compiled CLI is fresh and not turned off. */
export function compiledEntry(name, dist = DIST, packageDir = PACKAGE_DIR) {
  if (process.env.HOGO_COMPILED === '0') return undefined;
  return staleReason(dist, packageDir) === undefined ? new URL(name, dist) : undefined;
}
