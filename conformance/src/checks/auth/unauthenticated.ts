import { EDITIONS, operationsFor, type Edition } from '@hogo-kit/sdk';
import { defineCheck } from '../../engine/registry.ts';
import type { CheckDefinition } from '../../engine/types.ts';
import { send } from '../support/http.ts';
import { joinFaults, problemFaults } from '../support/problem.ts';
import { kebab, probeRequest } from './requests.ts';

/** A bearer token no system issues (for the "invalid credentials" half of 14.1.1). */
const BOGUS_TOKEN = 'conformance-invalid-token-0000';

/** One check per authenticated operation: no token, and an invalid token, are refused with a 401 problem. */
export function unauthenticatedChecks(): CheckDefinition[] {
  const editions = new Map<string, Edition[]>();
  for (const edition of EDITIONS) {
    for (const [operationId, meta] of Object.entries(operationsFor(edition))) {
      if (meta.authenticated) editions.set(operationId, [...(editions.get(operationId) ?? []), edition]);
    }
  }
  return [...editions].map(([operationId, inEditions]) =>
    defineCheck({
      id: `auth.unauthenticated.${kebab(operationId)}`,
      title: { ja: `認証のない ${operationId} の要求は401で拒否される`, en: `${operationId} without valid credentials is refused with 401` },
      verifies: ['14.1.1'],
      editions: inEditions,
      async run(ctx) {
        const meta = operationsFor(ctx.edition)[operationId];
        if (!meta) return ctx.skip(`operation ${operationId} in edition ${ctx.edition}`);
        const request = probeRequest(meta);
        const cases: { ja: string; en: string; headers: Record<string, string> }[] = [
          { ja: 'トークンなし', en: 'no token', headers: {} },
          { ja: '無効なトークン', en: 'an invalid token', headers: { authorization: `Bearer ${BOGUS_TOKEN}` } },
        ];
        const faults: { ja: string; en: string }[] = [];
        for (const c of cases) {
          const answer = await send(ctx.anonymous(), operationId, { ...request, headers: { ...request.headers, ...c.headers } });
          const found = problemFaults(answer, 401);
          if (found.length > 0) faults.push({ ja: `${c.ja}: ${joinFaults(found).ja}`, en: `${c.en}: ${joinFaults(found).en}` });
        }
        if (faults.length > 0) {
          const all = joinFaults(faults);
          ctx.fail({
            ja: `${meta.method.toUpperCase()} ${meta.path}（${operationId}）を認証なしで要求したが、401 の問題詳細で拒否されなかった — ${all.ja}`,
            en: `${meta.method.toUpperCase()} ${meta.path} (${operationId}) without valid credentials was not refused with a 401 problem — ${all.en}`,
          });
        }
      },
    }),
  );
}
