import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { joinFaults, pointersOf, problemFaults } from '../../support/problem.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, householdsIn, registerHousehold } from '../../data/households.ts';
import { expectUnchanged, failWith, type Fault } from '../../data/refusals.ts';
import { fault } from './shared.ts';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** 14.3.1–14.3.3: every error is problem+json, in Japanese and English, with a pointer and a bilingual message per invalid field. */
export const problemDetailsPerField = defineCheck({
  id: 'common.problem-details-per-field',
  title: {
    ja: 'エラー応答は日英併記の問題詳細（application/problem+json）で、不備のある項目ごとに位置と日英の説明を示す',
    en: 'Errors are bilingual problem details (application/problem+json) with a pointer and a bilingual message per invalid field',
  },
  verifies: ['14.3.1', '14.3.2', '14.3.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const section = uniqueSection();
    const faults: Fault[] = [];
    const before = await householdsIn(ctx, client, section);

    // Two invalid fields at once: a date that is not a date and a sex code outside the code list.
    const bad = await send(client, 'createHousehold', {
      body: householdInput(section, { members: [member({ birthDate: 'not-a-date', sex: 'X' })] }),
    });
    const step = { ja: '不備のある createHousehold', en: 'createHousehold with invalid fields' };
    const found = problemFaults(bad, 400);
    if (found.length > 0) fault(faults, step, joinFaults(found));
    if (isObject(bad.body) && (typeof bad.body.detail !== 'string' || !JAPANESE.test(bad.body.detail))) {
      fault(faults, step, { ja: '日本語の詳細（detail）がない', en: 'no Japanese detail' });
    }
    if (isObject(bad.body) && (!isObject(bad.body.en) || typeof bad.body.en.detail !== 'string' || bad.body.en.detail === '')) {
      fault(faults, step, { ja: '英語の詳細（en.detail）がない', en: 'no English detail (en.detail)' });
    }
    const pointers = pointersOf(bad);
    for (const expected of ['/body/members/0/birthDate', '/body/members/0/sex']) {
      if (!pointers.includes(expected)) fault(faults, step, { ja: `errors[] に ${expected} の指摘がない`, en: `errors[] has no entry at ${expected}` });
    }
    const errors = isObject(bad.body) && Array.isArray(bad.body.errors) ? bad.body.errors.filter(isObject) : [];
    for (const e of errors) {
      const message = isObject(e.message) ? e.message : {};
      if (typeof message.ja !== 'string' || !JAPANESE.test(message.ja) || typeof message.en !== 'string' || message.en === '') {
        fault(faults, step, { ja: `${String(e.pointer)} の説明が日英で示されていない`, en: `the message at ${String(e.pointer)} is not given in Japanese and English` });
      }
      if (typeof e.pointer === 'string' && !/^\/(body|query|header|path)(\/|$)/.test(e.pointer)) {
        fault(faults, step, { ja: `位置 ${e.pointer} が body・query・header・path で始まらない`, en: `pointer ${e.pointer} does not start with body, query, header or path` });
      }
    }
    expectUnchanged(before, await householdsIn(ctx, client, section), step, faults);

    // A query parameter out of its range points at the query.
    const badQuery = await send(client, 'listHouseholds', { query: { birthDate: '2023-02-30' } });
    const queryStep = { ja: '不備のある listHouseholds', en: 'listHouseholds with an invalid query' };
    const queryFaults = problemFaults(badQuery, 400);
    if (queryFaults.length > 0) fault(faults, queryStep, joinFaults(queryFaults));
    else if (!pointersOf(badQuery).includes('/query/birthDate')) fault(faults, queryStep, { ja: 'errors[] に /query/birthDate の指摘がない', en: 'errors[] has no entry at /query/birthDate' });

    // A missing resource is a problem too (404).
    const missing = await send(client, 'getHousehold', { path: { householdId: `NO-SUCH-${section.slice(-6)}` } });
    const notFound = problemFaults(missing, 404);
    if (notFound.length > 0) fault(faults, { ja: '存在しない世帯の照会', en: 'reading a household that does not exist' }, joinFaults(notFound));

    failWith(ctx, { ja: 'エラー応答が標準の問題詳細の形式でない', en: 'Error answers are not the standard problem details' }, faults);
  },
});

