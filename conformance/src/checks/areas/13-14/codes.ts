import { codeLists, codeLists20 } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { daysFromToday, must } from '../../support/steps.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { householdsIn, membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { expectRefusedAt, expectUnchanged, failWith, type Fault } from '../../data/refusals.ts';
import { expectRefused, expectStatus, fault } from './shared.ts';

type ListName = keyof typeof codeLists & keyof typeof codeLists20;

/** The codes of a code list in the edition (spec/src/codelists). */
const codesOf = (edition: string, list: ListName): string[] => Object.keys((edition === '2.0' ? codeLists20 : codeLists)[list].codes);

/** The i-th code of a list, cycling. */
const nth = (codes: string[], i: number) => codes[i % codes.length]!;

/** 13.3.3: every code of the edition's lists is accepted; a value outside the list is refused at its field. */
export const codeValuesChecked = defineCheck({
  id: 'data.code-values-checked',
  title: {
    ja: 'コード表の項目には準拠する版のコード表のすべてのコード値が受け付けられ、コード表にない値は項目の位置を示して拒否される',
    en: "Coded items accept every code of the edition's code lists and refuse any other value at its field",
  },
  verifies: ['13.3.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const list = (name: ListName) => codesOf(ctx.edition, name);
    // One member per relationship code (the head first), the other coded items cycling through their lists.
    // 妊産婦区分 only for women (sex 2), so that no plausibility rule of the target gets in the way.
    let women = 0;
    const members = list('relationship').sort().map((relationship, i) => {
      const sex = nth(list('sex'), i);
      return {
        ...member({ name: { family: '見本', given: `コード${i}` }, relationship, sex, birthDate: `19${String(80 + i)}-04-01` }),
        livingArrangement: nth(list('livingArrangement'), i),
        workStatus: nth(list('workStatus'), i),
        disabilityAddition: nth(list('disabilityAddition'), i),
        ...(sex === '2' && { pregnancyStatus: nth(list('pregnancyStatus'), women++) }),
      };
    });
    const created = await registerHousehold(ctx, client, householdInput(section, { members }));
    const householdId = String(created.householdId);
    const memberId = String(membersOf(created)[1]?.memberId ?? '');
    let etag = (await send(client, 'getHousehold', { path: { householdId } })).headers.get('etag');
    const grades = list('kyuchi');
    const regions = list('winterRegion');
    for (let i = 0; i < Math.max(grades.length, regions.length); i += 1) {
      const body = { grade: nth(grades, i), winterRegion: nth(regions, i) };
      const answer = await send(client, 'updateHousehold', { path: { householdId }, body, ...(etag !== null && { headers: { 'if-match': etag } }) });
      expectStatus(faults, answer, 200, { ja: `級地 ${body.grade}・冬季加算地区 ${body.winterRegion} への変更`, en: `changing to grade ${body.grade}, region ${body.winterRegion}` });
      etag = answer.headers.get('etag') ?? etag;
    }

    // Negative: values outside the lists, at each operation; nothing changes.
    const before = await must(ctx, client, 'getHousehold', { path: { householdId } }, 200, { ja: '世帯の照会', en: 'reading the household' });
    const sections = await householdsIn(ctx, client, section);
    const refused = async (operationId: string, input: Json, pointer: string, what: string) => {
      expectRefusedAt(await send(client, operationId, input), pointer, { ja: `${what}（${operationId}）`, en: `${what} (${operationId})` }, faults);
    };
    await refused('createHousehold', { body: householdInput(section, { grade: '4-1' }) }, '/body/grade', '級地 4-1');
    await refused('createHousehold', { body: householdInput(section, { members: [member({ sex: '0' })] }) }, '/body/members/0/sex', '性別 0');
    etag = (await send(client, 'getHousehold', { path: { householdId } })).headers.get('etag');
    await refused('updateHousehold', { path: { householdId }, body: { winterRegion: 'VII' }, ...(etag !== null && { headers: { 'if-match': etag } }) }, '/body/winterRegion', '冬季加算地区 VII');
    await refused('updateHousehold', { path: { householdId }, body: { winterRegion: 'vi' }, ...(etag !== null && { headers: { 'if-match': etag } }) }, '/body/winterRegion', '冬季加算地区 vi（小文字）');
    await refused('addMember', { path: { householdId }, body: member({ relationship: '3', birthDate: '2015-01-01' }) }, '/body/relationship', '続柄 3（01 の形式でない）');
    await refused('addMember', { path: { householdId }, body: { ...member({ relationship: '03', birthDate: '2015-01-01' }), workStatus: '7' } }, '/body/workStatus', '就労状況 7');
    const memberEtag = (await send(client, 'getMember', { path: { memberId } })).headers.get('etag');
    const ifMatch = memberEtag !== null ? { headers: { 'if-match': memberEtag } } : {};
    await refused('updateMember', { path: { memberId }, body: { livingArrangement: '10' }, ...ifMatch }, '/body/livingArrangement', '生活形態 10');
    await refused('updateMember', { path: { memberId }, body: { leftOn: daysFromToday(-3), leaveReason: '6' }, ...ifMatch }, '/body/leaveReason', '世帯離脱理由 6');
    const after = await must(ctx, client, 'getHousehold', { path: { householdId } }, 200, { ja: '世帯の再照会', en: 'reading the household again' });
    expectUnchanged(before, after, { ja: 'コード表にない値による変更', en: 'changes with values outside the lists' }, faults);
    expectUnchanged(sections.length, (await householdsIn(ctx, client, section)).length, { ja: 'コード表にない値による登録', en: 'registrations with values outside the lists' }, faults);
    failWith(ctx, { ja: 'コード値がコード表により検査されていない', en: 'Code values are not checked against the code lists' }, faults);
  },
});

