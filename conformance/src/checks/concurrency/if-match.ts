import { defineCheck } from '../../engine/registry.ts';
import { send, type Answer } from '../support/http.ts';
import { joinFaults, problemFaults } from '../support/problem.ts';
import { requireClient } from '../support/roles.ts';
import { householdInput, uniqueSection } from '../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold } from '../data/households.ts';
import { failWith, type Fault } from '../data/refusals.ts';

/** Records what is wrong with a refusal that must be a problem of `status` and leave the rent as it was. */
function expectPrecondition(answer: Answer, status: number, step: Fault, faults: Fault[]): void {
  const found = problemFaults(answer, status);
  if (found.length > 0) faults.push({ ja: `${step.ja}: ${joinFaults(found).ja}`, en: `${step.en}: ${joinFaults(found).en}` });
}

export const householdUpdateIfMatch = defineCheck({
  id: 'concurrency.household-update-if-match',
  title: {
    ja: '世帯・世帯員の照会に ETag が付き、世帯の更新は If-Match がなければ428、古ければ412で拒否され、現在の版なら反映される',
    en: 'Single reads carry an ETag; a household update without If-Match is refused with 428, a stale one with 412, a current one applies',
  },
  verifies: ['14.4.1', '14.4.2', '14.4.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const created = await registerHousehold(ctx, client, householdInput(uniqueSection(), { monthlyRent: 40000 }));
    const householdId = String(created.householdId);
    const path = { householdId };
    const rentNow = async (step: Fault) => {
      const read = await send(client, 'getHousehold', { path });
      return { etag: read.headers.get('etag'), rent: expectBody(ctx, read, 200, step).monthlyRent };
    };

    // 14.4.1: an ETag on the single reads of updatable resources.
    const first = await rentNow({ ja: '世帯の照会（getHousehold）', en: 'reading the household (getHousehold)' });
    if (!first.etag) faults.push({ ja: 'getHousehold の応答に ETag がない', en: 'getHousehold answered without an ETag' });
    const memberId = membersOf(created)[0]?.memberId;
    if (memberId !== undefined) {
      const member = await send(client, 'getMember', { path: { memberId: String(memberId) } });
      expectBody(ctx, member, 200, { ja: '世帯員の照会（getMember）', en: 'reading a member (getMember)' });
      if (!member.headers.get('etag')) faults.push({ ja: 'getMember の応答に ETag がない', en: 'getMember answered without an ETag' });
    }
    if (!first.etag) return failWith(ctx, { ja: '版（ETag）による更新の制御が正しくない', en: 'Updates are not controlled by the version (ETag)' }, faults);

    // 14.4.3: no If-Match → 428, nothing changed. The client sends the ETag it remembers for the household's
    // path by itself, so that one entry (and no other) is forgotten first.
    client.etags.delete(`/households/${encodeURIComponent(householdId)}`);
    const unconditional = await send(client, 'updateHousehold', { path, body: { monthlyRent: 41000 } });
    expectPrecondition(unconditional, 428, { ja: 'If-Match なしの updateHousehold', en: 'updateHousehold without If-Match' }, faults);
    const afterMissing = await rentNow({ ja: '世帯の再照会', en: 'reading the household again' });
    if (afterMissing.rent !== 40000) faults.push({ ja: 'If-Match なしの更新が反映されていた', en: 'the update without If-Match was applied' });

    // The current version applies.
    const current = await send(client, 'updateHousehold', { path, body: { monthlyRent: 42000 }, headers: { 'if-match': afterMissing.etag ?? first.etag } });
    if (current.status !== 200) {
      faults.push({ ja: `現在の版を指定した updateHousehold が 200 でなく ${current.status}`, en: `updateHousehold with the current version answered ${current.status}, not 200` });
    }
    const afterCurrent = await rentNow({ ja: '更新後の世帯の照会', en: 'reading the household after the update' });
    if (current.status === 200 && afterCurrent.rent !== 42000) faults.push({ ja: '現在の版による更新が反映されていない', en: 'the update with the current version was not applied' });
    if (current.status === 200 && afterCurrent.etag === first.etag) faults.push({ ja: '更新の後も ETag が変わらない', en: 'the ETag did not change with the update' });

    // 14.4.2: the version read before that update is stale now → 412, nothing changed.
    const stale = await send(client, 'updateHousehold', { path, body: { monthlyRent: 43000 }, headers: { 'if-match': first.etag } });
    expectPrecondition(stale, 412, { ja: '古い版を指定した updateHousehold', en: 'updateHousehold with a stale version' }, faults);
    const afterStale = await rentNow({ ja: '世帯の再照会', en: 'reading the household again' });
    if (afterStale.rent !== afterCurrent.rent) faults.push({ ja: '古い版による更新が反映されていた', en: 'the update with a stale version was applied' });

    failWith(ctx, { ja: '版（ETag）による更新の制御が正しくない', en: 'Updates are not controlled by the version (ETag)' }, faults);
  },
});
