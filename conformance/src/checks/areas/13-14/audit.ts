import { createHash } from 'node:crypto';
import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, member, testMyNumber, uniqueSection, withWrongCheckDigit } from '../../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { fault, itemsOf, sendRaw } from './shared.ts';

/** RFC 8785 serialisation of plain JSON (strings, integers, booleans, null, arrays, objects). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const auditOf = async (ctx: Parameters<typeof requireClient>[0], query: Record<string, string | number>): Promise<Json[]> => {
  const manager = requireClient(ctx, 'manager');
  const entries: Json[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const answer = await send(manager, 'listAuditEntries', { query: { ...query, limit: 200, ...(cursor !== null && { cursor }) } });
    const body = expectBody(ctx, answer, 200, { ja: '監査ログの参照（listAuditEntries）', en: 'reading the audit log (listAuditEntries)' });
    entries.push(...itemsOf(answer));
    cursor = typeof body.nextCursor === 'string' ? body.nextCursor : null;
    if (cursor === null) break;
  }
  return entries;
};

/** A query string as text (the standard does not fix how the conditions are written; URL-encoded is common). */
function decoded(query: string): string {
  try {
    return decodeURIComponent(query.replace(/\+/g, ' '));
  } catch {
    return query;
  }
}

/** A household registered and read a few times, so that the log has entries of this check's own. */
async function someEntries(ctx: Parameters<typeof requireClient>[0]): Promise<void> {
  const client = requireClient(ctx, 'caseworker');
  const created = await registerHousehold(ctx, client, householdInput(uniqueSection()));
  for (let i = 0; i < 3; i += 1) await send(client, 'getHousehold', { path: { householdId: String(created.householdId) } });
}

/** 14.2.1, 14.2.2, 14.2.3: changes, reads and refused attempts on a household leave entries naming who, what and which. */
export const accessLogged = defineCheck({
  id: 'audit.access-logged',
  title: {
    ja: '世帯の登録・更新・照会・一覧及び権限のない照会の拒否が、操作者・役割・操作・対象とともに監査ログに記録される',
    en: 'Registering, changing, reading and listing a household, and a refused read, are logged with actor, role, operation and subject',
  },
  verifies: ['14.2.1', '14.2.2', '14.2.3', '14.2.7'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const admin = requireClient(ctx, 'system-admin');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const created = await registerHousehold(ctx, client, householdInput(section));
    const householdId = String(created.householdId);
    const memberId = String(membersOf(created)[0]?.memberId ?? '');
    const read = await send(client, 'getHousehold', { path: { householdId } });
    const etag = read.headers.get('etag');
    expectBody(ctx, await send(client, 'updateHousehold', { path: { householdId }, body: { monthlyRent: 30000 }, ...(etag !== null && { headers: { 'if-match': etag } }) }), 200, { ja: '世帯の変更（updateHousehold）', en: 'updating the household (updateHousehold)' });
    expectBody(ctx, await send(client, 'getMember', { path: { memberId } }), 200, { ja: '世帯員の照会（getMember）', en: 'reading the member (getMember)' });
    expectBody(ctx, await send(client, 'listHouseholds', { query: { section } }), 200, { ja: '世帯の一覧（listHouseholds）', en: 'listing households (listHouseholds)' });
    const denied = await send(admin, 'getHousehold', { path: { householdId } });
    if (denied.status !== 403) ctx.note(`system-admin getHousehold answered ${denied.status}`);

    const entries = await auditOf(ctx, { householdId });
    const expect = (operationId: string, outcome: string, role: string, extra: (e: Json) => boolean = () => true) => {
      const hit = entries.find((e) => e.operationId === operationId && e.outcome === outcome && isObject(e.actor) && e.actor.role === role && typeof e.actor.staffId === 'string' && typeof e.occurredAt === 'string' && extra(e));
      if (!hit) fault(faults, { ja: operationId, en: operationId }, { ja: `世帯 ${householdId} の監査ログ（結果 ${outcome}、役割 ${role}）がない`, en: `no audit entry for household ${householdId} (outcome ${outcome}, role ${role})` });
    };
    expect('createHousehold', 'success', 'caseworker');
    expect('updateHousehold', 'success', 'caseworker');
    expect('getHousehold', 'success', 'caseworker');
    if (denied.status === 403) expect('getHousehold', 'denied', 'system-admin');
    const memberEntries = await auditOf(ctx, { memberId });
    if (!memberEntries.some((e) => e.operationId === 'getMember' && e.outcome === 'success')) {
      fault(faults, { ja: 'getMember', en: 'getMember' }, { ja: `世帯員 ${memberId} の参照の監査ログがない`, en: `no audit entry for reading member ${memberId}` });
    }
    const lists = await auditOf(ctx, { operationId: 'listHouseholds', outcome: 'success' });
    if (!lists.some((e) => typeof e.query === 'string' && (e.query.includes(section) || decoded(e.query).includes(section)) && e.resultCount === 1)) {
      fault(faults, { ja: 'listHouseholds', en: 'listHouseholds' }, { ja: '一覧の監査ログに検索条件と該当件数（1）がない', en: 'no audit entry of the list with its conditions and count (1)' });
    }
    // 14.2.7: the filters narrow the log.
    if (entries.some((e) => e.householdId !== undefined && e.householdId !== householdId)) fault(faults, { ja: '世帯番号による絞込み', en: 'filter by household' }, { ja: '他の世帯の記録が含まれる', en: 'entries of other households are included' });
    if (lists.some((e) => e.operationId !== 'listHouseholds' || e.outcome !== 'success')) fault(faults, { ja: '操作・結果による絞込み', en: 'filter by operation and outcome' }, { ja: '条件に合わない記録が含まれる', en: 'entries not matching are included' });

    failWith(ctx, { ja: '個人データへのアクセスが監査ログに記録されていない', en: 'Access to personal data is not logged' }, faults);
  },
});

