import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Bilingual } from '../errors.ts';
import { PROBLEMS, problemResponse } from '../engine/problem.ts';
import type { EngineRequest, EngineResponse } from '../engine/types.ts';
import { urlPath } from './paths.ts';

/** fastify errors that are really faults of the body, handled by the engine after authentication. */
const BODY_ERRORS: Record<string, NonNullable<EngineRequest['bodyError']>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid-json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
};

export function bodyErrorOf(error: FastifyError): EngineRequest['bodyError'] | undefined {
  return error.code ? BODY_ERRORS[error.code] : undefined;
}

const CLIENT_TITLES: Record<number, Bilingual & { code: string }> = {
  400: { code: 'bad-request', ja: '要求が不正です', en: 'Bad request' },
  404: { code: 'not-found', ...PROBLEMS.notFound.title },
  405: { code: 'method-not-allowed', ja: 'このメソッドは使用できません', en: 'Method not allowed' },
  406: { code: 'not-acceptable', ja: '応答形式に対応していません', en: 'Not acceptable' },
  408: { code: 'request-timeout', ja: '要求がタイムアウトしました', en: 'Request timeout' },
  413: { code: 'payload-too-large', ...PROBLEMS.tooLarge.title },
  414: { code: 'uri-too-long', ja: 'URL が長すぎます', en: 'URI too long' },
  415: { code: 'unsupported-media-type', ...PROBLEMS.unsupportedMediaType.title },
  431: { code: 'headers-too-large', ja: 'ヘッダが大きすぎます', en: 'Request header fields too large' },
};

/** A problem for an error fastify raised outside the engine: its 4xx kept, anything else a bare 500. */
export function transportProblem(error: FastifyError, instance: string): EngineResponse {
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const known = CLIENT_TITLES[status] ?? { code: 'bad-request', ja: '要求を処理できません', en: 'The request cannot be processed' };
    return problemResponse({ status, code: known.code, title: { ja: known.ja, en: known.en } }, instance);
  }
  return problemResponse(PROBLEMS.internalError, instance);
}

/**
 * For Fastify({ frameworkErrors: hogoFrameworkErrors }): errors fastify raises before routing (a malformed URL such
 * as /households/%E0) bypass plugins' error handlers; this answers them as problems too.
 */
export function hogoFrameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const response = transportProblem(error, urlPath(request.url).replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
  void reply.code(response.status).headers(response.headers).send(JSON.stringify(response.body));
}
