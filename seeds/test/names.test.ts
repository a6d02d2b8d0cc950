import { describe, expect, it } from 'vitest';
import { DEMO_HOUSEHOLDS, demoHouseholdInput, FIDELITY_FAMILY_NAMES, generateHouseholds, isReservedName, RESERVED_FAMILY_NAMES, RESERVED_GIVEN_NAMES } from '../src/index.ts';

const KANA = /^[ァ-ヶー　 ]*$/;
const TODAY = '2026-04-01';

describe('the reserved fake name set', () => {
  it('has katakana readings matching PersonName and no duplicates', () => {
    for (const n of [...RESERVED_FAMILY_NAMES, ...RESERVED_GIVEN_NAMES]) expect(n.kana, n.kanji).toMatch(KANA);
    expect(new Set(RESERVED_FAMILY_NAMES.map((n) => n.kanji)).size).toBe(RESERVED_FAMILY_NAMES.length);
    expect(new Set(RESERVED_GIVEN_NAMES.map((n) => n.kanji)).size).toBe(RESERVED_GIVEN_NAMES.length);
  });

  it('includes names that exercise fidelity: surrogate pairs, JIS X 0213 and variation selectors', () => {
    const all = [...RESERVED_FAMILY_NAMES, ...RESERVED_GIVEN_NAMES].map((n) => n.kanji).join('');
    expect(all).toContain('𠮷');
    expect(all).toContain('髙');
    expect(all).toContain('葛\u{E0100}');
    expect([...all].some((c) => c.codePointAt(0)! > 0xffff && c.codePointAt(0)! < 0xe0100)).toBe(true);
    expect(FIDELITY_FAMILY_NAMES.map((n) => n.fidelity).sort()).toEqual(expect.arrayContaining(['jis-x-0213', 'surrogate-pair', 'variation-selector']));
    for (const n of FIDELITY_FAMILY_NAMES) expect(n.kanji.normalize('NFC'), `${n.kanji} survives NFC unchanged`).toBe(n.kanji);
  });

  it('is the only source of names in the demo and the generator, and the demo uses the fidelity names', () => {
    const names = [
      ...DEMO_HOUSEHOLDS.flatMap((h, i) => demoHouseholdInput(h, i, TODAY).members.map((m) => m.name)),
      ...generateHouseholds(300, { seed: 3, today: TODAY }).flatMap((h) => (h.body.members as { name: { family: string; given: string } }[]).map((m) => m.name)),
    ];
    for (const name of names) expect(isReservedName(name), `${name.family} ${name.given}`).toBe(true);
    const demoFamilies = new Set(DEMO_HOUSEHOLDS.map((h) => h.family));
    expect(['𠮷見本', '髙試験', '葛󠄀架空'].every((f) => demoFamilies.has(f))).toBe(true);
  });
});