/** 14.2.4: sequence without gaps, prevHash links and hash = SHA-256 of the RFC 8785 form without hash. */
export const auditChain = defineCheck({
  id: 'audit.hash-chain',
  title: {
    ja: '監査ログは欠番のない連番で、各記録のハッシュ値と直前の記録のハッシュ値が再計算と一致する',
    en: 'Audit entries are numbered without gaps and their hashes and links recompute',
  },
  verifies: ['14.2.4'],
  async run(ctx) {
    await someEntries(ctx);
    const manager = requireClient(ctx, 'manager');
    const answer = await send(manager, 'listAuditEntries', { query: { limit: 200 } });
    expectBody(ctx, answer, 200, { ja: '監査ログの参照', en: 'reading the audit log' });
    const entries = itemsOf(answer);
    if (entries.length < 2) ctx.skip('at least two audit entries');
    const faults: Fault[] = [];
    for (const [i, entry] of entries.entries()) {
      const { hash, ...rest } = entry;
      const computed = createHash('sha256').update(canonical(rest), 'utf8').digest('hex');
      if (hash !== computed) fault(faults, { ja: `連番 ${String(entry.sequence)}`, en: `sequence ${String(entry.sequence)}` }, { ja: 'ハッシュ値が再計算と一致しない', en: 'the hash does not recompute' });
      const previous = entries[i - 1];
      if (previous !== undefined) {
        if (entry.prevHash !== previous.hash) fault(faults, { ja: `連番 ${String(entry.sequence)}`, en: `sequence ${String(entry.sequence)}` }, { ja: '直前の記録のハッシュ値と一致しない', en: "prevHash is not the previous entry's hash" });
        if (entry.sequence !== Number(previous.sequence) + 1) fault(faults, { ja: `連番 ${String(entry.sequence)}`, en: `sequence ${String(entry.sequence)}` }, { ja: '連番に欠番がある', en: 'the sequence has a gap' });
      } else if (entry.sequence === 1 && entry.prevHash !== '0'.repeat(64)) {
        fault(faults, { ja: '連番 1', en: 'sequence 1' }, { ja: '最初の記録の prevHash が0の並びでない', en: 'the first prevHash is not 64 zeros' });
      }
      if (faults.length > 3) break;
    }
    failWith(ctx, { ja: '監査ログのハッシュ連鎖が正しくない', en: 'The audit-log hash chain is not correct' }, faults);
  },
});

