import type { FastifyInstance } from 'fastify';
import { operationContracts, schemaViolations } from '@hogo-kit/sdk/schemas';
import { AuditLog } from '../audit/log.ts';
import type { Store } from '../store/store.ts';
import { hasMutant, type AreaEnv } from './env.ts';
import { inputDefaults } from './input-defaults.ts';

/** Household and member paths (the seeded defects below act only there). */
const householdPath = (url: string) => /^\/(households|members)(\/|\?|$)/.test(url);

/** 13.3.1: the check digit of a municipality code (the ones digit of 11 − Σ digit×(6,5,4,3,2) mod 11). */
const lgCodeDigit = (five: string) => (11 - ([...five].reduce((sum, d, i) => sum + Number(d) * (6 - i), 0) % 11)) % 10;

/** 13.3.2: the check digit of an individual number (平成26年総務省令第85号第5条). */
function myNumberDigit(eleven: string): number {
  const digits = [...eleven].reverse().map(Number);
  const remainder = digits.reduce((sum, p, i) => sum + p * (i + 1 <= 6 ? i + 2 : i - 4), 0) % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** Replaces, anywhere in a body, the check digit of every field `name` of `length` digits by a recomputed one. */
function recompute(value: unknown, name: string, length: number, digit: (head: string) => number): void {
  if (Array.isArray(value)) return value.forEach((v) => recompute(v, name, length, digit));
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) {
    if (key === name && typeof v === 'string' && new RegExp(`^\\d{${length}}$`).test(v)) record[key] = `${v.slice(0, -1)}${digit(v.slice(0, -1))}`;
    else recompute(v, name, length, digit);
  }
}

/** The value a JSON pointer of the form /body/... names in a request body. */
function atPointer(body: unknown, pointer: string): unknown {
  if (!pointer.startsWith('/body/')) return undefined;
  let value: unknown = body;
  for (const token of pointer.slice('/body/'.length).split('/')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

/** Rewrites the JSON problem of a 4xx answer on household and member paths (the defects of the error answers). */
function rewriteProblems(app: FastifyInstance, change: (problem: Record<string, unknown>, body: unknown) => void): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!householdPath(request.url) || reply.statusCode < 400 || reply.statusCode >= 500 || typeof payload !== 'string') return payload;
    try {
      const problem = JSON.parse(payload) as Record<string, unknown>;
      change(problem, request.body);
      return JSON.stringify(problem);
    } catch {
      return payload;
    }
  });
}

/**
 * The seeded defects of input handling (mutants/more-input.ts), as fastify hooks around the plugin: they act
 * only when the mutant is on, and only on household paths.
 */
