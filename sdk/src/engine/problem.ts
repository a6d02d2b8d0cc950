import type { Bilingual, FieldError } from '../errors.ts';
import { HogoError } from '../errors.ts';
import type { EngineResponse, ProblemInput } from './types.ts';

export const PROBLEM_TYPE_PREFIX = 'urn:hogo-kit:problem:';
export const JSON_TYPE = 'application/json';
export const PROBLEM_JSON_TYPE = 'application/problem+json';

/** Renders a problem as an RFC 9457 application/problem+json response (the spec's Problem schema). */
export function problemResponse(
  input: ProblemInput & { errors?: FieldError[] },
  instance?: string,
  headers: Record<string, string> = {},
): EngineResponse {
  const detail = input.detail ?? input.title;
  const body: Record<string, unknown> = {
    type: `${PROBLEM_TYPE_PREFIX}${input.code}`,
    title: input.title.ja,
    status: input.status,
    detail: detail.ja,
    ...(instance === undefined ? {} : { instance }),
    code: input.code,
    en: { title: input.title.en, detail: detail.en },
  };
  if (input.errors && input.errors.length > 0) body.errors = input.errors.slice(0, 1000);
  return { status: input.status, headers: { 'content-type': PROBLEM_JSON_TYPE, ...headers }, body };
}

export function hogoErrorResponse(error: HogoError, instance?: string): EngineResponse {
  const status = Number.isInteger(error.status) && error.status >= 400 && error.status <= 599 ? error.status : 500;
  return problemResponse(
    { status, code: error.code, title: error.title, ...(error.detail ? { detail: error.detail } : {}), ...(error.errors ? { errors: error.errors } : {}) },
    instance,
  );
}

const text = (ja: string, en: string): Bilingual => ({ ja, en });

/** The problems the engine itself raises, by name. */
export const PROBLEMS = {
  missingToken: {
    status: 401, code: 'unauthorized', title: text('認証されていません', 'Not authenticated'),
    detail: text('Authorization ヘッダに Bearer トークンを指定してください。', 'Send a bearer token in the Authorization header.'),
  },
  malformedToken: {
    status: 401, code: 'unauthorized', title: text('認証されていません', 'Not authenticated'),
    detail: text('Authorization ヘッダは「Bearer <トークン>」の形式で指定してください。', 'The Authorization header must be "Bearer <token>".'),
  },
  invalidToken: {
    status: 401, code: 'invalid-token', title: text('認証されていません', 'Not authenticated'),
    detail: text('トークンが無効か、有効期限が切れています。', 'The token is not valid or has expired.'),
  },
  forbidden: {
    status: 403, code: 'forbidden', title: text('この操作の権限がありません', 'The role may not perform this operation'),
  },
  validation: {
    status: 400, code: 'validation-failed', title: text('入力が不正です', 'The request is invalid'),
    detail: text('項目別エラーを確認してください。何も変更していません。', 'See errors for each field; nothing was changed.'),
  },
  invalidJson: {
    status: 400, code: 'invalid-json', title: text('入力が不正です', 'The request is invalid'),
    detail: text('本文を JSON として解釈できません。', 'The body is not valid JSON.'),
  },
  tooLarge: {
    status: 413, code: 'payload-too-large', title: text('本文が大きすぎます', 'The body is too large'),
    detail: text('本文の大きさが上限を超えています。', 'The body exceeds the size limit.'),
  },
  unsupportedMediaType: {
    status: 415, code: 'unsupported-media-type', title: text('本文の形式に対応していません', 'Unsupported media type'),
    detail: text('本文は application/json で送信してください。', 'Send the body as application/json.'),
  },
  preconditionRequired: {
    status: 428, code: 'precondition-required', title: text('If-Match が必要です', 'If-Match is required'),
    detail: text('最新の内容を取得し、その ETag を If-Match に指定してください。', 'Read the resource and send its ETag in If-Match.'),
  },
  idempotencyKeyReused: {
    status: 422, code: 'idempotency-key-reused', title: text('冪等キーが別の要求に使用済みです', 'The Idempotency-Key was used for another request'),
    detail: text('同じ Idempotency-Key を異なる内容の要求に使うことはできません。新しいキーを指定してください。', 'An Idempotency-Key cannot be reused with a different request; send a new key.'),
  },
  notFound: {
    status: 404, code: 'not-found', title: text('対象が見つかりません', 'Not found'),
    detail: text('この URL に該当する操作はありません。', 'No operation answers this URL.'),
  },
  adapterError: {
    status: 500, code: 'adapter-error', title: text('システム内部でエラーが発生しました', 'Internal error'),
    detail: text('処理中に予期しないエラーが発生しました。', 'An unexpected error occurred while processing the request.'),
  },
  responseSchemaViolation: {
    status: 500, code: 'response-schema-violation', title: text('システム内部でエラーが発生しました', 'Internal error'),
    detail: text('応答が標準仕様の定義に合致しないため送信しません。', 'The response does not match the standard and was not sent.'),
  },
  auditError: {
    status: 500, code: 'audit-error', title: text('システム内部でエラーが発生しました', 'Internal error'),
    detail: text('アクセス記録を保存できませんでした。', 'The access could not be recorded in the audit log.'),
  },
  internalError: {
    status: 500, code: 'internal-error', title: text('システム内部でエラーが発生しました', 'Internal error'),
    detail: text('処理中に予期しないエラーが発生しました。', 'An unexpected error occurred.'),
  },
} satisfies Record<string, ProblemInput>;
