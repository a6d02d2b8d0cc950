/** Reads a bundle file: gunzip, parse, and the format. What cannot be read at all is a usage error (exit 2). */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { UsageError } from '../engine/plan.ts';
import { BUNDLE_FORMAT } from './format.ts';

/** A bundle whose format is right; the rest of its shape is the verifier's to judge. */
export interface RawBundle {
  format: typeof BUNDLE_FORMAT;
  manifest?: unknown;
  signature?: unknown;
  files?: unknown;
}

/** The decoded bundle document of gzip bytes. */
export function decodeBundle(bytes: Buffer, name: string): RawBundle {
  let json: string;
  try {
    json = gunzipSync(bytes).toString('utf8');
  } catch {
    throw new UsageError(`${name} は gzip ではありません（証跡バンドルではありません） / ${name} is not gzip (not an evidence bundle)`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new UsageError(`${name} の内容が JSON ではありません / ${name} does not hold JSON`);
  }
  const format = typeof doc === 'object' && doc !== null ? (doc as { format?: unknown }).format : undefined;
  if (format !== BUNDLE_FORMAT) {
    throw new UsageError(`${name} の形式 ${JSON.stringify(format)} は ${BUNDLE_FORMAT} ではありません / ${name} has format ${JSON.stringify(format)}, not ${BUNDLE_FORMAT}`);
  }
  return doc as RawBundle;
}

/** Reads and decodes a bundle file. */
export async function readBundle(path: string): Promise<RawBundle> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`${path} を読めません / cannot read ${path}: ${(error as Error).message}`);
  }
  return decodeBundle(bytes, path);
}
