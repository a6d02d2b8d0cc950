import type { FastifyInstance } from 'fastify';
import { codeLists } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from './env.ts';

/**
 * Seeded defects of input handling that fill in what a request should have been refused for, before the request is
 * validated: the kind of "helpful" default a vendor adds to avoid an error on screen (switched from input-defects.ts).
 */
export function inputDefaults(app: FastifyInstance, env: AreaEnv): void {
  // 06.1.2: a category outside the code list is recorded as その他 instead of being refused.
  if (hasMutant(env, 'case-record-category-defaulted')) {
    app.addHook('preValidation', async (request) => {
      if (request.method !== 'POST' || !/^\/households\/[^/]+\/case-records$/.test(request.url.split('?')[0]!)) return;
      const body = request.body as Record<string, unknown> | null;
      if (body && typeof body === 'object' && typeof body.category === 'string' && !CATEGORIES.has(body.category)) body.category = 'other';
    });
  }
  // 08.3.5: a viewing restriction without a reason is recorded with a placeholder reason instead of being refused.
  if (hasMutant(env, 'viewing-restriction-reason-defaulted')) {
    app.addHook('preValidation', async (request) => {
      if (request.method !== 'PUT' && request.method !== 'POST') return;
      if (!/^\/members\/[^/]+\/viewing-restriction$/.test(request.url.split('?')[0]!)) return;
      const body = request.body as Record<string, unknown> | null;
      if (body && typeof body === 'object' && body.restricted === true && body.reason === undefined) body.reason = '9';
    });
  }
}

/** The codes of the code list caseRecordCategory. */
const CATEGORIES: ReadonlySet<string> = new Set(Object.keys(codeLists.caseRecordCategory.codes));
