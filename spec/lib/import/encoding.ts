import type { Encoding } from './types.ts';

/**
 * Decodes a CSV file. `auto`: a UTF-8 BOM or valid UTF-8 means UTF-8, anything else is read as Shift_JIS
 * (Excel's default for Japanese CSV). A leading BOM is always dropped.
 */
export function decodeText(bytes: Uint8Array, encoding: Encoding | 'auto' = 'auto'): { text: string; encoding: Encoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let chosen: Encoding = encoding === 'auto' ? 'utf-8' : encoding;
  if (encoding === 'auto' && !hasBom) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      chosen = 'shift_jis';
    }
  }
  const text = new TextDecoder(chosen).decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: chosen };
}

export function isEncoding(value: string): value is Encoding {
  return value === 'utf-8' || value === 'shift_jis';
}
