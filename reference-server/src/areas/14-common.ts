import { HogoError, type HogoAdapter } from '@hogo-kit/sdk';
import type { AuditEntry } from '../audit/log.ts';
import { noteSearch } from '../support/audit-detail.ts';
import { hasMutant, type AreaEnv } from '../support/env.ts';
import { page } from '../support/page.ts';
import { verifyEntries } from './14-common/verify.ts';

const badRange = () =>
  new HogoError(400, 'validation-failed', { ja: '入力が不正です', en: 'The request is invalid' }, undefined, [{
    pointer: '/body/toSequence', code: 'range',
    message: { ja: '終了連番は開始連番以上としてください。', en: 'toSequence must not be less than fromSequence.' },
  }]);

/**
 * Area 14: the audit log (14.2) — read and verified, never changed: no operation here or anywhere writes to an
 * entry (14.2.6). getDeclaration and getHealth are served by the plugin from the declaration given to buildApp.
 */
export function area14(env: AreaEnv): Partial<HogoAdapter> {
  return {
    async listAuditEntries({ query }, ctx) {
      // Seeded defect cursor-limit-ignored: the page size asked for is ignored (pages of the default 50).
      const limit = hasMutant(env, 'cursor-limit-ignored') ? undefined : query.limit;
      // Seeded defect audit-search-operation-ignored (14.2.7): the operation condition is not applied.
      const asked = hasMutant(env, 'audit-search-operation-ignored') ? { ...query, operationId: undefined } : query;
      // Seeded defect denied-attempts-not-logged (14.2.3): entries of refused requests are left out of the log.
      const hideDenied = hasMutant(env, 'denied-attempts-not-logged');
      // Seeded defect bad-cursor-restarts (14.5.2): a cursor that cannot be read starts from the top.
      let cursor = query.cursor;
      if (hasMutant(env, 'bad-cursor-restarts') && cursor !== undefined) {
        try {
          page([], { cursor });
        } catch {
          cursor = undefined;
        }
      }
      // The search reads the log's columns; entries are built only for the page.
      const found = env.auditLog.search({ ...asked, ...(hideDenied && { hiddenOutcome: 'denied' }) });
      const result = page(found, { cursor, limit });
      noteSearch(env, ctx, query, result.items.length);
      return { ...result, items: result.items.map((sequence) => env.auditLog.entry(sequence)!) } as Awaited<ReturnType<HogoAdapter['listAuditEntries']>>;
    },

    async verifyAuditLog({ body }, ctx) {
      const verifiedAt = env.clock.now().toISOString();
      let result: ReturnType<typeof verifyEntries>;
      if (body.entries) {
        result = verifyEntries(body.entries as AuditEntry[]);
      } else {
        const from = body.fromSequence ?? 1;
        const to = body.toSequence ?? Number.MAX_SAFE_INTEGER;
        if (to < from) throw badRange();
        result = verifyEntries(env.auditLog.range(from, to), env.auditLog.hashOf(from - 1));
      }
      // The verification itself is logged (action audit-verify), though the operation carries no personal data
      // and so is not audited by the engine.
      env.auditLog.append({
        at: new Date().toISOString(), staffId: ctx.principal.staffId, roles: [...ctx.principal.roles], operationId: ctx.operationId,
        method: 'POST', url: ctx.request.url, subjects: { householdIds: [], memberIds: [] }, status: 200,
      });
      return { verifiedAt, target: body.entries ? 'supplied' : 'stored', ...result };
    },
  };
}
