import type { FastifyInstance } from 'fastify';
import type { EngineRequest } from '../engine/types.ts';

/** Placeholders a content-type parser leaves as the body when it cannot take it as JSON. */
export const INVALID_JSON: unique symbol = Symbol('hogo-kit.invalid-json');
export const UNSUPPORTED_MEDIA_TYPE: unique symbol = Symbol('hogo-kit.unsupported-media-type');

export const JSON_MEDIA_TYPES = ['application/json', 'application/problem+json'];

/**
 * Replaces fastify's JSON parser (whose failures are plain 400 text) by one that keeps invalid JSON as a marker
 * for the engine, and reads any other media type only to refuse it (415) after authentication.
 */
export function registerBodyParsers(app: FastifyInstance, bodyLimit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(JSON_MEDIA_TYPES, { parseAs: 'string', bodyLimit }, (_request, text, done) => {
    if (typeof text !== 'string' || text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(null, INVALID_JSON);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, data, done) => {
    done(null, data.length === 0 ? undefined : UNSUPPORTED_MEDIA_TYPE);
  });
}

/** The body and body error of a request whose body went through registerBodyParsers. */
export function bodyOf(body: unknown): Pick<EngineRequest, 'body' | 'bodyError'> {
  if (body === INVALID_JSON) return { body: undefined, bodyError: 'invalid-json' };
  if (body === UNSUPPORTED_MEDIA_TYPE) return { body: undefined, bodyError: 'unsupported-media-type' };
  return { body };
}
