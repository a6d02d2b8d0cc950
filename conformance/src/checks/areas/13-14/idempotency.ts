import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, householdsIn, membersOf, registerHousehold } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { fault } from './shared.ts';

const key = () => `conformance-${crypto.randomUUID()}`;

/** 14.4.5 and 14.4.6: a retry with the same key and body acts once and answers the same; another body with that key is 422. */
export const idempotentRetries = defineCheck({
  id: 'common.idempotent-retries',
  title: {
    ja: '同一の冪等キー・同一内容の再送は一度だけ登録して同じ応答を返し、内容の異なる再使用は422で拒否される',
    en: 'A retry with the same Idempotency-Key and body registers once and answers the same; the key reused with another body is refused with 422',
  },
  verifies: ['14.4.5', '14.4.6'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const section = uniqueSection();
    const faults: Fault[] = [];

    // createHousehold
    const householdKey = key();
    const body = householdInput(section);
    const first = await send(client, 'createHousehold', { body, headers: { 'idempotency-key': householdKey } });
    const created = expectBody(ctx, first, 201, { ja: '試験用の世帯の登録（createHousehold）', en: 'registering the test household (createHousehold)' });
    const retry = await send(client, 'createHousehold', { body, headers: { 'idempotency-key': householdKey } });
    const step = { ja: '同じ冪等キーで再送した createHousehold', en: 'createHousehold retried with the same key' };
    if (retry.status !== first.status) fault(faults, step, { ja: `初回（${first.status}）と異なる状態コード ${retry.status}`, en: `status ${retry.status}, not the first answer's ${first.status}` });
    else if (!isObject(retry.body) || retry.body.householdId !== created.householdId) fault(faults, step, { ja: '初回と異なる世帯を応答した', en: 'answered another household than the first time' });
    const changed = householdInput(section, { monthlyRent: 39000 });
    const reuse = await send(client, 'createHousehold', { body: changed, headers: { 'idempotency-key': householdKey } });
    if (reuse.status !== 422) fault(faults, { ja: '同じ冪等キーで内容を変えた createHousehold', en: 'createHousehold with the same key and another body' }, { ja: `422 でなく ${reuse.status}`, en: `status ${reuse.status}, not 422` });
    const households = await householdsIn(ctx, client, section);
    if (households.length !== 1) fault(faults, { ja: 'createHousehold の再送の後', en: 'after the retries of createHousehold' }, { ja: `係の世帯が1件でなく ${households.length} 件`, en: `${households.length} households in the section, not 1` });

    // addMember
    const householdId = String(created.householdId);
    const memberKey = key();
    const child = member({ name: { family: '見本', given: '次郎', familyKana: 'ミホン', givenKana: 'ジロウ' }, birthDate: '2012-05-05', relationship: '03' });
    const added = await send(client, 'addMember', { path: { householdId }, body: child, headers: { 'idempotency-key': memberKey } });
    const addedBody = expectBody(ctx, added, 201, { ja: '世帯員の追加（addMember）', en: 'adding a member (addMember)' });
    const again = await send(client, 'addMember', { path: { householdId }, body: child, headers: { 'idempotency-key': memberKey } });
    const memberStep = { ja: '同じ冪等キーで再送した addMember', en: 'addMember retried with the same key' };
    if (again.status !== added.status) fault(faults, memberStep, { ja: `初回と異なる状態コード ${again.status}`, en: `status ${again.status}, not ${added.status}` });
    else if (!isObject(again.body) || again.body.memberId !== addedBody.memberId) fault(faults, memberStep, { ja: '初回と異なる世帯員を応答した', en: 'answered another member than the first time' });
    const other = await send(client, 'addMember', { path: { householdId }, body: { ...child, birthDate: '2013-05-05' }, headers: { 'idempotency-key': memberKey } });
    if (other.status !== 422) fault(faults, { ja: '同じ冪等キーで内容を変えた addMember', en: 'addMember with the same key and another body' }, { ja: `422 でなく ${other.status}`, en: `status ${other.status}, not 422` });
    const after = expectBody(ctx, await send(client, 'getHousehold', { path: { householdId } }), 200, { ja: '世帯の照会', en: 'reading the household' });
    if (membersOf(after).length !== 2) fault(faults, { ja: 'addMember の再送の後', en: 'after the retries of addMember' }, { ja: `世帯員が2人でなく ${membersOf(after).length} 人`, en: `${membersOf(after).length} members, not 2` });

    failWith(ctx, { ja: '冪等キーによる再送の扱いが正しくない', en: 'Retries with an Idempotency-Key are not handled properly' }, faults);
  },
});