/** 13.3.4: a date that is not on the calendar (2023-02-30, 1900-02-29 …) is refused; 29 February of a leap year is not. */
export const calendarDatesChecked = defineCheck({
  id: 'data.calendar-dates-checked',
  title: {
    ja: '暦に存在しない日付（2023-02-30、1900-02-29 等）は拒否され、閏年の2月29日は受け付けられる',
    en: 'Dates not on the calendar (2023-02-30, 1900-02-29 …) are refused, and 29 February of a leap year is accepted',
  },
  verifies: ['13.3.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const leap = await send(client, 'createHousehold', { body: householdInput(section, { members: [member({ birthDate: '1964-02-29' })] }) });
    if (leap.status !== 201) return ctx.fail({ ja: `生年月日 1964-02-29 の世帯の登録（createHousehold）が 201 で応答しなかった（状態コード ${leap.status}）`, en: `registering a birth date of 1964-02-29 (createHousehold) did not answer 201 (status ${leap.status})` });
    const created = leap.body as Json;
    const householdId = String(created.householdId);
    const child = (birthDate: string) => member({ name: { family: '見本', given: '暦' }, relationship: '03', birthDate });
    const added = await send(client, 'addMember', { path: { householdId }, body: child('2000-02-29') });
    expectStatus(faults, added, 201, { ja: '生年月日 2000-02-29 の世帯員の追加', en: 'adding a birth date of 2000-02-29' });

    const before = await householdsIn(ctx, client, section);
    for (const date of ['2023-02-30', '2023-02-29', '2023-04-31']) {
      const answer = await send(client, 'createHousehold', { body: householdInput(section, { members: [member({ birthDate: date })] }) });
      expectRefusedAt(answer, '/body/members/0/birthDate', { ja: `生年月日 ${date} の世帯の登録`, en: `registering a birth date of ${date}` }, faults);
    }
    for (const date of ['1900-02-29', '2023-13-01', '2023-00-10']) {
      const answer = await send(client, 'addMember', { path: { householdId }, body: child(date) });
      expectRefusedAt(answer, '/body/birthDate', { ja: `生年月日 ${date} の世帯員の追加`, en: `adding a birth date of ${date}` }, faults);
    }
    const memberId = String(membersOf(created)[0]?.memberId ?? '');
    const etag = (await send(client, 'getMember', { path: { memberId } })).headers.get('etag');
    const left = await send(client, 'updateMember', { path: { memberId }, body: { leftOn: '2023-06-31', leaveReason: '1' }, ...(etag !== null && { headers: { 'if-match': etag } }) });
    expectRefusedAt(left, '/body/leftOn', { ja: '世帯離脱日 2023-06-31 への変更', en: 'changing the departure date to 2023-06-31' }, faults);
    expectUnchanged(before, await householdsIn(ctx, client, section), { ja: '存在しない日付による登録・変更', en: 'registrations and changes with dates not on the calendar' }, faults);
    failWith(ctx, { ja: '暦に存在しない日付が正しく検査されていない', en: 'Dates are not checked against the calendar' }, faults);
  },
});

/** 13.3.5: a birth date after the day of registration is refused; one in the past days is accepted. */
export const futureBirthDateRefused = defineCheck({
  id: 'data.future-birth-date-refused',
  title: {
    ja: '登録日より後の日を生年月日とする世帯員の登録は拒否され、前日以前の生年月日は受け付けられる',
    en: 'A member born after the day of registration is refused; a birth date of the past days is accepted',
  },
  verifies: ['13.3.5'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    // Two days ahead and one day back, so that the target's time zone cannot turn either into "today".
    const future = daysFromToday(2);
    const refusedHousehold = await send(client, 'createHousehold', { body: householdInput(section, { members: [member({ birthDate: future })] }) });
    expectRefused(faults, refusedHousehold, { ja: `生年月日 ${future} の世帯の登録`, en: `registering a birth date of ${future}` });
    if ((await householdsIn(ctx, client, section)).length !== 0) fault(faults, { ja: `生年月日 ${future} の世帯の登録`, en: `registering a birth date of ${future}` }, { ja: '世帯が登録された', en: 'a household was registered' });

    const created = await registerHousehold(ctx, client, householdInput(section));
    const householdId = String(created.householdId);
    const baby = (birthDate: string) => member({ name: { family: '見本', given: '新生' }, relationship: '03', birthDate });
    const refusedMember = await send(client, 'addMember', { path: { householdId }, body: baby(future) });
    expectRefused(faults, refusedMember, { ja: `生年月日 ${future} の世帯員の追加`, en: `adding a birth date of ${future}` });
    const newborn = await send(client, 'addMember', { path: { householdId }, body: baby(daysFromToday(-1)) });
    expectStatus(faults, newborn, 201, { ja: '前日生まれの世帯員の追加', en: 'adding a member born yesterday' });
    const after = await must(ctx, client, 'getHousehold', { path: { householdId } }, 200, { ja: '世帯の照会', en: 'reading the household' });
    if (membersOf(after).some((m) => m.birthDate === future)) fault(faults, { ja: '世帯の照会', en: 'reading the household' }, { ja: `生年月日 ${future} の世帯員が登録されている`, en: `a member born ${future} was registered` });
    failWith(ctx, { ja: '未来の生年月日が拒否されない', en: 'Birth dates in the future are not refused' }, faults);
  },
});