/** 14.3.4 and 14.3.6: an unknown field is refused, not ignored, and the refused request changes nothing. */
export const unknownFieldsRefused = defineCheck({
  id: 'common.unknown-fields-refused',
  title: {
    ja: '登録・更新の要求に定義されていない項目があれば拒否され、データは変わらない',
    en: 'A registration or update with an undefined field is refused, and nothing changes',
  },
  verifies: ['14.3.4', '14.3.6'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const section = uniqueSection();
    const faults: Fault[] = [];
    const refused = (answer: { status: number }, step: Fault) => {
      if (answer.status < 400 || answer.status >= 500) fault(faults, step, { ja: `4xx でなく ${answer.status} で応答した`, en: `answered ${answer.status}, not 4xx` });
    };

    const before = await householdsIn(ctx, client, section);
    const create = await send(client, 'createHousehold', { body: householdInput(section, { favouriteColour: '青' }) });
    refused(create, { ja: '未知の項目を含む createHousehold', en: 'createHousehold with an unknown field' });
    const createMember = await send(client, 'createHousehold', { body: householdInput(section, { members: [{ ...member(), nickname: 'たろちゃん' }] }) });
    refused(createMember, { ja: '世帯員に未知の項目を含む createHousehold', en: 'createHousehold with an unknown member field' });
    expectUnchanged(before, await householdsIn(ctx, client, section), { ja: 'createHousehold', en: 'createHousehold' }, faults);

    const created = await registerHousehold(ctx, client, householdInput(section, { monthlyRent: 40000 }));
    const householdId = String(created.householdId);
    const read = await send(client, 'getHousehold', { path: { householdId } });
    const current = expectBody(ctx, read, 200, { ja: '世帯の照会（getHousehold）', en: 'reading the household (getHousehold)' });
    const etag = read.headers.get('etag');
    const update = await send(client, 'updateHousehold', {
      path: { householdId },
      body: { monthlyRent: 45000, favouriteColour: '青' },
      ...(etag !== null && { headers: { 'if-match': etag } }),
    });
    refused(update, { ja: '未知の項目を含む updateHousehold', en: 'updateHousehold with an unknown field' });
    const members = Array.isArray(current.members) ? current.members.filter(isObject) : [];
    const memberId = String(members[0]?.memberId ?? '');
    const memberRead = await send(client, 'getMember', { path: { memberId } });
    const memberBefore = expectBody(ctx, memberRead, 200, { ja: '世帯員の照会（getMember）', en: 'reading the member (getMember)' });
    const memberEtag = memberRead.headers.get('etag');
    const updateMember = await send(client, 'updateMember', {
      path: { memberId },
      body: { name: memberBefore.name, nickname: 'たろちゃん' },
      ...(memberEtag !== null && { headers: { 'if-match': memberEtag } }),
    });
    refused(updateMember, { ja: '未知の項目を含む updateMember', en: 'updateMember with an unknown field' });
    const addMember = await send(client, 'addMember', {
      path: { householdId },
      body: { ...member({ name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' }, sex: '2', relationship: '02' }), nickname: 'はなちゃん' },
    });
    refused(addMember, { ja: '未知の項目を含む addMember', en: 'addMember with an unknown field' });

    const after = expectBody(ctx, await send(client, 'getHousehold', { path: { householdId } }), 200, { ja: '世帯の再照会', en: 'reading the household again' });
    const stable = (h: Record<string, unknown>) => ({ monthlyRent: h.monthlyRent, members: h.members, favouriteColour: h.favouriteColour });
    expectUnchanged(stable(current), stable(after), { ja: 'updateHousehold・updateMember・addMember', en: 'updateHousehold, updateMember, addMember' }, faults);

    failWith(ctx, { ja: '未知の項目を含む要求が拒否されなかった', en: 'Requests with unknown fields were not refused' }, faults);
  },
});
