import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, isoDay, monthOf, paymentsOf, protectedHousehold, TEST_ACCOUNT, type Fault } from './support.ts';

type Json = Record<string, unknown>;
const refused = (status: number) => status === 400 || status === 404 || status === 409 || status === 422;

/** 05.2.1, 05.2.3, 05.2.5: an occasional payment is recorded with its item; a retry with the same key records nothing new. */
export const occasionalRetryOnce = defineCheck({
  id: 'payment.occasional-recorded-once',
  title: {
    ja: '随時支給を品目・理由とともに登録でき、同じ Idempotency-Key の再送では二重に登録されない',
    en: 'An occasional payment is recorded with its item and reason; a retry with the same Idempotency-Key records nothing new',
  },
  verifies: ['05.2.1', '05.2.3', '05.2.5'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, decisionId } = await protectedHousehold(ctx);
    const month = monthOf(isoDay(-1));
    const body = { decisionId, item: 'furniture', items: [{ fujoType: '01', amount: 25_000 }], month, paymentDate: isoDay(0), reason: '転居に伴う家具什器の購入（見本データ）' };
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const first = await send(caseworker, 'createOccasionalPayment', { path: { householdId }, body, headers });
    if (first.status !== 201) return ctx.fail({ ja: `随時支給の登録が 201 でなく ${first.status}`, en: `recording an occasional payment answered ${first.status}, not 201` });
    const retry = await send(caseworker, 'createOccasionalPayment', { path: { householdId }, body, headers });
    const firstId = (first.body as Json | undefined)?.paymentId;
    if (retry.status !== 201 || (retry.body as Json | undefined)?.paymentId !== firstId) {
      faults.push({ ja: `同じ冪等キーの再送が最初の支給（${String(firstId)}）を返さなかった（${retry.status}）`, en: `the retry with the same key did not answer the first payment (${String(firstId)}; status ${retry.status})` });
    }
    const listed = (await paymentsOf(ctx, caseworker, { householdId, kind: 'occasional' })).filter((p) => p.month === month);
    if (listed.length !== 1) faults.push({ ja: `再送の後、随時支給が ${listed.length} 件（1件であるべき）`, en: `after the retry there are ${listed.length} occasional payments (1 expected)` });
    const [payment] = listed;
    if (payment && (payment.occasionalItem !== 'furniture' || payment.grossAmount !== 25_000 || payment.kind !== 'occasional')) {
      faults.push({ ja: '一覧の随時支給の品目・金額・種別が登録どおりでない', en: 'the listed occasional payment does not show the item, amount and kind recorded' });
    }
    if (payment && (payment.paymentDate !== body.paymentDate || payment.reason !== body.reason)) {
      faults.push({ ja: '一覧の随時支給の支給日・支給理由が登録どおりでない', en: 'the listed occasional payment does not show the payment date and reason recorded' });
    }
    failWith(ctx, { ja: '随時支給の登録が規則どおりでない', en: 'Occasional payments are not recorded as the rules say' }, faults);
  },
});

/** 05.2.2: an occasional payment must rest on a decision of the same household. */
export const occasionalNeedsOwnDecision = defineCheck({
  id: 'payment.occasional-needs-own-decision',
  title: {
    ja: '他の世帯の決定又は存在しない決定を根拠とする随時支給は拒否される',
    en: 'An occasional payment naming another household’s decision, or none that exists, is refused',
  },
  verifies: ['05.2.2', '05.4.5'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const mine = await protectedHousehold(ctx);
    const other = await protectedHousehold(ctx);
    const month = monthOf(isoDay(-1));
    const body = (decisionId: string) => ({ decisionId, item: 'clothing', items: [{ fujoType: '01', amount: 8_000 }], month, paymentDate: isoDay(0), reason: '被服の購入（見本データ）' });
    const foreign = await send(caseworker, 'createOccasionalPayment', { path: { householdId: mine.householdId }, body: body(other.decisionId) });
    if (!refused(foreign.status)) faults.push({ ja: `他の世帯の決定を根拠とする随時支給が ${foreign.status} で応答した`, en: `an occasional payment naming another household's decision answered ${foreign.status}` });
    const unknown = await send(caseworker, 'createOccasionalPayment', { path: { householdId: mine.householdId }, body: body(`no-such-decision-${crypto.randomUUID().slice(0, 8)}`) });
    if (!refused(unknown.status)) faults.push({ ja: `存在しない決定を根拠とする随時支給が ${unknown.status} で応答した`, en: `an occasional payment naming no existing decision answered ${unknown.status}` });
    const listed = await paymentsOf(ctx, caseworker, { householdId: mine.householdId, kind: 'occasional' });
    if (listed.length > 0) faults.push({ ja: `拒否されるべき随時支給の後、${listed.length} 件が記録されていた`, en: `after the refused requests ${listed.length} occasional payments were recorded` });
    // 05.4.5: the payment names the decision it rests on — here a change decision made after the start.
    const change = expectBody(ctx, await send(caseworker, 'createCaseDecision', {
      path: { householdId: mine.householdId },
      body: { type: 'change', origin: 'ex-officio', decidedOn: isoDay(0), effectiveOn: isoDay(0), reasonText: '冬季の被服の支給のため保護の内容を変更する。（見本データ）', fujoBreakdown: [{ fujoType: '01', monthlyAmount: 72_000, inKind: false }] },
    }), 201, { ja: '変更決定（createCaseDecision）', en: 'the change decision (createCaseDecision)' });
    const own = await send(caseworker, 'createOccasionalPayment', { path: { householdId: mine.householdId }, body: body(String(change.decisionId)) });
    if (own.status !== 201) faults.push({ ja: `自世帯の決定を根拠とする随時支給が 201 でなく ${own.status}`, en: `an occasional payment naming the household's own decision answered ${own.status}, not 201` });
    else if ((own.body as Json | undefined)?.decisionId !== change.decisionId) faults.push({ ja: `随時支給に根拠とした決定（${String(change.decisionId)}）が記録されていない（${String((own.body as Json | undefined)?.decisionId)}）`, en: `the occasional payment does not name the decision it rests on (${String(change.decisionId)}): ${String((own.body as Json | undefined)?.decisionId)}` });
    failWith(ctx, { ja: '随時支給の根拠決定が検査されていない', en: 'The decision behind an occasional payment is not checked' }, faults);
  },
});