/**
 * 14.2.5 (an option in 2.0, mandatory from 2.1): verifying the stored log says valid; a tampered copy is found at its
 * first broken entry. Runs in both editions (in 2.0 only when the option is declared: the runner omits it otherwise).
 */
export const auditVerification = defineCheck({
  id: 'audit.verification',
  title: {
    ja: '監査ログの検証は保存された記録を正常と判定し、改ざんした写しでは最初の不整合の連番と種類を示す',
    en: 'Verification finds the stored log intact and names the first broken entry and its kind in a tampered copy',
  },
  verifies: ['14.2.5'],
  async run(ctx) {
    await someEntries(ctx);
    const manager = requireClient(ctx, 'manager');
    const faults: Fault[] = [];
    const stored = expectBody(ctx, await send(manager, 'verifyAuditLog', { body: {} }), 200, { ja: '保存された監査ログの検証', en: 'verifying the stored log' });
    if (stored.valid !== true) fault(faults, { ja: '保存された監査ログの検証', en: 'verifying the stored log' }, { ja: '正常と判定されない', en: 'not found intact' });
    const entries = itemsOf(await send(manager, 'listAuditEntries', { query: { limit: 5 } }));
    if (entries.length < 3) ctx.skip('at least three audit entries');
    const copy = entries.map((e) => ({ ...e }));
    copy[1] = { ...copy[1], operationId: 'tampered' };
    const tampered = expectBody(ctx, await send(manager, 'verifyAuditLog', { body: { entries: copy } }), 200, { ja: '改ざんした写しの検証', en: 'verifying a tampered copy' });
    if (tampered.valid !== false || tampered.brokenAt !== copy[1]!.sequence || tampered.reason !== 'hash-mismatch') {
      fault(faults, { ja: '改ざんした写しの検証', en: 'verifying a tampered copy' }, { ja: `連番 ${String(copy[1]!.sequence)} の hash-mismatch を示さない`, en: `does not report hash-mismatch at sequence ${String(copy[1]!.sequence)}` });
    }
    failWith(ctx, { ja: '監査ログの検証が正しくない', en: 'Audit-log verification is not correct' }, faults);
  },
});

/** 14.2.6 (prohibited): no request changes or deletes an audit entry. */
export const auditAppendOnly = defineCheck({
  id: 'audit.no-change-or-delete',
  title: {
    ja: '監査ログの記録を変更・削除する要求はいずれも受け付けられず、記録は変わらない',
    en: 'No request changes or deletes an audit entry, and the entries stay as they were',
  },
  verifies: ['14.2.6'],
  async run(ctx) {
    await someEntries(ctx);
    const manager = requireClient(ctx, 'manager');
    const admin = requireClient(ctx, 'system-admin');
    const faults: Fault[] = [];
    const first = itemsOf(await send(manager, 'listAuditEntries', { query: { limit: 3 } }));
    if (first.length === 0) ctx.skip('an audit entry');
    const sequence = String(first[0]!.sequence);
    for (const client of [manager, admin]) {
      for (const [method, path, body] of [
        ['DELETE', '/audit-log', undefined],
        ['PUT', '/audit-log', { items: [] }],
        ['PATCH', '/audit-log', { items: [] }],
        ['DELETE', `/audit-log/${sequence}`, undefined],
        ['PUT', `/audit-log/${sequence}`, { ...first[0], operationId: 'tampered' }],
        ['PATCH', `/audit-log/${sequence}`, { operationId: 'tampered' }],
        ['POST', '/audit-log', { ...first[0], operationId: 'tampered' }],
      ] as const) {
        const answer = await sendRaw(client, method, path, body);
        if (answer.status < 400) fault(faults, { ja: `${method} ${path}`, en: `${method} ${path}` }, { ja: `${answer.status} で応答した`, en: `answered ${answer.status}` });
      }
    }
    const again = itemsOf(await send(manager, 'listAuditEntries', { query: { limit: 3 } }));
    if (JSON.stringify(again.slice(0, first.length)) !== JSON.stringify(first)) fault(faults, { ja: '監査ログ', en: 'the audit log' }, { ja: '先頭の記録が変わった', en: 'the first entries changed' });
    failWith(ctx, { ja: '監査ログを変更・削除する機能がある', en: 'Audit entries can be changed or deleted' }, faults);
  },
});

