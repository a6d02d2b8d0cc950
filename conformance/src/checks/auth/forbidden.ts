import { EDITIONS, operationsFor, type Edition } from '@hogo-kit/sdk';
import { defineCheck } from '../../engine/registry.ts';
import type { CheckDefinition } from '../../engine/types.ts';
import { send } from '../support/http.ts';
import { joinFaults, problemFaults } from '../support/problem.ts';
import { clientOf, rolesOf, skipForMissing } from '../support/roles.ts';
import { kebab, probeRequest } from './requests.ts';

/** The roles of an edition an operation does not allow. */
function refusedRoles(edition: Edition, operationId: string): string[] {
  const meta = operationsFor(edition)[operationId];
  if (!meta?.authenticated) return [];
  return rolesOf(edition).filter((role) => !meta.roles.includes(role));
}

/** One check per operation that some role may not call: each such role is refused with a 403 problem. */
export function forbiddenChecks(): CheckDefinition[] {
  const editions = new Map<string, Edition[]>();
  for (const edition of EDITIONS) {
    for (const operationId of Object.keys(operationsFor(edition))) {
      if (refusedRoles(edition, operationId).length > 0) editions.set(operationId, [...(editions.get(operationId) ?? []), edition]);
    }
  }
  return [...editions].map(([operationId, inEditions]) =>
    defineCheck({
      id: `auth.forbidden.${kebab(operationId)}`,
      title: { ja: `${operationId} を許可されていない役割の要求は403で拒否される`, en: `${operationId} is refused with 403 to every role it does not allow` },
      verifies: ['14.1.2'],
      editions: inEditions,
      async run(ctx) {
        const meta = operationsFor(ctx.edition)[operationId];
        if (!meta) return ctx.skip(`operation ${operationId} in edition ${ctx.edition}`);
        const request = probeRequest(meta);
        const faults: { ja: string; en: string }[] = [];
        const missing: string[] = [];
        for (const role of refusedRoles(ctx.edition, operationId)) {
          const client = clientOf(ctx, role);
          if (!client) {
            missing.push(role);
            continue;
          }
          const found = problemFaults(await send(client, operationId, request), 403);
          if (found.length > 0) faults.push({ ja: `${role}: ${joinFaults(found).ja}`, en: `${role}: ${joinFaults(found).en}` });
        }
        if (faults.length > 0) {
          const all = joinFaults(faults);
          ctx.fail({
            ja: `${meta.method.toUpperCase()} ${meta.path}（${operationId}）を許可されていない役割で要求したが、403 の問題詳細で拒否されなかった — ${all.ja}`,
            en: `${meta.method.toUpperCase()} ${meta.path} (${operationId}) was not refused with a 403 problem to a role it does not allow — ${all.en}`,
          });
        }
        skipForMissing(ctx, missing);
      },
    }),
  );
}
