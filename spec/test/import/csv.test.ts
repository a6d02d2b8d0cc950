import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/import/csv.ts';
import { decodeText } from '../../lib/import/encoding.ts';
import { shiftJisEncoder } from '../fixtures/workbooks/sjis.ts';

const rows = (text: string) => parseCsv(text).rows.map((r) => [r.at, ...r.cells]);

describe('parseCsv (RFC 4180)', () => {
  it('splits records on CRLF, LF and CR and numbers their lines', () => {
    expect(rows('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['line 1', 'a', 'b'],
      ['line 2', 'c', 'd'],
      ['line 3', 'e', 'f'],
      ['line 4', 'g', 'h'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes, and counts the lines a record spans', () => {
    expect(rows('"x, y","say ""hi""","one\r\ntwo"\nnext,,\n')).toEqual([
      ['line 1', 'x, y', 'say "hi"', 'one\r\ntwo'],
      ['line 3', 'next', '', ''],
    ]);
  });

  it('keeps empty lines as one empty cell, and adds no record for the final line break', () => {
    expect(rows('a\n\nb\n')).toEqual([['line 1', 'a'], ['line 2', ''], ['line 3', 'b']]);
    expect(rows('"",x')).toEqual([['line 1', '', 'x']]);
  });
});

describe('decodeText', () => {
  const utf8 = new TextEncoder().encode('機能ID,実装区分');
  const sjis = shiftJisEncoder('機能実装区分')('機能ID,実装区分');

  it('drops a UTF-8 BOM and reads UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '機能ID,実装区分', encoding: 'utf-8' });
  });

  it('reads valid UTF-8 without a BOM as UTF-8', () => {
    expect(decodeText(utf8)).toEqual({ text: '機能ID,実装区分', encoding: 'utf-8' });
  });

  it('reads anything else as Shift_JIS', () => {
    expect(sjis).toEqual(new Uint8Array([0x8b, 0x40, 0x94, 0x5c, 0x49, 0x44, 0x2c, 0x8e, 0xc0, 0x91, 0x95, 0x8b, 0xe6, 0x95, 0xaa]));
    expect(decodeText(sjis)).toEqual({ text: '機能ID,実装区分', encoding: 'shift_jis' });
  });

  it('obeys a forced encoding', () => {
    const forced = decodeText(sjis, 'utf-8');
    expect(forced.encoding).toBe('utf-8');
    expect(forced.text).not.toContain('機能');
    expect(decodeText(utf8, 'shift_jis').encoding).toBe('shift_jis');
  });
});
