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

/** Code units that may make a string malformed (controls and surrogates): a string without any is well formed. */
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/;

const LONE: FieldError['message'] = { ja: '対になっていないサロゲート符号位置を含んでいます。', en: 'The text contains an unpaired surrogate code point.' };
const CONTROL_CHARACTER: FieldError['message'] = { ja: '制御文字を含んでいます。', en: 'The text contains a control character.' };

/** The fault of one string, if any (a lone surrogate is named before a control character). */
function faultOf(text: string): 'lone-surrogate' | 'control-character' | undefined {
  if (!SUSPECT.test(text)) return undefined;
  if (lone(text)) return 'lone-surrogate';
  return CONTROL.test(text) ? 'control-character' : undefined;
}

const segment = (key: string | number) => (typeof key === 'number' ? String(key) : key.replace(/~/g, '~0').replace(/\//g, '~1'));

/**
 * Every string of a value that holds a lone surrogate or a control character, as /body/… pointers, in document
 * order; at most `limit` of them. One walk over the value that builds a pointer only for a faulty string, so a
 * whole data set (hundreds of thousands of strings) is checked quickly.
 */
export function malformedText(value: unknown, pointer: string, limit = Infinity): FieldError[] {
  const errors: FieldError[] = [];
  const path: (string | number)[] = [];
  const visit = (node: unknown): void => {
    if (errors.length >= limit) return;
    if (typeof node === 'string') {
      const code = faultOf(node);
      if (code) {
        const where = path.length === 0 ? pointer : `${pointer}/${path.map(segment).join('/')}`;
        errors.push({ pointer: where, code, message: { ...(code === 'lone-surrogate' ? LONE : CONTROL_CHARACTER) } });
      }
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        visit(node[i]);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        path.push(key);
        visit((node as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  visit(value);
  return errors;
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