/** 14.5.1 and 14.5.2: cursor pages of at most the page size, all items once, the last cursor null; bad cursor or size → 400. */
export const cursorPagination = defineCheck({
  id: 'common.cursor-pagination',
  title: {
    ja: '一覧は指定件数以下の頁で応答し、カーソルをたどると全件を重複・欠落なく取得でき、不正なカーソル・件数は400で拒否される',
    en: 'Lists answer pages of at most the page size, following cursors yields every item once, and a bad cursor or page size is refused with 400',
  },
  verifies: ['14.5.1', '14.5.2'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const section = uniqueSection();
    const faults: Fault[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push(String((await registerHousehold(ctx, client, householdInput(section))).householdId));

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const answer = await send(client, 'listHouseholds', { query: { section, limit: 2, ...(cursor !== null && { cursor }) } });
      const body = expectBody(ctx, answer, 200, { ja: `係の世帯の一覧（${page + 1}頁目）`, en: `listing the section (page ${page + 1})` });
      const items = Array.isArray(body.items) ? body.items.filter(isObject) : [];
      if (items.length > 2) fault(faults, { ja: `${page + 1}頁目`, en: `page ${page + 1}` }, { ja: `件数2を指定したが ${items.length} 件`, en: `${items.length} items for a page size of 2` });
      seen.push(...items.map((h) => String(h.householdId)));
      if (!('nextCursor' in body)) fault(faults, { ja: `${page + 1}頁目`, en: `page ${page + 1}` }, { ja: 'nextCursor がない', en: 'no nextCursor' });
      cursor = typeof body.nextCursor === 'string' ? body.nextCursor : null;
      if (cursor === null) break;
    }
    if (cursor !== null) fault(faults, { ja: '頁送り', en: 'paging' }, { ja: '10頁たどっても最終頁にならない', en: 'no last page after 10 pages' });
    const sorted = (xs: string[]) => [...xs].sort().join(',');
    if (sorted(seen) !== sorted(ids)) fault(faults, { ja: '頁送りで得た世帯', en: 'the households paged through' }, { ja: `登録した ${ids.length} 件と一致しない（${seen.length} 件、重複又は欠落）`, en: `do not match the ${ids.length} registered (${seen.length} seen: duplicates or gaps)` });

    for (const [query, what] of [
      [{ section, cursor: '%%not-a-cursor%%' }, { ja: '解釈できないカーソル', en: 'an unreadable cursor' }],
      [{ section, limit: 0 }, { ja: '件数0', en: 'page size 0' }],
      [{ section, limit: 201 }, { ja: '件数201', en: 'page size 201' }],
    ] as const) {
      const answer = await send(client, 'listHouseholds', { query });
      if (answer.status !== 400) fault(faults, what, { ja: `400 でなく ${answer.status}`, en: `status ${answer.status}, not 400` });
    }
    const manager = requireClient(ctx, 'manager');
    const audit = await send(manager, 'listAuditEntries', { query: { limit: 1 } });
    const auditBody = expectBody(ctx, audit, 200, { ja: '監査ログの参照', en: 'reading the audit log' });
    if (Array.isArray(auditBody.items) && auditBody.items.length > 1) fault(faults, { ja: '監査ログの一覧', en: 'the audit-log list' }, { ja: `件数1を指定したが ${auditBody.items.length} 件`, en: `${auditBody.items.length} entries for a page size of 1` });
    const auditBad = await send(manager, 'listAuditEntries', { query: { cursor: '%%not-a-cursor%%' } });
    if (auditBad.status !== 400) fault(faults, { ja: '監査ログの不正なカーソル', en: 'an unreadable audit-log cursor' }, { ja: `400 でなく ${auditBad.status}`, en: `status ${auditBad.status}, not 400` });

    failWith(ctx, { ja: '一覧の頁送りが正しくない', en: 'List pagination is not correct' }, faults);
  },
});
