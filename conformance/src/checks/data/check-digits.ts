import { defineCheck } from '../../engine/registry.ts';
import { send } from '../support/http.ts';
import { requireClient } from '../support/roles.ts';
import { BAD_LG_CODE, LG_CODE, householdInput, member, testMyNumber, uniqueSection, withWrongCheckDigit } from './fixtures.ts';
import { expectBody, householdsIn, membersOf, registerHousehold } from './households.ts';
import { expectRefusedAt, expectUnchanged, failWith, type Fault } from './refusals.ts';

export const lgCodeCheckDigit = defineCheck({
  id: 'data.lg-code-check-digit',
  title: {
    ja: '検査数字の誤った地方公共団体コードは、項目を示して400で拒否され、データは変わらない',
    en: 'A municipality code with a wrong check digit is refused with 400 at its field, and nothing changes',
  },
  verifies: ['13.3.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const section = uniqueSection();
    const faults: Fault[] = [];

    const before = await householdsIn(ctx, client, section);
    const badOwn = await send(client, 'createHousehold', { body: householdInput(section, { lgCode: BAD_LG_CODE }) });
    expectRefusedAt(badOwn, '/body/lgCode', { ja: 'createHousehold（lgCode）', en: 'createHousehold (lgCode)' }, faults);
    const badAddress = await send(client, 'createHousehold', { body: householdInput(section, { address: { lgCode: BAD_LG_CODE, text: '見本町一丁目1番1号' } }) });
    expectRefusedAt(badAddress, '/body/address/lgCode', { ja: 'createHousehold（address.lgCode）', en: 'createHousehold (address.lgCode)' }, faults);
    expectUnchanged(before, await householdsIn(ctx, client, section), { ja: 'createHousehold', en: 'createHousehold' }, faults);

    const created = await registerHousehold(ctx, client, householdInput(section));
    const householdId = String(created.householdId);
    const read = await send(client, 'getHousehold', { path: { householdId } });
    const current = expectBody(ctx, read, 200, { ja: '世帯の照会（getHousehold）', en: 'reading the household (getHousehold)' });
    const etag = read.headers.get('etag');
    const badUpdate = await send(client, 'updateHousehold', {
      path: { householdId },
      body: { address: { lgCode: BAD_LG_CODE, text: '見本町二丁目2番2号' } },
      ...(etag !== null && { headers: { 'if-match': etag } }),
    });
    expectRefusedAt(badUpdate, '/body/address/lgCode', { ja: 'updateHousehold（address.lgCode）', en: 'updateHousehold (address.lgCode)' }, faults);
    const after = expectBody(ctx, await send(client, 'getHousehold', { path: { householdId } }), 200, { ja: '世帯の再照会', en: 'reading the household again' });
    expectUnchanged(current.address, after.address, { ja: 'updateHousehold', en: 'updateHousehold' }, faults);
    if ((after.address as { lgCode?: unknown } | undefined)?.lgCode !== LG_CODE) {
      faults.push({ ja: '更新の拒否の後、住所の地方公共団体コードが登録時と異なる', en: 'after the refused update the address code differs from the one registered' });
    }

    failWith(ctx, { ja: '検査数字の誤った地方公共団体コードが正しく拒否されなかった', en: 'A municipality code with a wrong check digit was not refused properly' }, faults);
  },
});

export const myNumberCheckDigit = defineCheck({
  id: 'data.my-number-check-digit',
  title: {
    ja: '検査用数字の誤った個人番号は、項目を示して400で拒否され、データは変わらない',
    en: 'An individual number with a wrong check digit is refused with 400 at its field, and nothing changes',
  },
  verifies: ['13.3.2'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const section = uniqueSection();
    const faults: Fault[] = [];
    const bad = withWrongCheckDigit(testMyNumber());

    const before = await householdsIn(ctx, client, section);
    const badCreate = await send(client, 'createHousehold', { body: householdInput(section, { members: [member({ myNumber: bad })] }) });
    expectRefusedAt(badCreate, '/body/members/0/myNumber', { ja: 'createHousehold（members/0/myNumber）', en: 'createHousehold (members/0/myNumber)' }, faults);
    expectUnchanged(before, await householdsIn(ctx, client, section), { ja: 'createHousehold', en: 'createHousehold' }, faults);

    const created = await registerHousehold(ctx, client, householdInput(section, { members: [member({ myNumber: testMyNumber() })] }));
    const householdId = String(created.householdId);
    const newcomer = member({ name: { family: '見本', given: '次郎', familyKana: 'ミホン', givenKana: 'ジロウ' }, birthDate: '2015-08-09', relationship: '03', myNumber: bad });
    const badAdd = await send(client, 'addMember', { path: { householdId }, body: newcomer });
    expectRefusedAt(badAdd, '/body/myNumber', { ja: 'addMember（myNumber）', en: 'addMember (myNumber)' }, faults);
    const after = expectBody(ctx, await send(client, 'getHousehold', { path: { householdId } }), 200, { ja: '世帯の照会（getHousehold）', en: 'reading the household (getHousehold)' });
    if (membersOf(after).length !== membersOf(created).length) {
      faults.push({ ja: 'addMember: 拒否された世帯員が世帯に加わっていた', en: 'addMember: the refused member was added to the household' });
    }

    failWith(ctx, { ja: '検査用数字の誤った個人番号が正しく拒否されなかった', en: 'An individual number with a wrong check digit was not refused properly' }, faults);
  },
});