/** 13.4.3 (prohibited): the 個人番号 appears neither in error answers nor in audit entries. */
export const myNumberNotInLogsOrErrors = defineCheck({
  id: 'data.my-number-not-in-logs-or-errors',
  title: {
    ja: '個人番号はエラー応答（不正な個人番号の拒否を含む）にも監査ログにも記載されない',
    en: 'The individual number appears neither in error answers (a refused bad number included) nor in audit entries',
  },
  verifies: ['13.4.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const good = testMyNumber();
    const created = await registerHousehold(ctx, client, householdInput(uniqueSection(), { members: [member({ myNumber: good })] }));
    const householdId = String(created.householdId);
    const memberId = String(membersOf(created)[0]?.memberId ?? '');
    const bad = withWrongCheckDigit(testMyNumber());
    const child = member({ name: { family: '見本', given: '次郎', familyKana: 'ミホン', givenKana: 'ジロウ' }, birthDate: '2015-08-09', relationship: '03', myNumber: bad });
    const refused = await send(client, 'addMember', { path: { householdId }, body: child });
    if (refused.status < 400) fault(faults, { ja: '不正な個人番号の addMember', en: 'addMember with a bad number' }, { ja: `拒否されず ${refused.status}`, en: `not refused (${refused.status})` });
    if (refused.text.includes(bad) || refused.text.includes(bad.slice(0, 11))) fault(faults, { ja: '不正な個人番号の addMember', en: 'addMember with a bad number' }, { ja: 'エラー応答に個人番号が記載されている', en: 'the error answer carries the number' });
    // A refusal of another item in the same request (a second head) must not echo the valid number either.
    const other = testMyNumber();
    const second = await send(client, 'addMember', { path: { householdId }, body: { ...child, relationship: '01', myNumber: other } });
    if (second.status >= 400 && second.text.includes(other)) fault(faults, { ja: '拒否された addMember', en: 'a refused addMember' }, { ja: 'エラー応答に個人番号が記載されている', en: 'the error answer carries the number' });
    const read = await send(client, 'getMember', { path: { memberId } });
    const etag = read.headers.get('etag');
    const badUpdate = await send(client, 'updateMember', { path: { memberId }, body: { myNumber: bad }, ...(etag !== null && { headers: { 'if-match': etag } }) });
    if (badUpdate.text.includes(bad) || badUpdate.text.includes(bad.slice(0, 11))) fault(faults, { ja: '不正な個人番号の updateMember', en: 'updateMember with a bad number' }, { ja: 'エラー応答に個人番号が記載されている', en: 'the error answer carries the number' });

    const entries = [...(await auditOf(ctx, { householdId })), ...(await auditOf(ctx, { memberId }))];
    if (entries.length === 0) ctx.skip('audit entries of the test household');
    const text = JSON.stringify(entries);
    for (const n of [good, bad, other]) {
      if (text.includes(n) || text.includes(n.slice(0, 11))) fault(faults, { ja: '監査ログ', en: 'the audit log' }, { ja: '監査ログに個人番号が記載されている', en: 'an audit entry carries a number' });
    }
    failWith(ctx, { ja: '個人番号がエラー応答又は監査ログに記載された', en: 'The individual number was written to an error answer or the audit log' }, faults);
  },
});
