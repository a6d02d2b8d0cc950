import { EDITIONS, operationsFor, type Bilingual, type Edition, type HogoClient } from '@hogo-kit/sdk';
import { operationContracts, type OperationContract } from '@hogo-kit/sdk/schemas';
import { defineCheck } from '../../engine/registry.ts';
import type { CheckContext, CheckDefinition } from '../../engine/types.ts';
import { plainHousehold } from '../data/protection.ts';
import { send, type Answer } from '../support/http.ts';
import { clientOf, requireClient } from '../support/roles.ts';
import { invalidBodies, seedOf, type Mutation } from './mutations.ts';
import { invalidQueries } from './queries.ts';
import { sampleValid } from './sample.ts';
import { readWitness, witnessesOf, type Known } from './witness.ts';

/**
 * 14.3.1, 14.3.5, 14.3.6 for every operation that takes a body or a query: generated invalid input (see
 * mutations.ts and queries.ts) is refused with a 4xx problem+json — never a 5xx, never accepted — and what the
 * target holds about the check's own household reads back the same afterwards.
 */

const MUTATIONS = 6;
const kebab = (op: string) => op.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** A client of a role the operation allows (caseworker first), or a skip naming the roles. */
function clientFor(ctx: CheckContext, roles: readonly string[]): HogoClient<Edition> {
  for (const role of ['caseworker', ...roles]) if (roles.includes(role)) {
    const client = clientOf(ctx, role);
    if (client) return client;
  }
  return ctx.skip(`a token for one of the roles ${roles.join(', ')}`);
}

/** Why an answer to invalid input is wrong, or undefined when it is a proper refusal. */
function misanswer(answer: Answer): Bilingual | undefined {
  if (answer.status >= 500) return { ja: `サーバエラー ${answer.status} を返した`, en: `answered a server error ${answer.status}` };
  if (answer.status < 400) return { ja: `受け付けた（状態コード ${answer.status}）`, en: `accepted it (status ${answer.status})` };
  if (answer.status === 401 || answer.status === 403) return { ja: `許可された役割の要求を ${answer.status} で拒否した`, en: `refused a permitted role with ${answer.status}` };
  if (!/^application\/problem\+json/i.test(answer.headers.get('content-type') ?? '')) {
    return { ja: `拒否の応答が application/problem+json でない（${answer.headers.get('content-type') ?? 'なし'}）`, en: `the refusal is not application/problem+json (${answer.headers.get('content-type') ?? 'none'})` };
  }
  return undefined;
}

const describeMutation = (m: Mutation): string => `${m.kind} ${m.pointer}`;

async function run(ctx: CheckContext, operationId: string): Promise<void> {
  const contract = operationContracts(ctx.edition).find((c) => c.operationId === operationId)!;
  const meta = operationsFor(ctx.edition)[operationId]!;
  const client = clientFor(ctx, meta.roles);
  const caseworker = requireClient(ctx, 'caseworker');
  const fixture = await plainHousehold(ctx, {}, caseworker);
  const known: Known = { householdId: fixture.householdId, memberId: String(fixture.members[0]?.memberId ?? ''), section: fixture.section };
  const path = Object.fromEntries(contract.parameters.filter((p) => p.in === 'path').map((p) => [p.name, String(known[p.name] ?? 'ZZ-0000000')]));
  const witnesses = witnessesOf(ctx.edition, contract, path, known);
  const before = await readWitness(ctx, witnesses, client, caseworker);
  const seed = seedOf(`${ctx.edition}#${operationId}`);
  ctx.note(`fast-check seed ${seed} (${ctx.edition}#${operationId})`);
  const headers = meta.ifMatch && before.etag ? { 'If-Match': before.etag } : undefined;
  const validQuery = Object.fromEntries(contract.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, String(sampleValid(ctx.edition, p.schema))]));

  const faults: string[][] = [];
  const attempts = contract.body
    ? bodyAttempts(ctx, contract, known, seed).map((m) => ({ label: describeMutation(m), input: { path, query: validQuery, ...(headers && { headers }), ...(m.raw !== undefined ? { text: m.raw } : { body: m.body }) } }))
    : invalidQueries(ctx.edition, contract, seed, MUTATIONS).map((q) => ({ label: q.label, input: { path, query: { ...validQuery, ...q.query } } }));
  for (const attempt of attempts) {
    const wrong = misanswer(await send(client, operationId, attempt.input));
    if (wrong) faults.push([`${attempt.label}: ${wrong.ja}`, `${attempt.label}: ${wrong.en}`]);
  }
  const after = await readWitness(ctx, witnesses, client, caseworker);
  for (const changed of before.differences(after)) faults.push([`不正な入力の後に ${changed} の内容が変わった`, `${changed} changed after the invalid input`]);
  if (faults.length > 0) {
    ctx.fail({
      ja: `${operationId} に不正な入力を ${attempts.length} 件送った結果: ${faults.slice(0, 5).map((f) => f[0]).join('、')}${faults.length > 5 ? ` ほか ${faults.length - 5} 件` : ''}`,
      en: `${attempts.length} invalid inputs to ${operationId}: ${faults.slice(0, 5).map((f) => f[1]).join('; ')}${faults.length > 5 ? ` and ${faults.length - 5} more` : ''}`,
    });
  }
}

function bodyAttempts(ctx: CheckContext, contract: OperationContract, known: Known, seed: number): Mutation[] {
  const schema = contract.body!.schema;
  const base = sampleValid(ctx.edition, schema, known);
  if (base === undefined) {
    ctx.note('no schema-valid base could be built: blunt faults only');
    return [{ kind: 'malformed-json', pointer: '/', raw: '{"' }, { kind: 'wrong-root', pointer: '/', body: [] }];
  }
  return invalidBodies(ctx.edition, schema, base, seed, MUTATIONS);
}

/** One check per operation taking a body or a query, in the editions that have it. */
export function generatedInputChecks(): CheckDefinition[] {
  const editionsOf = new Map<string, Edition[]>();
  for (const edition of EDITIONS) {
    for (const c of operationContracts(edition)) {
      if (!c.body && !c.parameters.some((p) => p.in === 'query')) continue;
      editionsOf.set(c.operationId, [...(editionsOf.get(c.operationId) ?? []), edition]);
    }
  }
  return [...editionsOf].map(([operationId, editions]) =>
    defineCheck({
      id: `input.generated.${kebab(operationId)}`,
      title: {
        ja: `${operationId}: 生成した不正な入力が 4xx の問題詳細で拒否され、データが変わらない`,
        en: `${operationId}: generated invalid input is refused with a 4xx problem and changes nothing`,
      },
      verifies: ['14.3.1', '14.3.5', '14.3.6'],
      editions,
      run: (ctx) => run(ctx, operationId),
    }),
  );
}
