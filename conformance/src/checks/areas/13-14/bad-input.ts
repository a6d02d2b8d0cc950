import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { carries } from './registration.ts';
import { fault, sendRaw, type RawOptions } from './shared.ts';

interface BadRequest {
  what: Fault;
  body?: unknown;
  options?: RawOptions;
}

const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

/** Bad bodies of createHousehold: broken JSON, wrong types, values far beyond their range. */
function badHouseholds(section: string): BadRequest[] {
  const valid = householdInput(section);
  const text = JSON.stringify({ ...valid, monthlyRent: 0 });
  return [
    { what: { ja: '閉じていないJSON', en: 'unterminated JSON' }, options: { text: '{"lgCode": "131016", "members": [' } },
    { what: { ja: '末尾にカンマのあるJSON', en: 'JSON with a trailing comma' }, options: { text: '{"lgCode": "131016",}' } },
    { what: { ja: '本文が null', en: 'a null body' }, options: { text: 'null' } },
    { what: { ja: 'JSONでない本文（text/plain）', en: 'a text/plain body' }, options: { text: '世帯', headers: { 'content-type': 'text/plain' } } },
    { what: { ja: '世帯員が文字列', en: 'members as a string' }, body: { ...valid, members: '見本' } },
    { what: { ja: '世帯員に null', en: 'a null member' }, body: { ...valid, members: [null] } },
    { what: { ja: '家賃月額が文字列', en: 'the rent as a string' }, body: { ...valid, monthlyRent: '四万円' } },
    { what: { ja: '家賃月額が 1e400', en: 'the rent as 1e400' }, options: { text: text.replace('"monthlyRent":0', '"monthlyRent":1e400') } },
    { what: { ja: '家賃月額が 2の70乗', en: 'the rent as 2^70' }, options: { text: text.replace('"monthlyRent":0', '"monthlyRent":1180591620717411303424') } },
    { what: { ja: '生年月日が数値', en: 'the birth date as a number' }, body: { ...valid, members: [{ ...member(), birthDate: 19800401 }] } },
    { what: { ja: '1万文字の氏', en: 'a family name of 10,000 characters' }, body: { ...valid, members: [member({ name: { family: '見'.repeat(10_000), given: '太郎' } })] } },
    { what: { ja: '300人の世帯員', en: '300 members' }, body: { ...valid, members: Array.from({ length: 300 }, () => member()) } },
    { what: { ja: '500段の入れ子', en: 'nesting 500 levels deep' }, body: { ...valid, members: nested(500) } },
  ];
}

/** Bad bodies and headers of updateMember (with the member's current ETag unless the If-Match itself is the fault). */
function badMemberUpdates(etag: string): BadRequest[] {
  const ifMatch = { 'if-match': etag };
  return [
    { what: { ja: '閉じていないJSON', en: 'unterminated JSON' }, options: { text: '{"name": {"family": "見本"', headers: ifMatch } },
    { what: { ja: '続柄が数値', en: 'the relationship as a number' }, body: { relationship: 1 }, options: { headers: ifMatch } },
    { what: { ja: '氏名が null', en: 'a null name' }, body: { name: null }, options: { headers: ifMatch } },
    { what: { ja: '介護保険被保険者が文字列', en: 'care insurance as a string' }, body: { careInsuranceInsured: 'はい' }, options: { headers: ifMatch } },
    { what: { ja: 'ETagの形式でないIf-Match', en: 'an If-Match that is not an entity tag' }, body: { workStatus: '1' }, options: { headers: { 'if-match': 'not-an-etag' } } },
    { what: { ja: '引用符の閉じていないIf-Match', en: 'an If-Match with an unclosed quote' }, body: { workStatus: '1' }, options: { headers: { 'if-match': '"abc' } } },
  ];
}

/**
 * Bad data sets: only ones nothing could load (broken JSON), except under validate-only import (option 13.6.5),
 * which loads nothing — the suite never risks replacing a target's data.
 */
function badDataSets(edition: string, validate: boolean): BadRequest[] {
  const broken = '{"formatVersion": "1.0", "households": [';
  return [
    { what: { ja: '閉じていないJSONの移行データ', en: 'an unterminated data set' }, options: { text: broken, query: { mode: 'replace' } } },
    { what: { ja: '取込方法が不正で閉じていないJSON', en: 'an unknown mode and unterminated JSON' }, options: { text: broken, query: { mode: 'merge' } } },
    ...(validate ? [
      { what: { ja: '型の誤った移行データの検証', en: 'validating a data set of wrong types' }, body: { formatVersion: 1, edition: 2.1, exportedAt: 'x', households: '見本' }, options: { query: { mode: 'validate' } } },
      { what: { ja: '世帯の型の誤った移行データの検証', en: 'validating a data set with wrong household types' }, body: { formatVersion: '1.0', edition, exportedAt: new Date().toISOString(), households: [{ householdId: 7, members: '見本' }] }, options: { query: { mode: 'validate' } } },
    ] : []),
  ];
}

/** 14.3.5: broken JSON, wrong types and values far out of range get a 4xx, never a 5xx (or a success). */
export const noServerErrorOnBadInput = defineCheck({
  id: 'common.no-server-error-on-bad-input',
  title: {
    ja: '構文の誤ったJSON、型の誤り、過大な値等の不正な入力には、5xx ではなく 4xx で応答する',
    en: 'Broken JSON, wrong types and oversized values are answered with 4xx, never 5xx',
  },
  verifies: ['14.3.5'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const manager = requireClient(ctx, 'manager');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const created = await registerHousehold(ctx, client, householdInput(section));
    const memberId = String(membersOf(created)[0]?.memberId ?? '');
    const etag = (await send(client, 'getMember', { path: { memberId } })).headers.get('etag') ?? '"none"';
    const runs: [string, typeof client, string, string, BadRequest[]][] = [
      ['createHousehold', client, 'POST', '/households', badHouseholds(section)],
      ['updateMember', client, 'PATCH', `/members/${memberId}`, badMemberUpdates(etag)],
      ['importDataSet', manager, 'POST', '/migration/import', badDataSets(ctx.edition, ctx.declared.has('13.6.5'))],
    ];
    for (const [operationId, sender, method, path, requests] of runs) {
      for (const { what, body, options } of requests) {
        const answer = await sendRaw(sender, method, path, body, options);
        if (answer.status < 400 || answer.status >= 500) {
          fault(faults, { ja: `${what.ja}（${operationId}）`, en: `${what.en} (${operationId})` }, { ja: `4xx でなく ${answer.status} で応答した`, en: `answered ${answer.status}, not 4xx` });
        }
      }
    }
    const after = await send(client, 'getMember', { path: { memberId } });
    if (after.status !== 200 || !carries(membersOf(created)[0]?.name, (after.body as Json).name)) {
      fault(faults, { ja: '不正な入力の後の世帯員の照会', en: 'reading the member after the bad input' }, { ja: '世帯員が変わった又は照会できない', en: 'the member changed or cannot be read' });
    }
    failWith(ctx, { ja: '不正な入力に 4xx で応答しない', en: 'Bad input is not answered with 4xx' }, faults);
  },
});
