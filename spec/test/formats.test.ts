import { describe, expect, it } from 'vitest';
import { createAjv } from '../lib/ajv.ts';
import { isLgCode, isMyNumber } from '../lib/formats.ts';

// Vectors worked by hand from the published rules, not produced by the code under test:
// 13101 → 1·6+3·5+1·4+0·3+1·2 = 27, 27 mod 11 = 5, 11−5 = 6 → 131016 (千代田区)
// 01100 → 9, 11−9 = 2 → 011002 (札幌市);  27100 → 51 mod 11 = 7 → 4 → 271004 (大阪市)
// 13110 → 1·6+3·5+1·4+1·3+0·2 = 28, 28 mod 11 = 6 → 5 → 131105 (目黒区)
// 個人番号 12345678901: Σ P·Q = 212, 212 mod 11 = 3, 11−3 = 8 → 123456789018; all zeros: r = 0 → 0.
describe('地方公共団体コード (lg-code)', () => {
  it.each(['131016', '011002', '271004', '131105'])('accepts %s', (code) => expect(isLgCode(code)).toBe(true));
  it.each(['131017', '011000', '27100', '2710040', '13101a', ''])('refuses %s', (code) => expect(isLgCode(code)).toBe(false));
});

describe('個人番号 (my-number)', () => {
  it.each(['123456789018', '000000000000'])('accepts %s', (n) => expect(isMyNumber(n)).toBe(true));
  it.each(['123456789019', '123456789010', '12345678901', '1234567890188', '12345678901x'])('refuses %s', (n) => expect(isMyNumber(n)).toBe(false));
});

describe('createAjv', () => {
  it('validates the custom formats and refuses unknown keywords', () => {
    const ajv = createAjv();
    const validate = ajv.compile({ type: 'object', properties: { lg: { type: 'string', format: 'lg-code' }, n: { type: 'string', format: 'my-number' } } });
    expect(validate({ lg: '131016', n: '123456789018' })).toBe(true);
    expect(validate({ lg: '131017' })).toBe(false);
    expect(validate({ n: '123456789019' })).toBe(false);
    expect(() => ajv.compile({ type: 'string', maxlength: 3 })).toThrow(/unknown keyword/);
    expect(() => ajv.compile({ type: 'string', 'x-codelist': 'sex' })).not.toThrow();
  });
});