export function inputDefects(app: FastifyInstance, env: AreaEnv & { store: Store }): void {
  inputDefaults(app, env);
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
  // 13.3.1, 13.3.2: the check digit is recomputed and replaced, not verified: a wrong one is silently accepted.
  if (hasMutant(env, 'lg-code-check-digit-recomputed')) {
    app.addHook('preValidation', async (request) => {
      if (householdPath(request.url)) recompute(request.body, 'lgCode', 6, lgCodeDigit);
    });
  }
  if (hasMutant(env, 'my-number-check-digit-recomputed')) {
    app.addHook('preValidation', async (request) => {
      if (householdPath(request.url)) recompute(request.body, 'myNumber', 12, myNumberDigit);
    });
  }
  // 14.3.5: body item names are looked up with `in` on a plain lookup table (the defect the SDK's audit step had):
  // "constructor", "toString" … are found on the prototype and the lookup fails with a 500.
  if (hasMutant(env, 'prototype-named-item-500')) {
    const SUBJECT_LISTS: Record<string, string> = { householdId: 'householdIds', memberId: 'memberIds' };
    app.addHook('preHandler', async (request) => {
      const body = request.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) return;
      for (const name of Object.keys(body)) if (name in SUBJECT_LISTS) SUBJECT_LISTS[name]!.toUpperCase(); // a function for "constructor"
    });
  }
  // 13.4.3: each field error quotes the value refused (an individual number included).
  if (hasMutant(env, 'error-echoes-input')) {
    rewriteProblems(app, (problem, body) => {
      for (const e of Array.isArray(problem.errors) ? problem.errors as Record<string, unknown>[] : []) {
        const value = typeof e.pointer === 'string' ? atPointer(body, e.pointer) : undefined;
        const message = e.message as { ja?: string; en?: string } | undefined;
        if (typeof value === 'string' && message) e.message = { ja: `${message.ja ?? ''}（入力値: ${value}）`, en: `${message.en ?? ''} (value: ${value})` };
      }
    });
  }
  // 14.1.1: a request without an Authorization header is served as the development case worker (left from testing).
  if (hasMutant(env, 'missing-token-served-as-caseworker')) {
    app.addHook('onRequest', async (request) => {
      if (householdPath(request.url) && request.headers.authorization === undefined) request.headers.authorization = 'Bearer dev-caseworker';
    });
  }
  // 14.3.1: errors are answered as application/json, not application/problem+json.
  if (hasMutant(env, 'problem-as-plain-json')) {
    app.addHook('onSend', async (request, reply, payload) => {
      if (householdPath(request.url) && reply.statusCode >= 400) reply.header('content-type', 'application/json; charset=utf-8');
      return payload;
    });
  }
  // 14.3.2: the English title and detail are left out of problems.
  if (hasMutant(env, 'problem-english-dropped')) rewriteProblems(app, (problem) => { delete problem.en; });
  // 14.3.3: the per-field errors (pointer and message) are left out of problems.
  if (hasMutant(env, 'problem-field-errors-dropped')) rewriteProblems(app, (problem) => { delete problem.errors; });
  // 14.4.3: an update without If-Match is taken as unconditional (as if If-Match: * had been sent).
  if (hasMutant(env, 'missing-if-match-unconditional')) {
    app.addHook('onRequest', async (request) => {
      if (request.method === 'PATCH' && householdPath(request.url) && request.headers['if-match'] === undefined) request.headers['if-match'] = '*';
    });
  }
  // 14.3.4: fields the schema does not define are dropped silently (as a validator's removeAdditional does), not refused.
  if (hasMutant(env, 'unknown-fields-dropped')) {
    const contracts = operationContracts(env.edition).filter((c) => c.body && /^\/(households|members)/.test(c.path))
      .map((c) => ({ ...c, pattern: new RegExp(`^${c.path.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?|$)`) }));
    app.addHook('preValidation', async (request) => {
      const contract = contracts.find((c) => c.method.toUpperCase() === request.method && c.pattern.test(request.url));
      if (!contract || request.body === null || typeof request.body !== 'object') return;
      for (let round = 0; round < 10; round += 1) {
        const extra = schemaViolations(env.edition, contract.body!.schema, request.body).filter((v) => v.message.startsWith('additionalProperties'));
        if (extra.length === 0) return;
        for (const v of extra) {
          const tokens = v.pointer.split('/').slice(1);
          let parent: unknown = request.body;
          for (const t of tokens.slice(0, -1)) parent = (parent as Record<string, unknown>)?.[t];
          if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[tokens.at(-1)!];
        }
      }
    });
  }
  // 14.6.3: the health operation asks for a credential.
  if (hasMutant(env, 'health-requires-credential')) {
    app.addHook('onRequest', async (request, reply) => {
      if (request.url.split('?')[0] === '/health' && request.headers.authorization === undefined) {
        await reply.code(401).type('application/problem+json').send({ type: 'about:blank', title: '認証が必要です', status: 401, detail: '認証情報がありません。', en: { title: 'Unauthorized', detail: 'No credential.' } });
      }
    });
  }
  // 14.2.6: a maintenance operation left in: DELETE /audit-log purges the audit log.
  if (hasMutant(env, 'audit-log-purge-route')) {
    app.delete('/audit-log', async (_request, reply) => {
      env.auditLog = new AuditLog();
      return reply.code(204).send();
    });
  }
  // 05.4.6: a correction screen left in: PATCH /payments/{paymentId} rewrites a recorded payment's amounts.
  if (hasMutant(env, 'payment-correction-route')) {
    app.patch('/payments/:paymentId', async (request, reply) => {
      const { paymentId } = request.params as { paymentId: string };
      const body = (request.body ?? {}) as Record<string, unknown>;
      const changed = await env.store.transact((tx) => {
        const record = tx.get<Record<string, unknown>>('Payment', paymentId);
        if (!record) return false;
        tx.put('Payment', paymentId, { ...record.value, ...body });
        return true;
      });
      return reply.code(changed ? 204 : 404).send();
    });
  }
}
