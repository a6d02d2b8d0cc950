import { HogoError, type FieldError } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { assertWellFormed } from './text.ts';

/**
 * Seeded defects of input checking on households and members (mutants/more-13-14.ts). Without a mutant,
 * checkedText is assertWellFormed and assertInputDefects does nothing.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

function replaced(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '');
  if (Array.isArray(value)) return value.map(replaced);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaced(v)]));
  return value;
}

/** The body with malformed text refused (400) — or, under malformed-text-replaced, silently repaired. */
export function checkedText<T>(env: AreaEnv, body: T): T {
  if (hasMutant(env, 'malformed-text-replaced')) return replaced(body) as T;
  assertWellFormed(body);
  return body;
}

const refusal = (errors: FieldError[]) =>
  new HogoError(400, 'validation-failed', { ja: '入力が不正です', en: 'The request is invalid' }, undefined, errors);

/** length-counted-in-utf16, code-list-outdated, leap-day-refused: valid input refused (400) with a pointer. */
export function assertInputDefects(env: AreaEnv, body: unknown, pointer = '/body'): void {
  const utf16 = hasMutant(env, 'length-counted-in-utf16');
  const outdated = hasMutant(env, 'code-list-outdated');
  const leapDay = hasMutant(env, 'leap-day-refused');
  if (!utf16 && !outdated && !leapDay) return;
  const errors: FieldError[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((v, i) => visit(v, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const where = `${at}/${key}`;
      if (utf16 && (key === 'family' || key === 'given') && typeof value === 'string' && value.length > 100) {
        errors.push({ pointer: where, code: 'maxLength', message: { ja: '100文字以内としてください。', en: 'At most 100 characters.' } });
      } else if (outdated && key === 'livingArrangement' && value === '09') {
        errors.push({ pointer: where, code: 'enum', message: { ja: 'コード表にないコードです。', en: 'Not a code of the list.' } });
      } else if (leapDay && (key === 'birthDate' || key === 'leftOn') && typeof value === 'string' && value.endsWith('-02-29')) {
        errors.push({ pointer: where, code: 'format', message: { ja: '存在しない日付です。', en: 'Not a calendar date.' } });
      } else visit(value, where);
    }
  };
  visit(body, pointer);
  if (errors.length > 0) throw refusal(errors);
}
