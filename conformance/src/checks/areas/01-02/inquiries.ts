import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { householdInput, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, registerHousehold, type Json } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { decideStart } from './flow.ts';
import { addDays, expectEqual, failWith, notRefused, readApplication, refusedAsInvalid, registerApplication, writtenApplication, type Fault } from './support.ts';

const inquiry = (householdId: string, overrides: Json = {}): Json => ({
  householdId,
  targetType: '1',
  targetName: { family: '見本', given: '太郎' },
  recipientType: '04',
  recipientName: '見本銀行 本店',
  items: ['02'],
  itemsNote: '普通預金の残高',
  sentOn: '2024-07-01',
  answerDueDate: '2024-07-15',
  ...overrides,
});

async function inquiriesOf(ctx: CheckContext, client: HogoClient<Edition>, query: Record<string, string | boolean>): Promise<Json[]> {
  const body = expectBody(ctx, await send(client, 'listInquiries', { query: { ...query, limit: 100 } }), 200, { ja: '照会の一覧（listInquiries）', en: 'listing inquiries (listInquiries)' });
  return Array.isArray(body.items) ? body.items.filter(isObject) : [];
}

/** 02.1.1, 02.1.2, 02.1.4: a 第29条 inquiry is recorded, answered, and listed for its household with its state. */
export const inquiryRecord = defineCheck({
  id: 'inquiry.record-answer-and-list',
  title: { ja: '法第29条の照会を記録し、回答を記録して回答済とし、世帯ごとに状況を一覧できる', en: 'An Art. 29 inquiry is recorded, answered and listed for its household' },
  verifies: ['02.1.1', '02.1.2', '02.1.4'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const household = await registerHousehold(ctx, requireClient(ctx, 'intake'), householdInput(uniqueSection()));
    const hid = String(household.householdId);
    const body = inquiry(hid, { items: ['02', '03'] });
    const created = expectBody(ctx, await send(worker, 'createInquiry', { body }), 201, { ja: '照会の登録（createInquiry）', en: 'recording an inquiry (createInquiry)' });
    const other = expectBody(ctx, await send(worker, 'createInquiry', { body: inquiry(hid, { recipientType: '02', recipientName: '年金事務所', items: ['03'] }) }), 201, { ja: '2件目の照会の登録', en: 'recording a second inquiry' });
    // An inquiry of another household, which the list of this household must leave out.
    const elsewhere = await registerHousehold(ctx, requireClient(ctx, 'intake'), householdInput(uniqueSection()));
    expectBody(ctx, await send(worker, 'createInquiry', { body: inquiry(String(elsewhere.householdId)) }), 201, { ja: '他の世帯の照会の登録', en: 'recording an inquiry of another household' });
    const qid = String(created.inquiryId);
    const answer = { answeredOn: '2024-07-10', summary: '普通預金残高 12,000円', assetAmount: 12000 };
    expectBody(ctx, await send(worker, 'recordInquiryAnswer', { path: { inquiryId: qid }, body: answer }), 200, { ja: '回答の記録（recordInquiryAnswer）', en: 'recording the answer (recordInquiryAnswer)' });
    const listed = await inquiriesOf(ctx, worker, { householdId: hid, asOf: '2024-07-20' });
    const faults: Fault[] = [];
    expectEqual(faults, { ja: '世帯の照会', en: 'the inquiries of the household' }, listed.map((i) => i.inquiryId).sort(), [qid, String(other.inquiryId)].sort());
    const read = listed.find((i) => i.inquiryId === qid) ?? {};
    for (const key of ['targetType', 'recipientType', 'recipientName', 'items', 'sentOn'] as const) expectEqual(faults, { ja: key, en: key }, read[key], body[key]);
    expectEqual(faults, { ja: '状態', en: 'status' }, read.status, 'answered');
    expectEqual(faults, { ja: '回答日', en: 'answeredOn' }, read.answeredOn, '2024-07-10');
    expectEqual(faults, { ja: '回答内容', en: 'answerSummary' }, read.answerSummary, answer.summary);
    const unanswered = listed.find((i) => i.inquiryId === other.inquiryId) ?? {};
    expectEqual(faults, { ja: '未回答の照会の状態', en: 'the status of the unanswered inquiry' }, unanswered.status, 'sent');
    const answeredOnly = await inquiriesOf(ctx, worker, { householdId: hid, status: 'answered' });
    expectEqual(faults, { ja: '回答済の照会の一覧', en: 'the answered inquiries' }, answeredOnly.map((i) => i.inquiryId), [qid]);
    failWith(ctx, { ja: '関係先照会', en: 'inquiries' }, faults);
  },
});

