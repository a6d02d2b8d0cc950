/** Japanese and English text, as every problem carries both. */
export interface Bilingual {
  ja: string;
  en: string;
}

/** One invalid field: where (a pointer such as /body/members/0/birthDate), which rule, and why. */
export interface FieldError {
  pointer: string;
  code: string;
  message: Bilingual;
}

/**
 * A domain error an adapter (or the engine) throws; the transports render it as problem+json
 * (RFC 9457) with Japanese `title`/`detail` and English `en.title`/`en.detail`.
 */
export class HogoError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: Bilingual;
  readonly detail?: Bilingual;
  readonly errors?: FieldError[];

  constructor(status: number, code: string, title: Bilingual, detail?: Bilingual, errors?: FieldError[]) {
    super(`${status} ${code}: ${title.en}`);
    this.name = 'HogoError';
    this.status = status;
    this.code = code;
    this.title = title;
    if (detail) this.detail = detail;
    if (errors) this.errors = errors;
  }
}

export const notFound = (what: Bilingual = { ja: '対象', en: 'resource' }) =>
  new HogoError(404, 'not-found', { ja: `${what.ja}が見つかりません`, en: `The ${what.en} does not exist` });

export const conflict = (code: string, detail: Bilingual) =>
  new HogoError(409, code, { ja: '現在の状態では実行できません', en: 'The current state does not allow this' }, detail);

export const unprocessable = (code: string, detail: Bilingual, errors?: FieldError[]) =>
  new HogoError(422, code, { ja: '業務規則により処理できません', en: 'A business rule refuses the request' }, detail, errors);

export const preconditionFailed = () =>
  new HogoError(412, 'stale-version', { ja: '版が古いため更新できません', en: 'The If-Match version is stale' }, {
    ja: '最新の内容を取得し、その ETag を If-Match に指定してください。',
    en: 'Read the resource again and send its ETag in If-Match.',
  });
