/** Writes a bundle from a run output directory: read the report files, redact, hash, sign, gzip. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { KeyObject } from 'node:crypto';
import { UsageError } from '../engine/plan.ts';
import { BUNDLE_FORMAT, REPORT_FILES, REPORT_JSON, type Bundle, type Manifest } from './format.ts';
import { buildManifest, type ReportHead } from './manifest.ts';
import { BundleRedactor } from './redact.ts';
import { signManifest } from './sign.ts';

export interface WriteOptions {
  /** The run output directory (report.json, junit.xml, summary.md, verdicts.csv, report.html). */
  from: string;
  /** The bundle file to write. */
  out: string;
  key: KeyObject;
  /** Secrets to mask wherever they appear (the run's tokens), besides bearer tokens and 12-digit runs. */
  secrets?: Iterable<string>;
  /** Only these files of the directory (e.g. those the run just wrote); default: every report file present. */
  only?: readonly string[];
  createdAt?: Date;
}

/** Builds the bundle document of a run output directory (nothing written). */
export async function buildBundle(options: Omit<WriteOptions, 'out'>): Promise<Bundle> {
  const names = (options.only ?? REPORT_FILES).map((p) => basename(p)).filter((name) => (REPORT_FILES as readonly string[]).includes(name));
  const present = names.filter((name) => existsSync(join(options.from, name)));
  if (!present.includes(REPORT_JSON)) {
    throw new UsageError(`${join(options.from, REPORT_JSON)} がありません（--report json で実行してください） / no ${REPORT_JSON} in ${options.from} (run with --report json)`);
  }
  const redactor = new BundleRedactor(options.secrets);
  const files: Record<string, string> = {};
  for (const name of [...new Set(present)].sort()) files[name] = redactor.file(name, utf8(await readFile(join(options.from, name)), name));
  const manifest = buildManifest(reportHead(files[REPORT_JSON]!), files, options.key, options.createdAt);
  return { format: BUNDLE_FORMAT, manifest, signature: { algorithm: 'Ed25519', value: signManifest(manifest, options.key) }, files };
}

/** Serialises a bundle document: gzip of its JSON. */
export function encodeBundle(bundle: Bundle): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(bundle), 'utf8'));
}

/** Writes the bundle of a run output directory; answers its manifest. */
export async function writeBundle(options: WriteOptions): Promise<Manifest> {
  const bundle = await buildBundle(options);
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, encodeBundle(bundle));
  return bundle.manifest;
}

function utf8(bytes: Buffer, name: string): string {
  try {
    // ignoreBOM keeps a byte order mark in the text (verdicts.csv starts with one for Excel).
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`${name} が UTF-8 のテキストではありません / ${name} is not UTF-8 text`);
  }
}

/** The fields of report.json the manifest repeats; a report without them is a usage error. */
function reportHead(text: string): ReportHead {
  let report: Partial<ReportHead> & { format?: unknown };
  try {
    report = JSON.parse(text) as typeof report;
  } catch (error) {
    throw new UsageError(`${REPORT_JSON} を読めません / cannot parse ${REPORT_JSON}: ${(error as Error).message}`);
  }
  if (report.format !== 'hogo-kit-conformance-report/1' || !report.kit || typeof report.edition !== 'string' || !report.target || !report.summary) {
    throw new UsageError(`${REPORT_JSON} は hogo-kit の検証レポートではありません / ${REPORT_JSON} is not a hogo-kit conformance report`);
  }
  return report as ReportHead;
}
