import { operationsFor } from '@hogo-kit/sdk';
import { defineCheck } from '../../engine/registry.ts';
import type { CheckContext } from '../../engine/types.ts';
import { send, type Answer } from '../support/http.ts';
import { clientOf, requireClient, rolesOf, skipForMissing } from '../support/roles.ts';
import { householdInput, member, testMyNumber, uniqueSection } from './fixtures.ts';
import { membersOf, registerHousehold, type Json } from './households.ts';
import { failWith, type Fault } from './refusals.ts';

/** The roles that may see a 個人番号 (13.4.1; Member.myNumber x-visible-to). */
const AUTHORISED = ['caseworker', 'supervisor', 'manager'];
/** What a role without authority may receive instead of the number. */
const MASK = '************';

/** A household whose head has a 個人番号 of the test range, and the ids to read it back by. */
async function householdWithMyNumber(ctx: CheckContext) {
  const myNumber = testMyNumber();
  const section = uniqueSection();
  const created = await registerHousehold(ctx, requireClient(ctx, 'caseworker'), householdInput(section, { members: [member({ myNumber })] }));
  const memberId = String(membersOf(created)[0]?.memberId);
  return { myNumber, section, householdId: String(created.householdId), memberId };
}

type Fixture = Awaited<ReturnType<typeof householdWithMyNumber>>;

/** The reads of the fixture's member, by operation: the member itself, its household, its section's list. */
const READS = {
  getMember: (f: Fixture) => ({ path: { memberId: f.memberId } }),
  getHousehold: (f: Fixture) => ({ path: { householdId: f.householdId } }),
  listHouseholds: (f: Fixture) => ({ query: { section: f.section, limit: 100 } }),
} as const;

/** The fixture's member in an answer (whichever read it was), or undefined. */
function memberIn(answer: Answer, f: Fixture): Json | undefined {
  const body = answer.body as Json | undefined;
  if (!body) return undefined;
  if (body.memberId === f.memberId) return body;
  const households = Array.isArray(body.items) ? (body.items as Json[]) : [body];
  return households.flatMap(membersOf).find((m) => m.memberId === f.memberId);
}

export const myNumberShownToAuthorised = defineCheck({
  id: 'data.my-number-shown-to-authorised-roles',
  title: { ja: '地区担当員・査察指導員・課長には個人番号が12桁のまま表示される', en: 'Case workers, supervisors and managers see the individual number in full' },
  verifies: ['13.4.1'],
  async run(ctx) {
    const f = await householdWithMyNumber(ctx);
    const faults: Fault[] = [];
    const missing: string[] = [];
    const ops = operationsFor(ctx.edition);
    for (const role of AUTHORISED.filter((r) => rolesOf(ctx.edition).includes(r))) {
      const client = clientOf(ctx, role);
      if (!client) {
        missing.push(role);
        continue;
      }
      for (const operationId of ['getMember', 'getHousehold'] as const) {
        if (!ops[operationId]?.roles.includes(role)) continue;
        const answer = await send(client, operationId, READS[operationId](f));
        const shown = memberIn(answer, f)?.myNumber;
        if (answer.status !== 200) faults.push({ ja: `${role} の ${operationId}: 状態コード ${answer.status}`, en: `${role}, ${operationId}: status ${answer.status}` });
        else if (shown !== f.myNumber) {
          const what = shown === undefined ? { ja: '個人番号がない', en: 'no individual number' } : { ja: '登録した個人番号と異なる', en: 'not the number registered' };
          faults.push({ ja: `${role} の ${operationId}: ${what.ja}`, en: `${role}, ${operationId}: ${what.en}` });
        }
      }
    }
    failWith(ctx, { ja: '権限のある役割に個人番号が表示されなかった', en: 'The individual number was not shown to a role with authority' }, faults);
    skipForMissing(ctx, missing);
  },
});

export const myNumberHiddenFromOthers = defineCheck({
  id: 'data.my-number-hidden-from-other-roles',
  title: { ja: '権限のない役割には、照会・一覧のいずれの応答にも個人番号が含まれない', en: 'No read or list answers a role without authority with the individual number' },
  verifies: ['13.4.2'],
  async run(ctx) {
    const f = await householdWithMyNumber(ctx);
    const faults: Fault[] = [];
    const missing: string[] = [];
    const ops = operationsFor(ctx.edition);
    const unread: string[] = [];
    let tried = 0;
    for (const role of rolesOf(ctx.edition).filter((r) => !AUTHORISED.includes(r))) {
      const operations = (Object.keys(READS) as (keyof typeof READS)[]).filter((op) => ops[op]?.roles.includes(role));
      if (operations.length === 0) continue;
      const client = clientOf(ctx, role);
      if (!client) {
        missing.push(role);
        continue;
      }
      for (const operationId of operations) {
        const answer = await send(client, operationId, READS[operationId](f));
        tried += 1;
        // Any trace of the 12 digits in what was sent is a leak, whatever the field or the status.
        if (answer.text.includes(f.myNumber)) {
          faults.push({ ja: `${role} の ${operationId}（状態コード ${answer.status}）の応答に個人番号が含まれていた`, en: `${role}, ${operationId} (status ${answer.status}): the answer carried the individual number` });
          continue;
        }
        if (answer.status !== 200) {
          unread.push(`${operationId} as ${role} (status ${answer.status})`);
          continue;
        }
        const found = memberIn(answer, f);
        if (!found) {
          unread.push(`${operationId} as ${role} (the test member is not in the answer)`);
          continue;
        }
        const shown = found.myNumber;
        if (shown !== undefined && shown !== MASK) {
          faults.push({ ja: `${role} の ${operationId}: 個人番号の項目がマスク（${MASK}）でない`, en: `${role}, ${operationId}: myNumber is neither absent nor the mask ${MASK}` });
        }
      }
    }
    failWith(ctx, { ja: '権限のない役割に個人番号が表示された', en: 'The individual number was shown to a role without authority' }, faults);
    skipForMissing(ctx, missing);
    if (unread.length > 0) ctx.skip(`a successful read of the test member: ${unread.join(', ')}`);
    if (tried === 0) ctx.skip('a role without authority that may read households');
  },
});
