import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../src/engine/messages.ts';
import { editionSchemas } from '../../src/engine/schemas.ts';

const ajv = editionSchemas('2.1').body;
const titleOf = (schema: unknown) => (schema as { title?: string } | undefined)?.title;

/** The single FieldError one value gets under one schema (each property has a title, as the standard's do). */
function messageFor(schema: Record<string, unknown>, value: unknown, parent: Record<string, unknown> = {}) {
  const validate = ajv.compile({ type: 'object', title: '親', properties: { field: { title: '項目', ...schema } }, ...parent });
  expect(validate(value)).toBe(false);
  const errors = fieldErrors(validate.errors ?? [], '/body', { ja: '本文', en: 'body' }, titleOf);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('messages per ajv keyword (Japanese and English)', () => {
  it.each([
    ['type', { type: 'integer' }, { field: 'x' }, '「項目」は整数で指定してください。', 'field must be an integer.'],
    ['format', { type: 'string', format: 'date' }, { field: '2025-13-01' }, '「項目」は正しい日付（YYYY-MM-DD）ではありません。', 'field is not a valid date (YYYY-MM-DD).'],
    ['format', { type: 'string', format: 'lg-code' }, { field: '131010' }, '「項目」は正しい地方公共団体コード（検査数字を含む6桁）ではありません。', 'field is not a valid local government code (6 digits with check digit).'],
    ['format', { type: 'string', format: 'my-number' }, { field: '123456789010' }, '「項目」は正しい個人番号（検査数字を含む12桁）ではありません。', 'field is not a valid individual number (12 digits with check digit).'],
    ['enum', { type: 'string', enum: ['1', '2'] }, { field: '3' }, '「項目」は次のいずれかを指定してください: 1, 2', 'field must be one of: 1, 2'],
    ['minLength', { type: 'string', minLength: 2 }, { field: 'a' }, '「項目」は2文字以上で指定してください。', 'field must be at least 2 characters long.'],
    ['maxLength', { type: 'string', maxLength: 1 }, { field: '𠮷野' }, '「項目」は1文字以内で指定してください。', 'field must be at most 1 character long.'],
    ['minimum', { type: 'integer', minimum: 0 }, { field: -1 }, '「項目」は0以上の値を指定してください。', 'field must be at least 0.'],
    ['maximum', { type: 'integer', maximum: 10 }, { field: 11 }, '「項目」は10以下の値を指定してください。', 'field must be at most 10.'],
    ['pattern', { type: 'string', pattern: '^[0-9]+$' }, { field: 'x' }, '「項目」の形式が正しくありません（^[0-9]+$）。', 'field does not match the pattern ^[0-9]+$.'],
    ['minItems', { type: 'array', minItems: 1 }, { field: [] }, '「項目」は1件以上指定してください。', 'field must have at least 1 item.'],
    ['maxItems', { type: 'array', maxItems: 1 }, { field: [1, 2] }, '「項目」は1件以内で指定してください。', 'field must have at most 1 item.'],
    ['uniqueItems', { type: 'array', uniqueItems: true }, { field: ['a', 'a'] }, '「項目」に重複した値があります（1件目と2件目）。', 'field has duplicate items (1 and 2).'],
    ['const', { const: 'fixed' }, { field: 'other' }, '「項目」は fixed を指定してください。', 'field must be fixed.'],
    ['minProperties', { type: 'object', minProperties: 1 }, { field: {} }, '「項目」には1項目以上を指定してください。', 'field must have at least 1 property.'],
  ])('%s', (keyword, schema, value, ja, en) => {
    expect(messageFor(schema, value)).toEqual({ pointer: '/body/field', code: keyword, message: { ja, en } });
  });

  it('required names the missing field by its title', () => {
    expect(messageFor({ type: 'string' }, {}, { required: ['field'] })).toEqual({
      pointer: '/body/field', code: 'required', message: { ja: '「項目」は必須です。', en: 'field is required.' },
    });
  });

  it('additionalProperties: 「定義されていない項目です」', () => {
    expect(messageFor({ type: 'string' }, { other: 1 }, { additionalProperties: false })).toEqual({
      pointer: '/body/other', code: 'additionalProperties', message: { ja: '「other」は定義されていない項目です。', en: 'other is not a defined item.' },
    });
  });

  it('dependentRequired points at the missing field (MemberPatch leftOn / leaveReason)', () => {
    const validate = ajv.compile({ $ref: 'MemberPatch.json' });
    expect(validate({ leftOn: '2025-04-01' })).toBe(false);
    const errors = fieldErrors(validate.errors ?? [], '/body', { ja: '本文', en: 'body' }, titleOf);
    expect(errors).toEqual([{
      pointer: '/body/leaveReason', code: 'dependentRequired',
      message: { ja: '「世帯離脱理由」は「leftOn」を指定する場合に必須です。', en: 'leaveReason is required when leftOn is given.' },
    }]);
  });

  it('keeps one error per field, preferring the specific one to anyOf', () => {
    const validate = ajv.compile({ type: 'object', properties: { v: { title: '値', anyOf: [{ type: 'string', format: 'my-number' }, { const: '************' }] } } });
    validate({ v: '123456789010' });
    const errors = fieldErrors(validate.errors ?? [], '/body', { ja: '本文', en: 'body' }, titleOf);
    expect(errors).toEqual([{ pointer: '/body/v', code: 'format', message: expect.objectContaining({ ja: expect.stringContaining('個人番号') }) }]);
  });

  it('escapes pointer segments and names array items', () => {
    const validate = ajv.compile({ type: 'object', properties: { 'a/b': { type: 'array', items: { type: 'integer' } } } });
    validate({ 'a/b': [1, 'x'] });
    expect(fieldErrors(validate.errors ?? [], '/body', { ja: '本文', en: 'body' }, titleOf)).toEqual([
      { pointer: '/body/a~1b/1', code: 'type', message: { ja: '「a/b[1]」は整数で指定してください。', en: 'a/b[1] must be an integer.' } },
    ]);
  });
});
