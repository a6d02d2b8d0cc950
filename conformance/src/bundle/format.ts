/**
 * The evidence bundle (証跡バンドル): one file per run that a municipality can check offline, without re-running.
 *
 * Format — gzip of one UTF-8 JSON document:
 *
 *   { "format": "hogo-kit-evidence-bundle/1",
 *     "manifest": { format, createdAt, kit, edition, product, overall, publicKey, files: [{ path, size, sha256 }] },
 *     "signature": { "algorithm": "Ed25519", "value": "<base64>" },
 *     "files": { "<path>": "<UTF-8 text>" } }
 *
 * Why this and not a tar: every report of a run is text, so the files travel as JSON strings and need no second
 * container format; anyone can inspect a bundle with `gunzip -c bundle.json.gz | jq .manifest` and verify it with
 * a few lines in any language (gunzip, JSON parse, SHA-256 per file, Ed25519 over the canonical manifest). A tar
 * would add headers, padding and path rules to get right, for nothing a text-only bundle needs.
 *
 * The declaration, the kit and edition versions, the target product and build, every request and response (passes
 * too) and the verdict per requirement travel inside report.json; the manifest repeats what a reader looks for first.
 *
 * Canonical bytes (what is signed): the manifest as JSON with every object's keys sorted by UTF-16 code units
 * (JavaScript's default sort), no whitespace, strings escaped as JSON.stringify escapes them (non-ASCII characters
 * written as themselves), numbers only as safe integers in decimal, encoded in UTF-8.
 */
export const BUNDLE_FORMAT = 'hogo-kit-evidence-bundle/1';
export const MANIFEST_FORMAT = 'hogo-kit-evidence-manifest/1';

/** The report files of a run output directory a bundle carries (report.json is required: verify recomputes from it). */
export const REPORT_FILES = ['report.json', 'junit.xml', 'summary.md', 'verdicts.csv', 'report.html'] as const;
export const REPORT_JSON = 'report.json';

export interface ManifestFile {
  path: string;
  /** Bytes of the UTF-8 text as stored (after redaction). */
  size: number;
  /** SHA-256 of those bytes, lower-case hex. */
  sha256: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  createdAt: string;
  kit: { name: string; version: string };
  edition: string;
  /** The target product as declared (適合宣言): name, vendor, version and build; null when none was served. */
  product: { name: string; vendor: string; version: string; build: string } | null;
  /** The overall verdict recorded in report.json (適合 / 不適合). */
  overall: { conformant: boolean; verdict: 'conformant' | 'not-conformant' };
  publicKey: { algorithm: 'Ed25519'; spki: string; fingerprint: string };
  files: ManifestFile[];
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  manifest: Manifest;
  signature: { algorithm: 'Ed25519'; value: string };
  files: Record<string, string>;
}

/** The canonical text of a JSON value (see the module header); throws on what JSON cannot say exactly. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`canonical JSON takes safe integers only, not ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

/** The bytes that are signed: the canonical manifest in UTF-8. */
export function canonicalBytes(manifest: unknown): Buffer {
  return Buffer.from(canonicalJson(manifest), 'utf8');
}

/** A path a bundle may hold: relative, forward slashes, no `.`/`..` segment, no empty segment. */
export function isSafePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.includes('\\') && path.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
