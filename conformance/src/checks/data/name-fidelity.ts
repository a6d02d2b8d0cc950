import { defineCheck } from '../../engine/registry.ts';
import { send } from '../support/http.ts';
import { requireClient } from '../support/roles.ts';
import { member, householdInput, uniqueSection } from './fixtures.ts';
import { codePoints, expectBody, householdsIn, membersOf, registerHousehold, type Json } from './households.ts';

/**
 * Synthetic names holding the characters systems get wrong: 𠮷 (U+20BB7, a surrogate pair), 髙 (U+9AD9,
 * JIS X 0213), 葛󠄀 (U+845B with the variation selector U+E0100) and 神 (U+FA19, a CJK compatibility ideograph
 * that even NFC turns into U+795E). Each member has its own birth date, by which it is found again.
 */
const MEMBERS = [
  member({ name: { family: '𠮷田', given: '見本太郎', familyKana: 'ヨシダ', givenKana: 'ミホンタロウ' }, birthDate: '1980-04-01', relationship: '01', sex: '1' }),
  member({ name: { family: '髙橋', given: '見本花子', familyKana: 'タカハシ', givenKana: 'ミホンハナコ' }, birthDate: '1982-05-02', relationship: '02', sex: '2' }),
  member({ name: { family: '見本', given: '葛\u{E0100}子', familyKana: 'ミホン', givenKana: 'カズコ' }, birthDate: '2010-06-03', relationship: '03', sex: '2' }),
  member({ name: { family: '\u{FA19}田', given: '見本次郎', familyKana: 'カンダ', givenKana: 'ミホンジロウ' }, birthDate: '2012-07-04', relationship: '03', sex: '1' }),
];
const ADDRESS_TEXT = '見本町𠮷岡一丁目1番1号';
const NAME_PARTS = ['family', 'given'] as const;

type Fault = { ja: string; en: string };

/** Every name part of the members that does not come back as the same sequence of code points. */
function compareMembers(where: string, members: Json[], faults: Fault[]): void {
  for (const sent of MEMBERS) {
    const got = members.find((m) => m.birthDate === sent.birthDate);
    if (!got) {
      faults.push({ ja: `${where}: 生年月日 ${sent.birthDate} の世帯員がいない`, en: `${where}: no member born ${sent.birthDate}` });
      continue;
    }
    const name = (got.name ?? {}) as Json;
    for (const part of NAME_PARTS) compareText(`${where}: name.${part}`, sent.name[part], name[part], faults);
  }
}

function compareText(where: string, sent: string, got: unknown, faults: Fault[]): void {
  if (got === sent) return;
  const detail = `${codePoints(sent)} → ${codePoints(got)}`;
  faults.push({ ja: `${where}: 登録した「${sent}」が「${String(got)}」で返された（${detail}）`, en: `${where}: "${sent}" came back as "${String(got)}" (${detail})` });
}

function compareHousehold(where: string, household: Json, faults: Fault[]): void {
  compareText(`${where}: address.text`, ADDRESS_TEXT, (household.address as Json | undefined)?.text, faults);
  compareMembers(where, membersOf(household), faults);
}

export const namesKeptExactly = defineCheck({
  id: 'data.names-kept-exactly',
  title: {
    ja: 'JIS X 0213 の文字・サロゲートペア・異体字セレクタ・互換漢字を含む氏名が、登録時と同一の符号位置の並びで返される',
    en: 'Names with JIS X 0213 characters, surrogate pairs, variation selectors and compatibility ideographs come back code point for code point',
  },
  verifies: ['13.2.1', '13.2.2', '13.2.5'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const section = uniqueSection();
    const faults: Fault[] = [];
    const created = await registerHousehold(ctx, client, householdInput(section, {
      address: { lgCode: '131016', text: ADDRESS_TEXT },
      members: MEMBERS,
    }));
    compareHousehold('createHousehold', created, faults);
    const householdId = String(created.householdId);

    const read = expectBody(ctx, await send(client, 'getHousehold', { path: { householdId } }), 200, { ja: '世帯の照会（getHousehold）', en: 'reading the household (getHousehold)' });
    compareHousehold('getHousehold', read, faults);

    for (const m of membersOf(created)) {
      const memberId = String(m.memberId);
      const got = expectBody(ctx, await send(client, 'getMember', { path: { memberId } }), 200, { ja: '世帯員の照会（getMember）', en: 'reading a member (getMember)' });
      const sent = MEMBERS.find((s) => s.birthDate === got.birthDate);
      if (sent) for (const part of NAME_PARTS) compareText(`getMember: name.${part}`, sent.name[part], ((got.name ?? {}) as Json)[part], faults);
    }

    const listed = (await householdsIn(ctx, client, section)).find((h) => h.householdId === householdId);
    if (!listed) faults.push({ ja: 'listHouseholds: 登録した世帯が一覧にない', en: 'listHouseholds: the household registered is not listed' });
    else compareHousehold('listHouseholds', listed, faults);

    if (faults.length > 0) {
      ctx.fail({
        ja: `氏名・住所の文字が登録時と同一の符号位置で返されなかった — ${faults.map((f) => f.ja).join('、')}`,
        en: `Name or address characters did not come back as registered — ${faults.map((f) => f.en).join('; ')}`,
      });
    }
  },
});