/** The payment methods (code list paymentMethod) as a municipal user names them. */
const METHOD_JA: Record<string, string> = { transfer: '口座振込', counter: '窓口払い', proxy: '代理納付' };
const methodJa = (code: unknown) => METHOD_JA[String(code)] ?? String(code);

/** 05.2.6: an occasional payment may be paid by another method than the household's, for that payment only. */
export const occasionalOwnMethod = defineCheck({
  id: 'payment.occasional-own-method',
  title: {
    ja: '随時支給ごとに世帯の支給方法と異なる支給方法を指定でき、その支給だけがその方法で支払われる',
    en: "An occasional payment can be paid by a method other than the household's, for that payment only",
  },
  verifies: ['05.2.6'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, decisionId } = await protectedHousehold(ctx);
    const methodOf = async () => String(expectBody(ctx, await send(caseworker, 'getPaymentMethod', { path: { householdId } }), 200, {
      ja: '支給方法の照会（getPaymentMethod）', en: 'reading the payment method (getPaymentMethod)',
    }).method);
    const household = await methodOf();
    const other = household === 'transfer' ? 'counter' : 'transfer';
    const body = {
      decisionId, item: 'clothing', items: [{ fujoType: '01', amount: 30_000 }], month: monthOf(isoDay(-1)), paymentDate: isoDay(0),
      method: other, ...(other === 'transfer' ? { bankAccount: TEST_ACCOUNT } : {}), reason: '冬季の被服の購入（見本データ）',
    };
    const payment = expectBody(ctx, await send(caseworker, 'createOccasionalPayment', { path: { householdId }, body }), 201, {
      ja: `支給方法（${methodJa(other)}）を指定した随時支給の登録（createOccasionalPayment）`, en: `recording an occasional payment by ${other} (createOccasionalPayment)`,
    });
    const parts = Array.isArray(payment.disbursements) ? (payment.disbursements as Json[]) : [];
    if (parts.length !== 1 || parts[0]!.method !== other || parts[0]!.amount !== 30_000) {
      faults.push({ ja: `随時支給が指定した支給方法（${methodJa(other)}）で支払われていない（支払内訳: ${parts.map((p) => methodJa(p.method)).join('・') || 'なし'}）`, en: `the occasional payment is not paid by the method sent (${other}): ${JSON.stringify(parts.map((p) => p.method))}` });
    } else if (other === 'transfer' && (parts[0]!.bankAccount as Json | undefined)?.accountNumber !== TEST_ACCOUNT.accountNumber) {
      faults.push({ ja: '口座振込の随時支給に指定した振込先口座が記録されていない', en: 'the account sent with the transfer is not recorded on the payment' });
    }
    const after = await methodOf();
    if (after !== household) faults.push({ ja: `随時支給の後、世帯の支給方法が${methodJa(household)}から${methodJa(after)}に変わった`, en: `after the occasional payment the household's method changed from ${household} to ${after}` });
    failWith(ctx, { ja: '随時支給ごとの支給方法の指定が反映されない', en: 'The method chosen for an occasional payment is not applied' }, faults);
  },
});