/** 02.1.3: inquiries unanswered after their answer date are listed for a given day. */
export const inquiryOverdue = defineCheck({
  id: 'inquiry.overdue-answers',
  title: { ja: '基準日に回答期限を過ぎて未回答の照会を一覧できる', en: 'Inquiries unanswered past their due date are listed for a given day' },
  verifies: ['02.1.3'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const household = await registerHousehold(ctx, requireClient(ctx, 'intake'), householdInput(uniqueSection()));
    const hid = String(household.householdId);
    const open = expectBody(ctx, await send(worker, 'createInquiry', { body: inquiry(hid) }), 201, { ja: '照会の登録', en: 'recording an inquiry' });
    const done = expectBody(ctx, await send(worker, 'createInquiry', { body: inquiry(hid) }), 201, { ja: '照会の登録', en: 'recording an inquiry' });
    expectBody(ctx, await send(worker, 'recordInquiryAnswer', { path: { inquiryId: String(done.inquiryId) }, body: { answeredOn: '2024-07-12', summary: '該当なし', noRecord: true } }), 200, { ja: '回答の記録', en: 'recording an answer' });
    const faults: Fault[] = [];
    const onDue = await inquiriesOf(ctx, worker, { householdId: hid, answerOverdue: true, asOf: '2024-07-15' });
    expectEqual(faults, { ja: '回答期限当日の期限超過の一覧', en: 'overdue on the due date' }, onDue.map((i) => i.inquiryId), []);
    const after = await inquiriesOf(ctx, worker, { householdId: hid, answerOverdue: true, asOf: '2024-07-16' });
    expectEqual(faults, { ja: '回答期限翌日の期限超過の一覧', en: 'overdue the day after the due date' }, after.map((i) => i.inquiryId), [open.inquiryId]);
    failWith(ctx, { ja: '回答期限を過ぎた照会', en: 'overdue inquiries' }, faults);
  },
});

/** 02.1.5: an inquiry about a former recipient may only concern the period of protection. */
export const formerRecipientPeriod = defineCheck({
  id: 'inquiry.former-recipient-protected-period-only',
  title: { ja: '被保護者であった者についての照会は保護を受けていた期間の事項に限る', en: 'An inquiry about a former recipient may only concern the period of protection' },
  verifies: ['02.1.5'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const worker = requireClient(ctx, 'caseworker');
    const household = await registerHousehold(ctx, intake, householdInput(uniqueSection()));
    const hid = String(household.householdId);
    const date = '2024-05-07';
    const app = await registerApplication(ctx, intake, writtenApplication(date));
    const aid = String(app.applicationId);
    expectBody(ctx, await send(worker, 'startInvestigation', { path: { applicationId: aid }, body: { startedOn: date, householdId: hid } }), 200, { ja: '調査の開始', en: 'starting the investigation' });
    await decideStart(ctx, worker, aid, date);
    const started = await readApplication(ctx, intake, aid);
    if (started.status !== 'started') ctx.fail({ ja: '試験用の世帯の保護が開始されなかった', en: 'the test household was not started' });
    const faults: Fault[] = [];
    for (const targetType of ['2', '4']) {
      const outside = inquiry(hid, { targetType, recipientType: '06', recipientName: '見本商事', items: ['03'], periodFrom: '2023-01-01', periodTo: '2023-12-31', sentOn: '2024-09-01', answerDueDate: '2024-09-15' });
      const before = await inquiriesOf(ctx, worker, { householdId: hid });
      const answer = await send(worker, 'createInquiry', { body: outside });
      if (!refusedAsInvalid(answer)) faults.push(notRefused(answer, { ja: `保護期間外（保護開始前）の事項の照会（対象者種別 ${targetType}）`, en: `an inquiry (target ${targetType}) about a period before protection` }));
      const afterRefusal = await inquiriesOf(ctx, worker, { householdId: hid });
      if (afterRefusal.length !== before.length) faults.push({ ja: '拒否された照会が登録されていた', en: 'a refused inquiry was stored' });
      const inside = { ...outside, periodFrom: addDays(date, 1), periodTo: addDays(date, 20) };
      const ok = await send(worker, 'createInquiry', { body: inside });
      if (ok.status !== 201) faults.push({ ja: `保護期間内の事項の照会（対象者種別 ${targetType}）が登録できない（${ok.status}）`, en: `an inquiry (target ${targetType}) about the protected period was not recorded (${ok.status})` });
    }
    failWith(ctx, { ja: '被保護者であった者についての照会', en: 'inquiries about former recipients' }, faults);
  },
});
