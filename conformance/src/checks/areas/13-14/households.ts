import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, householdsIn, membersOf, registerHousehold } from '../../data/households.ts';
import { expectUnchanged, failWith, type Fault } from '../../data/refusals.ts';
import { fault } from './shared.ts';

const spouse = () => member({ name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' }, sex: '2', relationship: '02', birthDate: '1982-06-15' });
const secondHead = () => member({ name: { family: '見本', given: '一郎', familyKana: 'ミホン', givenKana: 'イチロウ' }, relationship: '01', birthDate: '1975-01-20' });

/** 13.1.2 (and 14.3.6): exactly one 世帯主; no head or two heads are refused, and the refusal changes nothing. */
export const oneHeadOfHousehold = defineCheck({
  id: 'data.one-head-of-household',
  title: {
    ja: '世帯主のいない世帯・世帯主が二人となる登録及び変更は拒否され、データは変わらない',
    en: 'Registrations and changes leaving no head or two heads of household are refused, and nothing changes',
  },
  verifies: ['13.1.2', '14.3.6'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const section = uniqueSection();
    const faults: Fault[] = [];
    const refused = (status: number, step: Fault) => {
      if (status < 400 || status >= 500) fault(faults, step, { ja: `拒否されず ${status} で応答した`, en: `not refused (status ${status})` });
    };

    const before = await householdsIn(ctx, client, section);
    refused((await send(client, 'createHousehold', { body: householdInput(section, { members: [member(), secondHead()] }) })).status, { ja: '世帯主が二人の createHousehold', en: 'createHousehold with two heads' });
    refused((await send(client, 'createHousehold', { body: householdInput(section, { members: [spouse()] }) })).status, { ja: '世帯主のいない createHousehold', en: 'createHousehold without a head' });
    expectUnchanged(before, await householdsIn(ctx, client, section), { ja: 'createHousehold', en: 'createHousehold' }, faults);

    // The positive case: one head and a spouse.
    const created = await registerHousehold(ctx, client, householdInput(section, { members: [member(), spouse()] }));
    const householdId = String(created.householdId);
    const read = async () => expectBody(ctx, await send(client, 'getHousehold', { path: { householdId } }), 200, { ja: '世帯の照会（getHousehold）', en: 'reading the household (getHousehold)' });
    const current = await read();

    refused((await send(client, 'addMember', { path: { householdId }, body: secondHead() })).status, { ja: '二人目の世帯主の addMember', en: 'addMember of a second head' });
    const spouseRecord = membersOf(current).find((m) => m.relationship === '02');
    const headRecord = membersOf(current).find((m) => m.relationship === '01');
    for (const [target, relationship, step] of [
      [spouseRecord, '01', { ja: '配偶者を世帯主とする updateMember', en: 'updateMember making the spouse a second head' }],
      [headRecord, '02', { ja: '世帯主を配偶者とする updateMember', en: 'updateMember leaving no head' }],
    ] as const) {
      if (!target) continue;
      const memberId = String(target.memberId);
      const memberRead = await send(client, 'getMember', { path: { memberId } });
      const etag = memberRead.headers.get('etag');
      const answer = await send(client, 'updateMember', { path: { memberId }, body: { relationship }, ...(etag !== null && { headers: { 'if-match': etag } }) });
      refused(answer.status, step);
    }
    expectUnchanged(membersOf(current), membersOf(await read()), { ja: 'addMember・updateMember', en: 'addMember, updateMember' }, faults);

    failWith(ctx, { ja: '世帯主が一人でない登録・変更が拒否されなかった', en: 'Registrations or changes without exactly one head were not refused' }, faults);
  },
});

/** 13.1.8: a member leaving is recorded with date and reason and the record stays readable. */
export const memberDepartureKept = defineCheck({
  id: 'data.member-departure-kept',
  title: {
    ja: '世帯員の離脱は離脱日と理由とともに記録され、記録は削除されずに照会できる',
    en: "A member's departure is recorded with date and reason, and the record stays readable",
  },
  verifies: ['13.1.8'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const created = await registerHousehold(ctx, client, householdInput(uniqueSection(), { members: [member(), spouse()] }));
    const householdId = String(created.householdId);
    const leaving = membersOf(created).find((m) => m.relationship === '02');
    if (!leaving) return ctx.fail({ ja: '登録した配偶者が応答にない', en: 'the registered spouse is missing from the answer' });
    const memberId = String(leaving.memberId);
    const leftOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const memberRead = await send(client, 'getMember', { path: { memberId } });
    const etag = memberRead.headers.get('etag');
    const update = await send(client, 'updateMember', { path: { memberId }, body: { leftOn, leaveReason: '1' }, ...(etag !== null && { headers: { 'if-match': etag } }) });
    expectBody(ctx, update, 200, { ja: '離脱の登録（updateMember）', en: 'recording the departure (updateMember)' });

    const after = await send(client, 'getMember', { path: { memberId } });
    if (after.status !== 200) fault(faults, { ja: '離脱後の getMember', en: 'getMember after the departure' }, { ja: `状態コード ${after.status}`, en: `status ${after.status}` });
    else {
      const body = after.body as Record<string, unknown>;
      if (body.leftOn !== leftOn) fault(faults, { ja: '離脱後の getMember', en: 'getMember after the departure' }, { ja: '離脱日が記録されていない', en: 'the departure date is not recorded' });
      if (body.leaveReason !== '1') fault(faults, { ja: '離脱後の getMember', en: 'getMember after the departure' }, { ja: '離脱理由が記録されていない', en: 'the reason is not recorded' });
      if (JSON.stringify(body.name) !== JSON.stringify(leaving.name)) fault(faults, { ja: '離脱後の getMember', en: 'getMember after the departure' }, { ja: '氏名が失われた', en: 'the name was lost' });
    }
    const household = expectBody(ctx, await send(client, 'getHousehold', { path: { householdId } }), 200, { ja: '世帯の照会', en: 'reading the household' });
    if (!membersOf(household).some((m) => m.memberId === leaving.memberId)) {
      fault(faults, { ja: '離脱後の getHousehold', en: 'getHousehold after the departure' }, { ja: '離脱した世帯員の記録が世帯から削除された', en: 'the record of the member who left was removed from the household' });
    }
    // The departure needs both items: a date without a reason is refused.
    const headId = String(membersOf(created).find((m) => m.relationship === '01')?.memberId ?? '');
    const headRead = await send(client, 'getMember', { path: { memberId: headId } });
    const headEtag = headRead.headers.get('etag');
    const partial = await send(client, 'updateMember', { path: { memberId: headId }, body: { leftOn }, ...(headEtag !== null && { headers: { 'if-match': headEtag } }) });
    if (partial.status < 400 || partial.status >= 500) fault(faults, { ja: '理由のない離脱日', en: 'a departure date without a reason' }, { ja: `拒否されず ${partial.status}`, en: `not refused (status ${partial.status})` });

    failWith(ctx, { ja: '世帯員の離脱が正しく記録・保持されない', en: "A member's departure is not recorded and kept properly" }, faults);
  },
});
