import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { householdInput, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { canonical, expectEqual, failWith, notRefused, refusedAsInvalid, type Fault } from './support.ts';

const DAY = '2024-06-03';

/** A household of its own with one member, and a liable relative of that member. */
async function householdWithObligor(ctx: CheckContext, worker: HogoClient<Edition>, extra: Json = {}): Promise<{ household: Json; memberId: string; obligor: Json; body: Json }> {
  const household = await registerHousehold(ctx, requireClient(ctx, 'intake'), householdInput(uniqueSection()));
  const memberId = String(membersOf(household)[0]?.memberId);
  const body = {
    memberId,
    name: { family: '見本', given: '一郎', familyKana: 'ミホン', givenKana: 'イチロウ' },
    kinship: '長男',
    category: '2',
    phone: '03-0000-0000',
    applicantViewOnInquiry: '照会してもよい',
    ...extra,
  };
  const answer = await send(worker, 'createSupportObligor', { path: { householdId: String(household.householdId) }, body });
  const obligor = expectBody(ctx, answer, 201, { ja: '扶養義務者の登録（createSupportObligor）', en: 'registering a liable relative (createSupportObligor)' });
  return { household, memberId, obligor, body };
}

async function obligorsOf(ctx: CheckContext, client: HogoClient<Edition>, householdId: string, query: Record<string, string> = {}): Promise<Json[]> {
  const answer = await send(client, 'listSupportObligors', { path: { householdId }, query: { ...query, limit: 100 } });
  const body = expectBody(ctx, answer, 200, { ja: '扶養義務者の一覧（listSupportObligors）', en: 'listing liable relatives (listSupportObligors)' });
  return Array.isArray(body.items) ? body.items.filter(isObject) : [];
}

async function readObligor(ctx: CheckContext, client: HogoClient<Edition>, householdId: string, obligorId: string): Promise<Json> {
  const found = (await obligorsOf(ctx, client, householdId)).find((o) => o.obligorId === obligorId);
  return found ?? ctx.fail({ ja: `扶養義務者 ${obligorId} が一覧にない`, en: `liable relative ${obligorId} is not listed` });
}

const step = (obligorId: string, body: Json) => ({ path: { obligorId }, body });

/** 02.2.1, 02.2.2, 02.2.8: relatives are registered per member and listed by the state of the support inquiry. */
export const obligorRegister = defineCheck({
  id: 'support.obligor-register-and-list',
  title: { ja: '世帯員ごとに扶養義務者を登録し、扶養照会の状況で一覧できる', en: 'Liable relatives are registered per member and listed by support-inquiry status' },
  verifies: ['02.2.1', '02.2.2', '02.2.8'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { household, memberId, obligor, body } = await householdWithObligor(ctx, worker);
    const hid = String(household.householdId);
    const second = expectBody(ctx, await send(worker, 'createSupportObligor', { path: { householdId: hid }, body: { memberId, name: { family: '見本', given: '花子' }, kinship: '妹', category: '2' } }), 201, { ja: '2人目の扶養義務者の登録', en: 'registering a second relative' });
    expectBody(ctx, await send(worker, 'recordSupportInquiry', step(String(second.obligorId), { action: 'exclude', date: DAY, exclusionReason: '08' })), 200, { ja: '照会しない扱い', en: 'excluding from inquiry' });
    const faults: Fault[] = [];
    const read = await readObligor(ctx, worker, hid, String(obligor.obligorId));
    for (const key of ['memberId', 'kinship', 'category', 'phone', 'applicantViewOnInquiry'] as const) expectEqual(faults, { ja: key, en: key }, read[key], body[key]);
    const name = isObject(read.name) ? read.name : {};
    expectEqual(faults, { ja: '氏名', en: 'name' }, [name.family, name.given], ['見本', '一郎']);
    expectEqual(faults, { ja: '扶養照会の状況', en: 'supportInquiryStatus' }, read.supportInquiryStatus, 'pending');
    const pending = (await obligorsOf(ctx, worker, hid, { supportInquiryStatus: 'pending' })).map((o) => o.obligorId);
    const excluded = (await obligorsOf(ctx, worker, hid, { supportInquiryStatus: 'excluded' })).map((o) => o.obligorId);
    expectEqual(faults, { ja: '未処理の一覧', en: 'the pending list' }, pending, [obligor.obligorId]);
    expectEqual(faults, { ja: '照会しないの一覧', en: 'the excluded list' }, excluded, [second.obligorId]);
    failWith(ctx, { ja: '扶養義務者の登録と一覧', en: 'registering and listing liable relatives' }, faults);
  },
});

/** 02.2.3, 02.2.4, 02.2.9: the inquiry date, the answer (money per month, non-financial support) and the Art. 24(8) notice. */
export const inquirySteps = defineCheck({
  id: 'support.inquiry-answer-and-notice',
  title: { ja: '扶養照会の実施日・回答（援助の可否と月額、精神的支援）・法第24条第8項の通知日を記録できる', en: 'The support inquiry, its answer and the Art. 24(8) notice are recorded' },
  verifies: ['02.2.3', '02.2.4', '02.2.9'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { household, obligor } = await householdWithObligor(ctx, worker);
    const id = String(obligor.obligorId);
    const steps: [string, Json][] = [
      ['扶養照会の実施', { action: 'inquire', date: DAY }],
      ['回答の記録', { action: 'recordAnswer', date: '2024-06-20', monthlySupportAmount: 20000, nonFinancialSupport: true, answerNote: '月2万円の仕送りが可能' }],
      ['法第24条第8項の通知', { action: 'priorNotice', date: '2024-06-25' }],
    ];
    for (const [ja, body] of steps) expectBody(ctx, await send(worker, 'recordSupportInquiry', step(id, body)), 200, { ja, en: `recordSupportInquiry ${String(body.action)}` });
    const read = await readObligor(ctx, worker, String(household.householdId), id);
    const faults: Fault[] = [];
    expectEqual(faults, { ja: '照会日', en: 'inquiredOn' }, read.inquiredOn, DAY);
    expectEqual(faults, { ja: '回答日', en: 'answeredOn' }, read.answeredOn, '2024-06-20');
    expectEqual(faults, { ja: '仕送り可能額', en: 'monthlySupportAmount' }, read.monthlySupportAmount, 20000);
    expectEqual(faults, { ja: '精神的支援の可否', en: 'nonFinancialSupport' }, read.nonFinancialSupport, true);
    expectEqual(faults, { ja: '第24条第8項の通知日', en: 'priorNoticeOn' }, read.priorNoticeOn, '2024-06-25');
    expectEqual(faults, { ja: '扶養照会の状況', en: 'supportInquiryStatus' }, read.supportInquiryStatus, 'answered');
    failWith(ctx, { ja: '扶養照会の記録', en: 'recording the support inquiry' }, faults);
  },
});

/** 02.2.5–02.2.7: no exclusion without a reason; each reason of the notice is recorded; 「その他」 needs the circumstances. */
export const exclusionReasons = defineCheck({
  id: 'support.exclusion-reasons',
  title: { ja: '扶養照会を行わない理由を必須とし、通知の各区分を記録でき、「その他」は具体的な事情を必須とする', en: 'Excluding a relative from inquiry needs a reason; each reason is recorded; "other" needs the circumstances' },
  verifies: ['02.2.5', '02.2.6', '02.2.7'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { household, obligor } = await householdWithObligor(ctx, worker);
    const hid = String(household.householdId);
    const oid = String(obligor.obligorId);
    const faults: Fault[] = [];
    const before = await readObligor(ctx, worker, hid, oid);
    for (const [label, body] of [
      ['理由のない照会しない扱い', { action: 'exclude', date: DAY }],
      ['事情の記載のない「その他」の理由', { action: 'exclude', date: DAY, exclusionReason: '99' }],
      ['事情が空白の「その他」の理由', { action: 'exclude', date: DAY, exclusionReason: '99', exclusionNote: '   ' }],
    ] as const) {
      const answer = await send(worker, 'recordSupportInquiry', step(oid, body));
      if (!refusedAsInvalid(answer)) faults.push(notRefused(answer, { ja: label, en: `exclusion: ${label}` }));
    }
    const after = await readObligor(ctx, worker, hid, oid);
    if (canonical(before) !== canonical(after)) faults.push({ ja: '拒否された記録の後で扶養義務者が変わっていた', en: 'the relative changed after the refused requests' });
    // Each reason of 社援保発0330第2号 (01–09), and 99 with its circumstances, on a relative of its own.
    for (const reason of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '99']) {
      const created = expectBody(ctx, await send(worker, 'createSupportObligor', { path: { householdId: hid }, body: { name: { family: '見本', given: `次郎${reason}` }, kinship: '弟', category: '2' } }), 201, { ja: '扶養義務者の登録', en: 'registering a relative' });
      const body = { action: 'exclude', date: DAY, exclusionReason: reason, ...(reason === '99' && { exclusionNote: '本人が幼少時から養護施設で育ち親族と交流がない' }) };
      const answer = await send(worker, 'recordSupportInquiry', step(String(created.obligorId), body));
      if (answer.status !== 200) {
        faults.push({ ja: `理由 ${reason} の照会しない扱いが記録できない（${answer.status}）`, en: `excluding with reason ${reason} was not recorded (${answer.status})` });
        continue;
      }
      const read = await readObligor(ctx, worker, hid, String(created.obligorId));
      expectEqual(faults, { ja: `理由 ${reason} の記録`, en: `the record of reason ${reason}` }, [read.supportInquiryStatus, read.exclusionReason], ['excluded', reason]);
    }
    failWith(ctx, { ja: '扶養照会を行わない理由', en: 'reasons for not inquiring' }, faults);
  },
});

