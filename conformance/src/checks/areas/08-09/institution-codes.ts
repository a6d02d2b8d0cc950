import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { isObject, send } from '../../support/http.ts';
import { dayOf, failIfAny, listAll, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { careTicket, ELDER, issue, medicalTicket, protectedMember, WITH_CARE } from './ticket-fixtures.ts';

/** Codes that are not ten half-width digits: too short, too long, a letter, full-width digits. */
const MALFORMED: { code: string; ja: string; en: string }[] = [
  { code: '991234567', ja: '9桁', en: '9 digits' },
  { code: '99123456789', ja: '11桁', en: '11 digits' },
  { code: '99A1234567', ja: '英字を含む', en: 'with a letter' },
  { code: '９９１２３４５６７８', ja: '全角数字', en: 'full-width digits' },
];

/** Two codes of the test range that differ only in their third digit (the same last seven digits). */
function twinCodes(): [string, string] {
  const tail = testInstitutionCode().slice(3);
  return [`991${tail}`, `992${tail}`];
}

/** Sends each malformed code; records every one that is not refused as an input error (400 or 422). */
async function refuseMalformed(client: HogoClient<Edition>, operationId: string, body: (code: string) => { path?: Record<string, string>; body: unknown }, what: { ja: string; en: string }, faults: Fault[]): Promise<void> {
  for (const bad of MALFORMED) {
    const answer = await send(client, operationId, body(bad.code));
    if (answer.status !== 400 && answer.status !== 422) {
      faults.push({ ja: `${bad.ja}の${what.ja}「${bad.code}」が入力誤りとして拒否されなかった（${operationId} の状態コード ${answer.status}）`, en: `a ${what.en} of ${bad.en} (${bad.code}) was not refused as an input error (${operationId} answered ${answer.status})` });
    }
  }
}

/** Two tickets whose codes share their last seven digits are both issued, each read back with its own full code. */
async function twinsAreDistinct(ctx: CheckContext, clerk: HogoClient<Edition>, op: { issue: string; get: string; field: string }, body: (code: string) => Record<string, unknown>, faults: Fault[]): Promise<void> {
  const [first, second] = twinCodes();
  await issue(ctx, clerk, op.issue, body(first), { ja: `番号 ${first} の券の発行`, en: `issuing the ticket for ${first}` });
  const other = await send(clerk, op.issue, { body: body(second) });
  if (other.status !== 201 || !isObject(other.body)) {
    faults.push({ ja: `上3桁だけが異なる別の番号 ${second} の券が発行されなかった（${op.issue} の状態コード ${other.status}）: 10桁全体で特定していない`, en: `a ticket for ${second}, another code differing only in its first three digits, was not issued (${op.issue} answered ${other.status}): the code is not identified by all ten digits` });
    return;
  }
  const read = await send(clerk, op.get, { path: { ticketId: String(other.body.ticketId) } });
  const stored = isObject(read.body) ? read.body[op.field] : undefined;
  if (stored !== second) faults.push({ ja: `券の番号が ${second} ではなく ${String(stored)} として照会された`, en: `the ticket reads back with ${String(stored)} instead of ${second}` });
}

/** 08.2.2: the 医療機関コード is ten digits — malformed codes are refused (tickets and opinions), a code is identified by all ten digits. */
export const institutionCodeTenDigits = defineCheck({
  id: 'medical.institution-code-ten-digits',
  title: {
    ja: '指定医療機関は10桁の数字の医療機関コードで特定され、桁数・文字種の異なるコードは入力誤りとして拒否される',
    en: 'Institutions are identified by a 10-digit code; codes of another length or other characters are refused as input errors',
  },
  verifies: ['08.2.2'],
  async run(ctx) {
    const { clerk, month, memberId } = await protectedMember(ctx);
    const faults: Fault[] = [];
    await refuseMalformed(clerk, 'issueMedicalTicket', (code) => ({ body: medicalTicket(memberId, month, code) }), { ja: '医療券の医療機関コード', en: 'ticket institution code' }, faults);
    const opinion = (code: string) => ({ institutionCode: code, receivedOn: dayOf(month, 5), careRequired: true, periodFrom: month, periodTo: month });
    await refuseMalformed(clerk, 'createMedicalOpinion', (code) => ({ path: { memberId }, body: opinion(code) }), { ja: '医療要否意見書の医療機関コード', en: 'opinion institution code' }, faults);
    const left = await listAll(ctx, clerk, 'listMedicalTickets', { memberId }, { ja: '医療券の一覧（listMedicalTickets）', en: 'listing the tickets (listMedicalTickets)' });
    if (left.length > 0) faults.push({ ja: `拒否の後に世帯員の医療券が ${left.length} 枚ある`, en: `${left.length} tickets exist for the member after the refusals` });
    await twinsAreDistinct(ctx, clerk, { issue: 'issueMedicalTicket', get: 'getMedicalTicket', field: 'institutionCode' }, (code) => medicalTicket(memberId, month, code), faults);
    failIfAny(ctx, faults);
  },
});

/** 09.1.2: the 介護事業所番号 is ten digits — malformed numbers are refused, a provider is identified by all ten digits. */
export const providerNumberTenDigits = defineCheck({
  id: 'care.provider-number-ten-digits',
  title: {
    ja: '指定介護機関は10桁の数字の介護事業所番号で特定され、桁数・文字種の異なる番号は入力誤りとして拒否される',
    en: 'Care providers are identified by a 10-digit number; numbers of another length or other characters are refused as input errors',
  },
  verifies: ['09.1.2'],
  async run(ctx) {
    const { clerk, month, memberId } = await protectedMember(ctx, { fujo: WITH_CARE, members: [ELDER] });
    const faults: Fault[] = [];
    await refuseMalformed(clerk, 'issueCareTicket', (code) => ({ body: careTicket(memberId, month, code) }), { ja: '介護事業所番号', en: 'provider number' }, faults);
    const left = await listAll(ctx, clerk, 'listCareTickets', { memberId }, { ja: '介護券の一覧（listCareTickets）', en: 'listing the care tickets (listCareTickets)' });
    if (left.length > 0) faults.push({ ja: `拒否の後に世帯員の介護券が ${left.length} 枚ある`, en: `${left.length} care tickets exist for the member after the refusals` });
    await twinsAreDistinct(ctx, clerk, { issue: 'issueCareTicket', get: 'getCareTicket', field: 'providerNumber' }, (code) => careTicket(memberId, month, code), faults);
    failIfAny(ctx, faults);
  },
});
