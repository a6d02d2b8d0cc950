import { HogoError, type FieldError } from '@hogo-kit/sdk';

/** Control characters (Unicode general category Cc: C0, DEL and C1). */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** True when the text holds a lone surrogate (a high one not followed by a low one, or a low one alone). */
function lone(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** Every string of a value that holds a lone surrogate or a control character, as /body/… pointers. */
export function malformedText(value: unknown, pointer: string): FieldError[] {
  if (typeof value === 'string') {
    if (lone(value)) {
      return [{ pointer, code: 'lone-surrogate', message: { ja: '対になっていないサロゲート符号位置を含んでいます。', en: 'The text contains an unpaired surrogate code point.' } }];
    }
    if (CONTROL.test(value)) {
      return [{ pointer, code: 'control-character', message: { ja: '制御文字を含んでいます。', en: 'The text contains a control character.' } }];
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => malformedText(v, `${pointer}/${i}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => malformedText(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return [];
}

/** Refuses (400) a body with malformed text; characters are never replaced or normalised, only refused. */
export function assertWellFormed(body: unknown, pointer = '/body'): void {
  const errors = malformedText(body, pointer);
  if (errors.length > 0) {
    throw new HogoError(400, 'malformed-text', { ja: '入力が不正です', en: 'The request is invalid' }, {
      ja: '不正な文字を含む項目があります。文字を置き換えずに拒否しました。何も変更していません。',
      en: 'Some fields contain malformed text; it was refused, not replaced. Nothing was changed.',
    }, errors);
  }
}