/** 02.2.10: a relative excluded for DV or abuse can be neither asked nor notified. */
export const dvBlocksInquiry = defineCheck({
  id: 'support.dv-excluded-never-inquired',
  title: { ja: 'DV・虐待等を理由に照会しないとした扶養義務者への扶養照会・第24条第8項の通知を記録できない', en: 'A relative excluded for violence or abuse can be neither asked nor notified' },
  verifies: ['02.2.10'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { household, obligor } = await householdWithObligor(ctx, worker, { applicantViewOnInquiry: '元夫からの暴力があり照会を拒む' });
    const hid = String(household.householdId);
    const oid = String(obligor.obligorId);
    expectBody(ctx, await send(worker, 'recordSupportInquiry', step(oid, { action: 'exclude', date: DAY, exclusionReason: '09' })), 200, { ja: 'DV・虐待等を理由とする照会しない扱い', en: 'excluding for violence or abuse' });
    const before = await readObligor(ctx, worker, hid, oid);
    const faults: Fault[] = [];
    for (const action of ['inquire', 'priorNotice']) {
      const answer = await send(worker, 'recordSupportInquiry', step(oid, { action, date: '2024-06-10' }));
      if (answer.status < 400 || answer.status >= 500) faults.push(notRefused(answer, { ja: `DV・虐待等で除外した扶養義務者への ${action}`, en: `${action} for a relative excluded for violence or abuse` }, '4xx'));
    }
    const after = await readObligor(ctx, worker, hid, oid);
    if (canonical(before) !== canonical(after)) faults.push({ ja: '拒否された記録の後で扶養義務者が変わっていた', en: 'the relative changed after the refused requests' });
    if (after.inquiredOn !== undefined || after.priorNoticeOn !== undefined) faults.push({ ja: '照会日又は通知日が記録されていた', en: 'an inquiry or notice date was recorded' });
    failWith(ctx, { ja: 'DV・虐待等の経緯のある扶養義務者の保護', en: 'protecting victims of violence or abuse' }, faults);
  },
});
