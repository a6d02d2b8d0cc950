import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { codePoints, householdsIn, membersOf, registerHousehold } from '../../data/households.ts';
import { expectRefusedAt, expectUnchanged, failWith, type Fault } from '../../data/refusals.ts';
import { expectStatus, fault } from './shared.ts';

/** 100 code points (the maximum of PersonName.family and .given), 50 of them outside the BMP (150 UTF-16 units). */
const LONGEST = `${'𠮷'.repeat(50)}${'田'.repeat(50)}`;

/** 13.2.3: a name of 100 code points with surrogate pairs is accepted and kept; 101 code points is refused. */
export const lengthInCodePoints = defineCheck({
  id: 'data.length-counted-in-code-points',
  title: {
    ja: '氏名の文字数は符号位置の数で数えられ、サロゲートペアの文字を含む100文字の氏名は登録でき、101文字は拒否される',
    en: 'Name lengths are counted in code points: a 100-character name with surrogate pairs is accepted, 101 characters are refused',
  },
  verifies: ['13.2.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const head = member({ name: { family: LONGEST, given: '太郎', familyKana: 'ミホン', givenKana: 'タロウ' } });
    const created = await registerHousehold(ctx, client, householdInput(section, { members: [head] }));
    const householdId = String(created.householdId);
    const headId = String(membersOf(created)[0]?.memberId ?? '');
    const read = await must(ctx, client, 'getMember', { path: { memberId: headId } }, 200, { ja: '登録した世帯員の照会', en: 'reading the registered member' });
    if (!isObject(read.name) || read.name.family !== LONGEST) {
      fault(faults, { ja: '100文字の氏の照会', en: 'reading the 100-character family name' }, { ja: `登録した文字と異なる（${codePoints(isObject(read.name) ? read.name.family : undefined).slice(0, 60)}…）`, en: 'differs from what was registered' });
    }
    const child = member({ name: { family: '見本', given: LONGEST, familyKana: 'ミホン', givenKana: 'ハナコ' }, relationship: '03', birthDate: '2014-05-05', sex: '2' });
    const added = await send(client, 'addMember', { path: { householdId }, body: child });
    expectStatus(faults, added, 201, { ja: '100文字の名の世帯員の追加（addMember）', en: 'adding a member with a 100-character given name (addMember)' });

    // Negative: 101 code points are over the limit.
    const over = `${LONGEST}𠮷`;
    const before = await householdsIn(ctx, client, section);
    const tooLong = await send(client, 'createHousehold', { body: householdInput(section, { members: [member({ name: { family: over, given: '太郎' } })] }) });
    expectRefusedAt(tooLong, '/body/members/0/name/family', { ja: '101文字の氏の世帯の登録', en: 'registering a 101-character family name' }, faults);
    const tooLongGiven = await send(client, 'addMember', { path: { householdId }, body: { ...child, name: { family: '見本', given: over } } });
    expectRefusedAt(tooLongGiven, '/body/name/given', { ja: '101文字の名の世帯員の追加', en: 'adding a 101-character given name' }, faults);
    expectUnchanged(before.map((h) => membersOf(h).length), (await householdsIn(ctx, client, section)).map((h) => membersOf(h).length), { ja: '101文字の氏名', en: '101-character names' }, faults);
    failWith(ctx, { ja: '文字数が符号位置の数で数えられていない', en: 'Lengths are not counted in code points' }, faults);
  },
});

/** 13.2.4: a lone surrogate or a control character is refused at its field, never replaced and stored. */
export const malformedTextRefused = defineCheck({
  id: 'data.malformed-text-refused',
  title: {
    ja: '対になっていないサロゲート又は制御文字を含む氏名・住所は、置き換えて保存されず、項目の位置を示して拒否される',
    en: 'A name or address with an unpaired surrogate or a control character is refused at its field, never replaced and stored',
  },
  verifies: ['13.2.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const before = await householdsIn(ctx, client, section);
    const lone = await send(client, 'createHousehold', { body: householdInput(section, { members: [member({ name: { family: '見本\uD842', given: '太郎' } })] }) });
    expectRefusedAt(lone, '/body/members/0/name/family', { ja: '対になっていない上位サロゲートを含む氏', en: 'a family name with an unpaired high surrogate' }, faults);
    const bell = await send(client, 'createHousehold', { body: householdInput(section, { address: { lgCode: '131016', text: '見本町\u0007一丁目' } }) });
    expectRefusedAt(bell, '/body/address/text', { ja: '制御文字（BEL）を含む住所', en: 'an address with a control character (BEL)' }, faults);
    expectUnchanged(before, await householdsIn(ctx, client, section), { ja: '不正な文字列の世帯の登録', en: 'registering malformed text' }, faults);

    const created = await registerHousehold(ctx, client, householdInput(section));
    const householdId = String(created.householdId);
    const memberId = String(membersOf(created)[0]?.memberId ?? '');
    const names = async () => membersOf(await must(ctx, client, 'getHousehold', { path: { householdId } }, 200, { ja: '世帯の照会', en: 'reading the household' })).map((m) => m.name);
    const namesBefore = await names();
    const low = await send(client, 'addMember', { path: { householdId }, body: member({ name: { family: '見本', given: '\uDFB7子' }, relationship: '03', birthDate: '2015-01-01' }) });
    expectRefusedAt(low, '/body/name/given', { ja: '対になっていない下位サロゲートを含む名の追加', en: 'adding a given name with an unpaired low surrogate' }, faults);
    const read = await send(client, 'getMember', { path: { memberId } });
    const etag = read.headers.get('etag');
    const escape = await send(client, 'updateMember', { path: { memberId }, body: { name: { family: '見本\u001B', given: '太郎' } }, ...(etag !== null && { headers: { 'if-match': etag } }) });
    expectRefusedAt(escape, '/body/name/family', { ja: '制御文字（ESC）を含む氏への変更', en: 'changing to a family name with a control character (ESC)' }, faults);

    const namesAfter = await names();
    expectUnchanged(namesBefore, namesAfter, { ja: '不正な文字列の世帯員の追加・変更', en: 'adding and changing malformed names' }, faults);
    if (/\uFFFD/.test(JSON.stringify(namesAfter))) fault(faults, { ja: '世帯の照会', en: 'reading the household' }, { ja: '置換文字（U+FFFD）が保存されている', en: 'a replacement character (U+FFFD) was stored' });
    failWith(ctx, { ja: '不正な文字列が拒否されない', en: 'Malformed text is not refused' }, faults);
  },
});
