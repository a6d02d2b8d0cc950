import type { ErrorObject } from 'ajv';
import type { Bilingual, FieldError } from '../errors.ts';

type Json = Record<string, unknown>;
/** How a field is named in messages: its Japanese title and its JSON name. */
export interface Label { ja: string; en: string }

const TYPES: Record<string, Bilingual> = {
  string: { ja: '文字列', en: 'a string' },
  integer: { ja: '整数', en: 'an integer' },
  number: { ja: '数値', en: 'a number' },
  boolean: { ja: '真偽値（true または false）', en: 'a boolean (true or false)' },
  object: { ja: 'オブジェクト', en: 'an object' },
  array: { ja: '配列', en: 'an array' },
  null: { ja: 'null', en: 'null' },
};

const FORMATS: Record<string, Bilingual> = {
  date: { ja: '日付（YYYY-MM-DD）', en: 'date (YYYY-MM-DD)' },
  'date-time': { ja: '日時（例 2025-04-01T09:00:00+09:00）', en: 'date-time (RFC 3339, e.g. 2025-04-01T09:00:00+09:00)' },
  time: { ja: '時刻', en: 'time' },
  uri: { ja: 'URI', en: 'URI' },
  'uri-reference': { ja: 'URI 参照', en: 'URI reference' },
  email: { ja: 'メールアドレス', en: 'e-mail address' },
  uuid: { ja: 'UUID', en: 'UUID' },
  'lg-code': { ja: '地方公共団体コード（検査数字を含む6桁）', en: 'local government code (6 digits with check digit)' },
  'my-number': { ja: '個人番号（検査数字を含む12桁）', en: 'individual number (12 digits with check digit)' },
};

const list = (values: unknown[], max = 20) => {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  return values.length > max ? `${shown}, …` : shown;
};

