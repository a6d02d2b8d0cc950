import type { components } from '@hogo-kit/sdk';

type PersonName = components['schemas']['PersonName'];

/** Spaces (half and full width) removed and hiragana folded to katakana, so 「やまだ はなこ」 finds ヤマダ ハナコ. */
export function foldName(text: string): string {
  return text
    .replace(/[\s\u3000]/g, '')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .normalize('NFC');
}

/** True when part matches the name written in kanji or its kana reading (partial match, spaces ignored). */
export function nameMatches(name: PersonName, part: string): boolean {
  const wanted = foldName(part);
  if (wanted === '') return true;
  const written = [name.family + name.given, (name.familyKana ?? '') + (name.givenKana ?? '')].map(foldName);
  return written.some((w) => w.includes(wanted));
}
