import { codeLists, type Edition, type HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, LG_CODE, member, uniqueSection } from '../../data/fixtures.ts';
import { membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { parseCsv } from './csv.ts';
import { fault } from './shared.ts';

/** An extraction's answer: the raw text, its records (header first) and what breaks RFC 4180. */
export interface Extracted {
  text: string;
  contentType: string;
  rows: string[][];
  faults: string[];
}

/** Runs createExtraction; anything but a 200 ends the check as failed, naming the conditions. */
export async function extract(ctx: CheckContext, client: HogoClient<Edition>, body: Json): Promise<Extracted> {
  const answer = await send(client, 'createExtraction', { body });
  if (answer.status !== 200) {
    return ctx.fail({ ja: `抽出（createExtraction、条件 ${JSON.stringify(body)}）が 200 で応答しなかった（状態コード ${answer.status}）`, en: `the extraction (createExtraction, ${JSON.stringify(body)}) did not answer 200 (status ${answer.status})` });
  }
  return { text: answer.text, contentType: answer.headers.get('content-type') ?? '', ...parseCsv(answer.text) };
}

/** The data records (after the header) as one string each, sorted, for comparing as sets. */
const records = (e: Extracted) => e.rows.slice(1).map((r) => r.join('|')).sort();

/** Records a fault unless the extraction's data records are exactly `expected` (in any order). */
export function expectRecords(faults: Fault[], step: Fault, got: Extracted, expected: string[][]): void {
  const want = expected.map((r) => r.join('|')).sort();
  const have = records(got);
  if (JSON.stringify(want) !== JSON.stringify(have)) {
    fault(faults, step, { ja: `該当する ${want.length} 行でなく ${have.length} 行（${have.slice(0, 4).join('、')}）`, en: `${have.length} records instead of the ${want.length} matching (${have.slice(0, 4).join('; ')})` });
  }
}

/** Households of the extraction checks: two in section A (worker X with two members, worker Y), one in B (worker X). */
async function threeHouseholds(ctx: CheckContext, client: HogoClient<Edition>) {
  const [a, b] = [uniqueSection(), uniqueSection()];
  const [x, y] = [`抽出X-${a.slice(-6)}`, `抽出Y-${a.slice(-6)}`];
  const spouse = member({ name: { family: '見本', given: '花子' }, sex: '2', relationship: '02', birthDate: '1982-06-15' });
  const h1 = await registerHousehold(ctx, client, householdInput(a, { assignedCaseworker: x, members: [member(), spouse] }));
  const h2 = await registerHousehold(ctx, client, householdInput(a, { assignedCaseworker: y }));
  const h3 = await registerHousehold(ctx, client, householdInput(b, { assignedCaseworker: x }));
  const id = (h: Json) => String(h.householdId);
  const memberIds = (h: Json) => membersOf(h).map((m) => String(m.memberId));
  const head = (h: Json) => String(membersOf(h).find((m) => m.relationship === '01')?.memberId);
  return { a, b, x, y, h1: id(h1), h2: id(h2), h3: id(h3), members: [memberIds(h1), memberIds(h2)] as const, heads: [head(h1), head(h2)] as const };
}

/** 13.5.1: the households of a section, of a case worker, or given by id, and no others, are extracted as CSV. */
export const extractionByConditions = defineCheck({
  id: 'data.extraction-by-section-worker-household',
  title: {
    ja: '係・地区担当員・世帯を条件とする抽出は、該当する世帯のみをCSVで出力する',
    en: 'Extractions by section, case worker or household output exactly the matching households as CSV',
  },
  verifies: ['13.5.1'],
  editions: ['2.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const f = await threeHouseholds(ctx, client);
    const items = ['household-id'];
    for (const [conditions, expected, what] of [
      [{ sections: [f.a] }, [f.h1, f.h2], { ja: '係による抽出', en: 'by section' }],
      [{ assignedCaseworkers: [f.x] }, [f.h1, f.h3], { ja: '地区担当員による抽出', en: 'by case worker' }],
      [{ householdIds: [f.h2, f.h3] }, [f.h2, f.h3], { ja: '世帯による抽出', en: 'by household' }],
      [{ sections: [f.a], assignedCaseworkers: [f.x] }, [f.h1], { ja: '係かつ地区担当員による抽出', en: 'by section and case worker' }],
    ] as const) {
      const got = await extract(ctx, client, { unit: 'household', items, header: 'code', ...conditions });
      if (got.rows[0]?.join(',') !== 'household-id') fault(faults, what, { ja: '見出し行が household-id でない', en: 'the header row is not household-id' });
      expectRecords(faults, what, got, expected.map((h) => [h]));
    }
    failWith(ctx, { ja: '条件による抽出が正しくない', en: 'Extraction by conditions is not correct' }, faults);
  },
});

/** 13.5.4: unit=member gives a row per member; unit=household a row per household (member items of the head). */
export const extractionUnit = defineCheck({
  id: 'data.extraction-per-household-or-member',
  title: {
    ja: '抽出は世帯ごとに一行（世帯員の項目は世帯主）又は世帯員ごとに一行を選んで出力できる',
    en: 'An extraction outputs one row per household (member items of the head) or one row per member, as chosen',
  },
  verifies: ['13.5.4'],
  editions: ['2.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const f = await threeHouseholds(ctx, client);
    const items = ['household-id', 'member-id'];
    const perMember = await extract(ctx, client, { unit: 'member', items, header: 'code', sections: [f.a] });
    expectRecords(faults, { ja: '世帯員単位の抽出', en: 'per member' }, perMember, [...f.members[0].map((m) => [f.h1, m]), ...f.members[1].map((m) => [f.h2, m])]);
    const perHousehold = await extract(ctx, client, { unit: 'household', items, header: 'code', sections: [f.a] });
    expectRecords(faults, { ja: '世帯単位の抽出', en: 'per household' }, perHousehold, [[f.h1, f.heads[0]], [f.h2, f.heads[1]]]);
    failWith(ctx, { ja: '世帯単位・世帯員単位の抽出が正しくない', en: 'Extraction per household or per member is not correct' }, faults);
  },
});

/** 13.5.2 and 13.5.3: the chosen items in the chosen order, named in the header; UTF-8, CRLF, RFC 4180 quoting, characters as stored. */
export const extractionItemsAndFormat = defineCheck({
  id: 'data.extraction-items-and-csv-format',
  title: {
    ja: '抽出は指定した項目を指定した順に見出し行とともに出力し、CSVは UTF-8・CRLF・RFC 4180 の引用規則に従い、文字を変換しない',
    en: 'An extraction outputs the chosen items in the chosen order under a header row, as UTF-8 CSV with CRLF and RFC 4180 quoting, characters unchanged',
  },
  verifies: ['13.5.2', '13.5.3'],
  editions: ['2.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const address = { lgCode: LG_CODE, text: '見本町1-2,"見本"荘 𠮷' };
    const name = { family: '𠮷野', given: '葛\u{E0100}子' };
    const created = await registerHousehold(ctx, client, householdInput(section, { address, monthlyRent: 45000, members: [member({ name })] }));
    const items = ['monthly-rent', 'family-name', 'household-id', 'address', 'given-name'];
    const got = await extract(ctx, client, { unit: 'household', items, header: 'code', sections: [section] });
    const step = { ja: '項目を指定した抽出', en: 'the extraction of chosen items' };
    if (!/^text\/csv\b/i.test(got.contentType) || (/charset=/i.test(got.contentType) && !/charset="?utf-8/i.test(got.contentType))) {
      fault(faults, step, { ja: `メディア型が UTF-8 の text/csv でない（${got.contentType}）`, en: `the media type is not UTF-8 text/csv (${got.contentType})` });
    }
    for (const f of got.faults) fault(faults, step, { ja: `RFC 4180 に反する（${f}）`, en: `breaks RFC 4180 (${f})` });
    if (!got.text.endsWith('\r\n') || /[^\r]\n/.test(got.text)) fault(faults, step, { ja: '改行が CRLF でない', en: 'lines do not end with CRLF' });
    if (got.rows[0]?.join(',') !== items.join(',')) fault(faults, step, { ja: `見出し行が指定した順（${items.join(',')}）でなく ${got.rows[0]?.join(',')}`, en: `the header is ${got.rows[0]?.join(',')}, not the chosen order ${items.join(',')}` });
    const expected = ['45000', name.family, String(created.householdId), address.text, name.given];
    if (JSON.stringify(got.rows.slice(1)) !== JSON.stringify([expected])) {
      fault(faults, step, { ja: `行が登録した値（${expected.join(' / ')}）と異なる（${JSON.stringify(got.rows.slice(1))}）`, en: `the record differs from what was registered (${JSON.stringify(got.rows.slice(1))})` });
    }
    if (!got.text.includes('"見本町1-2,""見本""荘 𠮷"')) fault(faults, step, { ja: 'カンマと引用符を含む住所が引用符で囲まれ、引用符が二重にされていない', en: 'the address with a comma and quotes is not quoted with its quotes doubled' });

    const labels = ['household-id', 'monthly-rent'];
    const named = await extract(ctx, client, { unit: 'household', items: labels, sections: [section] });
    const names = labels.map((i) => (codeLists.extractionItem.codes as Record<string, { ja: string }>)[i]!.ja);
    if (named.rows[0]?.join(',') !== names.join(',')) fault(faults, { ja: '項目名の見出し', en: 'the header of item names' }, { ja: `見出し行が ${names.join(',')} でなく ${named.rows[0]?.join(',')}`, en: `the header is ${named.rows[0]?.join(',')}, not ${names.join(',')}` });
    failWith(ctx, { ja: '抽出の項目又はCSVの形式が正しくない', en: 'The extraction items or the CSV format are not correct' }, faults);
  },
});