const count = (n: unknown, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

type Template = (label: Label, params: Json, error: ErrorObject) => Bilingual;

const MESSAGES: Record<string, Template> = {
  required: (l) => ({ ja: `「${l.ja}」は必須です。`, en: `${l.en} is required.` }),
  dependentRequired: (l, p) => ({
    ja: `「${l.ja}」は「${String(p.property)}」を指定する場合に必須です。`,
    en: `${l.en} is required when ${String(p.property)} is given.`,
  }),
  type: (l, p) => {
    const types = String(p.type).split(',').map((t) => TYPES[t] ?? { ja: t, en: t });
    return {
      ja: `「${l.ja}」は${types.map((t) => t.ja).join('または')}で指定してください。`,
      en: `${l.en} must be ${types.map((t) => t.en).join(' or ')}.`,
    };
  },
  format: (l, p) => {
    const format = FORMATS[String(p.format)] ?? { ja: String(p.format), en: String(p.format) };
    return { ja: `「${l.ja}」は正しい${format.ja}ではありません。`, en: `${l.en} is not a valid ${format.en}.` };
  },
  enum: (l, p) => {
    const values = list(p.allowedValues as unknown[]);
    return { ja: `「${l.ja}」は次のいずれかを指定してください: ${values}`, en: `${l.en} must be one of: ${values}` };
  },
  const: (l, p) => ({ ja: `「${l.ja}」は ${list([p.allowedValue])} を指定してください。`, en: `${l.en} must be ${list([p.allowedValue])}.` }),
  minLength: (l, p) => ({ ja: `「${l.ja}」は${String(p.limit)}文字以上で指定してください。`, en: `${l.en} must be at least ${count(p.limit, 'character', 'characters')} long.` }),
  maxLength: (l, p) => ({ ja: `「${l.ja}」は${String(p.limit)}文字以内で指定してください。`, en: `${l.en} must be at most ${count(p.limit, 'character', 'characters')} long.` }),
  minimum: (l, p) => ({ ja: `「${l.ja}」は${String(p.limit)}以上の値を指定してください。`, en: `${l.en} must be at least ${String(p.limit)}.` }),
  maximum: (l, p) => ({ ja: `「${l.ja}」は${String(p.limit)}以下の値を指定してください。`, en: `${l.en} must be at most ${String(p.limit)}.` }),
  exclusiveMinimum: (l, p) => ({ ja: `「${l.ja}」は${String(p.limit)}より大きい値を指定してください。`, en: `${l.en} must be greater than ${String(p.limit)}.` }),
  exclusiveMaximum: (l, p) => ({ ja: `「${l.ja}」は${String(p.limit)}未満の値を指定してください。`, en: `${l.en} must be less than ${String(p.limit)}.` }),
  multipleOf: (l, p) => ({ ja: `「${l.ja}」は${String(p.multipleOf)}の倍数を指定してください。`, en: `${l.en} must be a multiple of ${String(p.multipleOf)}.` }),
  pattern: (l, p) => ({ ja: `「${l.ja}」の形式が正しくありません（${String(p.pattern)}）。`, en: `${l.en} does not match the pattern ${String(p.pattern)}.` }),
  additionalProperties: (l) => ({ ja: `「${l.en}」は定義されていない項目です。`, en: `${l.en} is not a defined item.` }),
  unevaluatedProperties: (l) => ({ ja: `「${l.en}」は定義されていない項目です。`, en: `${l.en} is not a defined item.` }),
  'false schema': (l) => ({ ja: `「${l.en}」は定義されていない項目です。`, en: `${l.en} is not a defined item.` }),
  propertyNames: (l) => ({ ja: `「${l.en}」は使用できない項目名です。`, en: `${l.en} is not an allowed property name.` }),
  minItems: (l, p) => ({ ja: `「${l.ja}」は${String(p.limit)}件以上指定してください。`, en: `${l.en} must have at least ${count(p.limit, 'item', 'items')}.` }),
  maxItems: (l, p) => ({ ja: `「${l.ja}」は${String(p.limit)}件以内で指定してください。`, en: `${l.en} must have at most ${count(p.limit, 'item', 'items')}.` }),
  uniqueItems: (l, p) => ({
    ja: `「${l.ja}」に重複した値があります（${Number(p.j) + 1}件目と${Number(p.i) + 1}件目）。`,
    en: `${l.en} has duplicate items (${Number(p.j) + 1} and ${Number(p.i) + 1}).`,
  }),
  minProperties: (l, p) => ({ ja: `「${l.ja}」には${String(p.limit)}項目以上を指定してください。`, en: `${l.en} must have at least ${count(p.limit, 'property', 'properties')}.` }),
  maxProperties: (l, p) => ({ ja: `「${l.ja}」は${String(p.limit)}項目以内で指定してください。`, en: `${l.en} must have at most ${count(p.limit, 'property', 'properties')}.` }),
  anyOf: (l) => ({ ja: `「${l.ja}」は許容される形式のいずれにも合致しません。`, en: `${l.en} matches none of the allowed forms.` }),
  oneOf: (l) => ({ ja: `「${l.ja}」は許容される形式のちょうど一つに合致する必要があります。`, en: `${l.en} must match exactly one allowed form.` }),
  not: (l) => ({ ja: `「${l.ja}」は許可されない値です。`, en: `${l.en} has a value that is not allowed.` }),
  contains: (l) => ({ ja: `「${l.ja}」に条件を満たす要素がありません。`, en: `${l.en} lacks an item meeting the condition.` }),
};

const fallback: Template = (l) => ({ ja: `「${l.ja}」の値が正しくありません。`, en: `${l.en} is invalid.` });

/** Keywords that only summarise errors of their subschemas; another error at the same place says more. */
const SUMMARY_KEYWORDS = new Set(['anyOf', 'oneOf', 'if', 'allOf', 'then', 'else']);

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The JSON pointer (within the validated value) of the field an error is about. */
export function errorPointer(error: ErrorObject): string {
  const p = error.params as Json;
  const child = error.keyword === 'required' || error.keyword === 'dependentRequired' ? p.missingProperty
    : error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties' ? (p.additionalProperty ?? p.unevaluatedProperty)
    : error.keyword === 'propertyNames' ? p.propertyName
    : undefined;
  return typeof child === 'string' ? `${error.instancePath}/${escapePointer(child)}` : error.instancePath;
}

/** English label from a pointer: the last name, with array indexes as [n] (e.g. members[0]). */
function pointerName(pointer: string, root: string): string {
  const segments = pointer.split('/').slice(1).map(unescapePointer);
  const last = segments.at(-1);
  if (last === undefined) return root;
  if (/^[0-9]+$/.test(last)) return `${segments.at(-2) ?? root}[${last}]`;
  return last;
}

export type TitleOf = (schema: unknown) => string | undefined;

function label(error: ErrorObject, pointer: string, root: Label, titleOf: TitleOf): Label {
  const en = pointerName(pointer, root.en);
  const parent = error.parentSchema as Json | undefined;
  const missing = (error.params as Json).missingProperty;
  const ja = error.keyword === 'required' || error.keyword === 'dependentRequired'
    ? titleOf((parent?.properties as Json | undefined)?.[String(missing)])
    : titleOf(parent);
  return { ja: ja ?? (pointer === '' ? root.ja : en), en };
}

/**
 * One FieldError per invalid field, with Japanese and English messages by ajv keyword.
 * Messages never echo the value sent (a 個人番号 must not come back in a problem).
 */
export function fieldErrors(errors: ErrorObject[], prefix: string, root: Label, titleOf: TitleOf): FieldError[] {
  const byPointer = new Map<string, ErrorObject>();
  for (const error of errors) {
    const pointer = errorPointer(error);
    const seen = byPointer.get(pointer);
    if (!seen || (SUMMARY_KEYWORDS.has(seen.keyword) && !SUMMARY_KEYWORDS.has(error.keyword))) byPointer.set(pointer, error);
  }
  return [...byPointer].map(([pointer, error]) => {
    const template = MESSAGES[error.keyword] ?? fallback;
    return {
      pointer: `${prefix}${pointer}`,
      code: error.keyword,
      message: template(label(error, pointer, root, titleOf), error.params as Json, error),
    };
  });
}
