// A small run output directory (areas 01 and 02 of 2.1 against the embedded reference server), bundles decoded and
// re-encoded, and an attacker's edits: change a file, recompute its digest, re-sign the manifest.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { startEmbedded } from '../../src/embedded.ts';
import { canonicalJson } from '../../src/bundle/format.ts';
import { REPORT_FORMATS, writeReports } from '../../src/reports/index.ts';
import { runSuite, type Declaration, type RunReport } from '../../src/run.ts';

/** Runs the given areas of 2.1 in-process and writes every report format into a fresh directory. */
export async function runOutput(areas: string[], declarationOverride?: Declaration): Promise<{ dir: string; report: RunReport; tokens: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'hogo-bundle-run-'));
  const target = await startEmbedded('2.1');
  let report: RunReport;
  try {
    report = await runSuite({ edition: '2.1', baseUrl: target.baseUrl, tokens: target.tokens, fetch: target.fetch, scope: { areas }, ...(declarationOverride && { declarationOverride }) });
  } finally {
    await target.close();
  }
  await writeReports(report, REPORT_FORMATS, dir);
  return { dir, report, tokens: target.tokens };
}

export interface Doc {
  format: string;
  manifest: { files: { path: string; size: number; sha256: string }[]; publicKey: { spki: string; fingerprint: string }; [key: string]: unknown };
  signature: { algorithm: string; value: string };
  files: Record<string, string>;
}

export const decode = (bytes: Buffer): Doc => JSON.parse(gunzipSync(bytes).toString('utf8')) as Doc;
export const encode = (doc: Doc): Buffer => gzipSync(Buffer.from(JSON.stringify(doc), 'utf8'));
export const clone = (doc: Doc): Doc => structuredClone(doc);

export function keyPair(): { privateKey: KeyObject; publicKey: KeyObject; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { privateKey, publicKey, fingerprint: `sha256:${createHash('sha256').update(der).digest('hex')}` };
}

export async function writeKeyPem(dir: string, name: string, key: KeyObject): Promise<string> {
  const path = join(dir, name);
  const pem = key.type === 'private' ? key.export({ type: 'pkcs8', format: 'pem' }) : key.export({ type: 'spki', format: 'pem' });
  await writeFile(path, pem);
  return path;
}

/** An attacker's fix-up: digests and sizes recomputed for every file, the manifest re-signed (and its key set) by `key`. */
export function resign(doc: Doc, key: { privateKey: KeyObject; publicKey: KeyObject; fingerprint: string }): Doc {
  const out = clone(doc);
  out.manifest.files = Object.keys(out.files).sort().map((path) => {
    const bytes = Buffer.from(out.files[path]!, 'utf8');
    return { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  out.manifest.publicKey = { ...out.manifest.publicKey, spki: key.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'), fingerprint: key.fingerprint };
  out.signature = { algorithm: 'Ed25519', value: sign(null, Buffer.from(canonicalJson(out.manifest), 'utf8'), key.privateKey).toString('base64') };
  return out;
}

/** report.json of a bundle document, edited and written back in the reports' layout. */
export function editReport(doc: Doc, edit: (report: RunReport) => void): Doc {
  const out = clone(doc);
  const report = JSON.parse(out.files['report.json']!) as RunReport;
  edit(report);
  out.files['report.json'] = `${JSON.stringify(report, null, 2)}\n`;
  return out;
}
