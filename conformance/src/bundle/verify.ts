/**
 * Verifies a bundle offline: the signature (with the embedded key, and that key against a pinned one), every
 * file's size and digest, no file outside the manifest and none missing, nothing left unredacted, the manifest
 * against report.json, and every verdict recomputed from the recorded check results (recompute.ts).
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { canonicalJson, isSafePath, REPORT_JSON, type Manifest } from './format.ts';
import { findings, type Finding } from './findings.ts';
import { fingerprintOf } from './keys.ts';
import { pickProduct, sha256Hex } from './manifest.ts';
import type { RawBundle } from './read.ts';
import { recomputeRun, recordedRunShape, type RecordedRun } from './recompute.ts';
import { unredacted } from './redact.ts';
import { manifestSignatureValid } from './sign.ts';

export interface VerifyOptions {
  /** The public key the signer must hold (--public-key); none: the signer is not pinned (a warning). */
  publicKey?: KeyObject;
}

export interface VerifyResult {
  ok: boolean;
  signer: { fingerprint?: string; pinned: boolean };
  manifest?: Partial<Manifest>;
  problems: Finding[];
  warnings: Finding[];
}

/** Canonical text for comparing two values; what canonical JSON cannot hold compares as its string. */
function canonical(value: unknown): string {
  try {
    return canonicalJson(value);
  } catch {
    return String(value);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function verifyBundle(bundle: RawBundle, options: VerifyOptions = {}): VerifyResult {
  const problems: Finding[] = [];
  const warnings: Finding[] = [];
  const manifest = isObject(bundle.manifest) ? (bundle.manifest as Partial<Manifest>) : undefined;
  const files = isObject(bundle.files) ? bundle.files : undefined;
  if (!manifest) problems.push(findings.shape('manifest'));
  if (!files) problems.push(findings.shape('files'));
  const signer = checkSignature(bundle, manifest, options, problems, warnings);
  if (manifest && files) checkFiles(manifest, files, problems);
  if (manifest && files) checkReport(manifest, files, problems, warnings);
  return { ok: problems.length === 0, signer, ...(manifest && { manifest }), problems, warnings };
}

function checkSignature(bundle: RawBundle, manifest: Partial<Manifest> | undefined, options: VerifyOptions, problems: Finding[], warnings: Finding[]): VerifyResult['signer'] {
  const pinned = options.publicKey !== undefined;
  const signature = isObject(bundle.signature) ? bundle.signature : {};
  if (signature.algorithm !== 'Ed25519' || typeof signature.value !== 'string') problems.push(findings.shape('signature'));
  let embedded: KeyObject | undefined;
  try {
    if (typeof manifest?.publicKey?.spki !== 'string') throw new Error('no key');
    embedded = createPublicKey({ key: Buffer.from(manifest.publicKey.spki, 'base64'), format: 'der', type: 'spki' });
    if (embedded.asymmetricKeyType !== 'ed25519') throw new Error('not Ed25519');
  } catch {
    problems.push(findings.keyUnreadable());
    if (!pinned) warnings.push(findings.unpinned());
    return { pinned };
  }
  const fingerprint = fingerprintOf(embedded);
  if (manifest?.publicKey?.fingerprint !== fingerprint) problems.push(findings.fingerprintDiffers());
  if (typeof signature.value !== 'string' || !manifestSignatureValid(manifest, signature.value, embedded)) problems.push(findings.signatureInvalid());
  if (options.publicKey) {
    const expected = fingerprintOf(options.publicKey);
    if (expected !== fingerprint) problems.push(findings.notPinnedKey(expected, fingerprint));
  } else warnings.push(findings.unpinned());
  return { fingerprint, pinned };
}

function checkFiles(manifest: Partial<Manifest>, files: Record<string, unknown>, problems: Finding[]): void {
  const entries = Array.isArray(manifest.files) ? manifest.files : [];
  if (!Array.isArray(manifest.files)) problems.push(findings.shape('manifest.files'));
  const listed = new Set<string>();
  for (const entry of entries) {
    if (!isObject(entry) || typeof entry.path !== 'string' || typeof entry.size !== 'number' || typeof entry.sha256 !== 'string') {
      problems.push(findings.shape('manifest.files[]'));
      continue;
    }
    const { path } = entry;
    if (!isSafePath(path)) problems.push(findings.unsafePath(path));
    if (listed.has(path)) problems.push(findings.fileDuplicate(path));
    listed.add(path);
    const text = Object.hasOwn(files, path) ? files[path] : undefined;
    if (typeof text !== 'string') {
      problems.push(findings.fileMissing(path));
      continue;
    }
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length !== entry.size) problems.push(findings.sizeDiffers(path, entry.size, bytes.length));
    if (sha256Hex(bytes) !== entry.sha256) problems.push(findings.digestDiffers(path));
  }
  for (const path of Object.keys(files)) if (!listed.has(path)) problems.push(findings.fileExtra(path));
  for (const [path, text] of Object.entries(files)) if (typeof text === 'string' && unredacted(path, text)) problems.push(findings.unredacted(path));
}

function checkReport(manifest: Partial<Manifest>, files: Record<string, unknown>, problems: Finding[], warnings: Finding[]): void {
  const text = files[REPORT_JSON];
  if (typeof text !== 'string') {
    problems.push(findings.reportMissing());
    return;
  }
  let report: RecordedRun & { target?: { product?: Manifest['product'] } };
  try {
    report = JSON.parse(text) as typeof report;
  } catch (error) {
    problems.push(findings.reportUnreadable((error as Error).message));
    return;
  }
  const why = recordedRunShape(report);
  if (why !== undefined) {
    problems.push(findings.reportUnreadable(why));
    return;
  }
  const product = report.target?.product ? canonical(pickProduct(report.target.product)) : 'null';
  const pairs: [string, unknown, unknown][] = [
    ['kit.version', manifest.kit?.version, report.kit?.version],
    ['edition', manifest.edition, report.edition],
    ['product', manifest.product ? canonical(manifest.product) : 'null', product],
    ['overall.conformant', manifest.overall?.conformant, report.summary.conformant],
  ];
  for (const [field, m, r] of pairs) if (m !== r) problems.push(findings.manifestDiffers(field, String(m), String(r)));
  const recomputed = recomputeRun(report);
  problems.push(...recomputed.problems);
  warnings.push(...recomputed.warnings);
}
