import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import { householdInput, LG_CODE, member, testMyNumber, uniqueSection } from '../../data/fixtures.ts';
import { householdsIn, membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { expectUnchanged, failWith, type Fault } from '../../data/refusals.ts';
import { expectRefused, expectStatus, fault } from './shared.ts';

/** The items of a member as registered that a read must give back unchanged. */
const SENT = ['name', 'birthDate', 'sex', 'relationship', 'myNumber', 'livingArrangement', 'workStatus'] as const;

/** True when `read` carries everything `sent` does (objects may carry more, e.g. defaults; key order is free). */
export function carries(sent: unknown, read: unknown): boolean {
  if (Array.isArray(sent)) return Array.isArray(read) && read.length === sent.length && sent.every((v, i) => carries(v, read[i]));
  if (isObject(sent)) return isObject(read) && Object.entries(sent).every(([k, v]) => v === undefined || carries(v, read[k]));
  return sent === read;
}

/** The items (of `keys`) that were sent and that a read does not give back as sent. */
export function differing(sent: Json, read: Json, keys: readonly string[]): string[] {
  return keys.filter((k) => sent[k] !== undefined && !carries(sent[k], read[k]));
}

/** 13.1.1: one createHousehold registers the address, 級地, 冬季加算地区 and every member, with ids assigned. */
export const householdRegistered = defineCheck({
  id: 'data.household-registered-with-members',
  title: {
    ja: '世帯を住所・級地・冬季加算地区及び世帯員とともに一の操作で登録でき、世帯番号と世帯員ごとの世帯員番号が付番される',
    en: 'A household is registered in one request with its address, grade, winter region and members, and gets a household id and a member id per member',
  },
  verifies: ['13.1.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const members = [
      member({ myNumber: testMyNumber() }),
      { ...member({ name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' }, sex: '2', relationship: '02', birthDate: '1982-06-15' }), livingArrangement: '01' },
      { ...member({ name: { family: '見本', given: '次郎', familyKana: 'ミホン', givenKana: 'ジロウ' }, relationship: '03', birthDate: '2012-09-30' }), workStatus: '0' },
    ];
    const address = { lgCode: LG_CODE, postalCode: '100-0001', text: '見本町二丁目3番4号 見本荘101' };
    const input = householdInput(section, { address, grade: '2-2', winterRegion: 'III', members });
    const created = await registerHousehold(ctx, client, input);
    const step = { ja: '世帯の登録（createHousehold）', en: 'registering the household (createHousehold)' };
    const householdId = created.householdId;
    if (typeof householdId !== 'string' || householdId === '') return ctx.fail({ ja: `${step.ja}の応答に世帯番号がない`, en: `${step.en} answered no householdId` });
    const ids = membersOf(created).map((m) => m.memberId);
    if (ids.length !== 3 || ids.some((id) => typeof id !== 'string' || id === '') || new Set(ids).size !== 3) {
      fault(faults, step, { ja: `3人の世帯員に別々の世帯員番号が付番されていない（${ids.length} 人）`, en: `the 3 members did not each get their own member id (${ids.length} answered)` });
    }

    const read = await must(ctx, client, 'getHousehold', { path: { householdId } }, 200, { ja: '登録した世帯の照会', en: 'reading the registered household' });
    const readStep = { ja: '登録した世帯の照会', en: 'reading the registered household' };
    for (const key of differing(input, read, ['address', 'grade', 'winterRegion', 'section', 'lgCode'])) {
      fault(faults, readStep, { ja: `${key} が登録した値と異なる`, en: `${key} differs from what was registered` });
    }
    const readMembers = membersOf(read);
    if (readMembers.length !== 3) fault(faults, readStep, { ja: `世帯員が3人でなく ${readMembers.length} 人`, en: `${readMembers.length} members instead of 3` });
    for (const [i, sent] of members.entries()) {
      const found = readMembers.find((m) => m.memberId === ids[i]);
      if (!found) continue;
      const wrong = differing(sent as Json, found, SENT);
      if (wrong.length > 0) fault(faults, readStep, { ja: `世帯員 ${String(ids[i])} の ${wrong.join('・')} が登録した値と異なる`, en: `member ${String(ids[i])}: ${wrong.join(', ')} differ from what was registered` });
    }

    // Negative: a registration lacking the 級地 is refused and registers nothing; a second registration gets new ids.
    const before = await householdsIn(ctx, client, section);
    const { grade: _grade, ...withoutGrade } = input;
    const refused = await send(client, 'createHousehold', { body: withoutGrade });
    expectRefused(faults, refused, { ja: '級地のない世帯の登録', en: 'registering without a grade' });
    expectUnchanged(before.map((h) => h.householdId), (await householdsIn(ctx, client, section)).map((h) => h.householdId), { ja: '級地のない世帯の登録', en: 'registering without a grade' }, faults);
    const again = await registerHousehold(ctx, client, householdInput(uniqueSection()));
    const againIds = [again.householdId, ...membersOf(again).map((m) => m.memberId)];
    if (againIds.some((id) => id === householdId || ids.includes(id))) {
      fault(faults, { ja: '二つ目の世帯の登録', en: 'registering a second household' }, { ja: '既に付番した番号が再び付番された', en: 'an id already given was given again' });
    }
    failWith(ctx, { ja: '世帯と世帯員を一の操作で登録できない', en: 'A household cannot be registered with its members in one request' }, faults);
  },
});

/** 13.1.3: addMember assigns a member id; the member can be read alone and within the household. */
export const memberAdded = defineCheck({
  id: 'data.member-added',
  title: {
    ja: '登録済みの世帯に世帯員を追加すると世帯員番号が付番され、世帯員として及び世帯の中で照会できる',
    en: 'A member added to a registered household gets a member id and can be read alone and within the household',
  },
  verifies: ['13.1.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const created = await registerHousehold(ctx, client, householdInput(uniqueSection()));
    const householdId = String(created.householdId);
    const headId = membersOf(created)[0]?.memberId;
    const child = { ...member({ name: { family: '見本', given: '三郎', familyKana: 'ミホン', givenKana: 'サブロウ' }, relationship: '03', birthDate: '2016-03-01', myNumber: testMyNumber() }), livingArrangement: '01' };
    const added = await must(ctx, client, 'addMember', { path: { householdId }, body: child }, 201, { ja: '世帯員の追加', en: 'adding a member' });
    const memberId = added.memberId;
    if (typeof memberId !== 'string' || memberId === '' || memberId === headId) {
      return ctx.fail({ ja: `世帯員の追加（addMember）の応答に新しい世帯員番号がない（${String(memberId)}）`, en: `adding a member (addMember) answered no new member id (${String(memberId)})` });
    }
    const alone = await send(client, 'getMember', { path: { memberId } });
    const step = { ja: `追加した世帯員 ${memberId} の照会（getMember）`, en: `reading the added member ${memberId} (getMember)` };
    if (expectStatus(faults, alone, 200, step) && isObject(alone.body)) {
      const wrong = differing(child as Json, alone.body, SENT);
      if (wrong.length > 0) fault(faults, step, { ja: `${wrong.join('・')} が追加した値と異なる`, en: `${wrong.join(', ')} differ from what was added` });
    }
    const household = await must(ctx, client, 'getHousehold', { path: { householdId } }, 200, { ja: '世帯の照会', en: 'reading the household' });
    const ids = membersOf(household).map((m) => m.memberId);
    if (!ids.includes(memberId) || !ids.includes(headId)) {
      fault(faults, { ja: '世帯の照会（getHousehold）', en: 'reading the household (getHousehold)' }, { ja: '世帯員に追加した世帯員と世帯主が含まれない', en: 'the members do not include the added member and the head' });
    }
    // Negative: a member cannot be added to a household that does not exist.
    const nowhere = await send(client, 'addMember', { path: { householdId: `${householdId}-NONE` }, body: child });
    expectStatus(faults, nowhere, 404, { ja: '存在しない世帯への世帯員の追加', en: 'adding a member to a household that does not exist' });
    failWith(ctx, { ja: '世帯員を追加して照会できない', en: 'A member cannot be added and read' }, faults);
  },
});
