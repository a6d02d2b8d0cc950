import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.ts';
import { hasMutant, type AreaEnv } from './env.ts';

/**
 * The seeded defects of input handling (mutants/more-input.ts), as fastify hooks around the plugin: they act
 * only when the mutant is on, and only on household paths.
 */
export function inputDefects(app: FastifyInstance, env: AreaEnv & { store: Store }): void {
  if (hasMutant(env, 'household-validation-error-500')) {
    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.url.startsWith('/households') || reply.statusCode !== 400) return payload;
      reply.code(500);
      return JSON.stringify({ type: 'about:blank', title: 'サーバエラー', status: 500 });
    });
  }
  if (hasMutant(env, 'household-update-written-before-validation')) {
    app.addHook('preHandler', async (request) => {
      const id = /^\/households\/([^/?]+)$/.exec(request.url.split('?')[0]!)?.[1];
      if (request.method !== 'PATCH' || id === undefined || request.body === null || typeof request.body !== 'object') return;
      await env.store.transact((tx) => {
        const record = tx.get<Record<string, unknown>>('Household', decodeURIComponent(id));
        if (!record) return;
        const changed = { ...record.value };
        for (const [name, value] of Object.entries(request.body as Record<string, unknown>)) if (name in changed) changed[name] = value;
        tx.put('Household', decodeURIComponent(id), changed);
      });
    });
  }
}
