/** The manifest of a bundle: each file's path, size and SHA-256, and what a reader looks for first. */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { fingerprintOf, spkiDer } from './keys.ts';
import { MANIFEST_FORMAT, type Manifest, type ManifestFile } from './format.ts';

/** The part of report.json the manifest repeats. */
export interface ReportHead {
  kit: { name: string; version: string };
  edition: string;
  target: { product: Manifest['product'] };
  summary: { conformant: boolean };
}

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Path, size and digest of each file (text stored as UTF-8), sorted by path. */
export function fileEntries(files: Record<string, string>): ManifestFile[] {
  return Object.keys(files)
    .sort()
    .map((path) => {
      const bytes = Buffer.from(files[path]!, 'utf8');
      return { path, size: bytes.length, sha256: sha256Hex(bytes) };
    });
}

/** The manifest of a set of (already redacted) files, for the run report.json describes, signed by the key's owner. */
export function buildManifest(report: ReportHead, files: Record<string, string>, signer: KeyObject, createdAt: Date = new Date()): Manifest {
  const publicKey = createPublicKey(signer);
  return {
    format: MANIFEST_FORMAT,
    createdAt: createdAt.toISOString(),
    kit: { name: report.kit.name, version: report.kit.version },
    edition: report.edition,
    product: report.target.product ? pickProduct(report.target.product) : null,
    overall: { conformant: report.summary.conformant, verdict: report.summary.conformant ? 'conformant' : 'not-conformant' },
    publicKey: { algorithm: 'Ed25519', spki: spkiDer(publicKey).toString('base64'), fingerprint: fingerprintOf(publicKey) },
    files: fileEntries(files),
  };
}

/** The product fields a manifest holds (name, vendor, version, build). */
export function pickProduct(p: NonNullable<Manifest['product']>): NonNullable<Manifest['product']> {
  return { name: p.name, vendor: p.vendor, version: p.version, build: p.build };
}
