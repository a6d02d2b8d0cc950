import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import { householdInput, uniqueSection } from '../../data/fixtures.ts';
import { membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { fault } from './shared.ts';

/**
 * Sends the updates at once, all with the same (current) ETag, and records a fault unless exactly one answers 200,
 * the rest 412, and a read afterwards shows the winner's change.
 */
async function race(client: HogoClient<Edition>, faults: Fault[], kind: { get: string; update: string; path: Record<string, string>; item: string }, values: unknown[], read: () => Promise<Json>): Promise<void> {
  const etag = (await send(client, kind.get, { path: kind.path })).headers.get('etag') ?? '"none"';
  const answers = await Promise.all(values.map((value) => send(client, kind.update, { path: kind.path, body: { [kind.item]: value }, headers: { 'if-match': etag } })));
  const step = { ja: `同じ版による ${values.length} 件の同時の ${kind.update}`, en: `${values.length} concurrent ${kind.update} of one version` };
  const statuses = answers.map((a) => a.status);
  const winners = answers.flatMap((a, i) => (a.status === 200 ? [values[i]] : []));
  if (winners.length !== 1 || statuses.filter((s) => s === 412).length !== values.length - 1) {
    fault(faults, step, { ja: `1件のみ200・残り412とならず、状態コード ${statuses.join('・')}`, en: `not one 200 and the rest 412: statuses ${statuses.join(', ')}` });
  }
  const now = (await read())[kind.item];
  if (winners.length === 1 && now !== winners[0]) fault(faults, step, { ja: `反映された値が200の要求のもの（${String(winners[0])}）でなく ${String(now)}`, en: `the value kept is ${String(now)}, not the one answered 200 (${String(winners[0])})` });
}

/** 14.4.4: concurrent updates carrying the same ETag: exactly one is applied, the others are refused with 412. */
export const concurrentUpdatesOneWins = defineCheck({
  id: 'common.concurrent-updates-one-wins',
  title: {
    ja: '同一の版を指定した世帯・世帯員の同時の更新要求は一件のみが反映され、残りは412で拒否される',
    en: 'Of concurrent updates of a household or member carrying the same version, exactly one is applied and the rest are refused with 412',
  },
  verifies: ['14.4.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const created = await registerHousehold(ctx, client, householdInput(uniqueSection(), { monthlyRent: 50000 }));
    const householdId = String(created.householdId);
    const memberId = String(membersOf(created)[0]?.memberId ?? '');
    const readHousehold = () => must(ctx, client, 'getHousehold', { path: { householdId } }, 200, { ja: '世帯の照会', en: 'reading the household' });
    const readMember = () => must(ctx, client, 'getMember', { path: { memberId } }, 200, { ja: '世帯員の照会', en: 'reading the member' });
    await race(client, faults, { get: 'getHousehold', update: 'updateHousehold', path: { householdId }, item: 'monthlyRent' }, [50001, 50002, 50003, 50004], readHousehold);
    await race(client, faults, { get: 'getMember', update: 'updateMember', path: { memberId }, item: 'workStatus' }, ['1', '2', '3', '4'], readMember);
    failWith(ctx, { ja: '同時の更新が一件のみ反映されない', en: 'Concurrent updates of one version are not applied exactly once' }, faults);
  },
});
