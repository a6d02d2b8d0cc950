import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { assessClaim, claimBody, claimsOf, failWith, isoDay, monthOf, protectedHousehold, readClaim, type Fault } from './support.ts';

const refused = (status: number) => status === 400 || status === 409 || status === 422;

/** 10.1.2 (prohibited): no principal above what was paid for the period (payment records + in-kind cost). */
export const claimNotAbovePaid = defineCheck({
  id: 'claim.principal-not-above-paid',
  title: {
    ja: '対象期間に支給した額を超える本体額の調定は拒否され、支給した額と同額なら調定できる',
    en: 'A claim whose principal exceeds what was paid for the period is refused; one equal to it is assessed',
  },
  verifies: ['10.1.2'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, decisionId } = await protectedHousehold(ctx);
    const month = monthOf(isoDay(-1));
    // A payment of a known amount in the period: an occasional payment (随時支給) of 30,000 yen.
    expectBody(ctx, await send(caseworker, 'createOccasionalPayment', {
      path: { householdId },
      body: { decisionId, item: 'furniture', items: [{ fujoType: '01', amount: 30_000 }], month, paymentDate: isoDay(-1), reason: '家具什器の購入（見本データ）' },
    }), 201, { ja: '随時支給の登録（createOccasionalPayment）', en: 'recording an occasional payment (createOccasionalPayment)' });
    const ledgerOf = async () => expectBody(ctx, await send(caseworker, 'getPaymentLedger', { path: { householdId }, query: { from: month, to: month } }), 200, {
      ja: '支給台帳の照会（getPaymentLedger）', en: 'reading the payment ledger (getPaymentLedger)',
    });
    const paid = Number((await ledgerOf()).grossTotal);
    if (!Number.isInteger(paid) || paid < 30_000) return ctx.fail({ ja: `支給台帳の支給額合計（${paid}）に随時支給が含まれていない`, en: `the ledger's gross total (${paid}) does not include the occasional payment` });

    const above = await send(caseworker, 'createClaim', { body: claimBody(householdId, { basis: '63', principalAmount: paid + 1, inKindCostAmount: 0 }) });
    if (!refused(above.status)) faults.push({ ja: `支給額（${paid}円）を1円超える本体額の調定が ${above.status} で応答した（拒否されるべき）`, en: `a claim 1 yen above what was paid (${paid} yen) answered ${above.status} (must be refused)` });
    const aboveKind = await send(caseworker, 'createClaim', { body: claimBody(householdId, { basis: '78', principalAmount: paid + 5_001, inKindCostAmount: 5_000 }) });
    if (!refused(aboveKind.status)) faults.push({ ja: `支給額と現物給付費用の合計を超える調定が ${aboveKind.status} で応答した`, en: `a claim above the cash paid plus the in-kind cost answered ${aboveKind.status}` });
    const afterRefusals = await claimsOf(ctx, householdId);
    if (afterRefusals.length > 0) faults.push({ ja: `拒否されるべき調定の後、債権が ${afterRefusals.length} 件記録されていた`, en: `after the claims that must be refused, ${afterRefusals.length} claims were recorded` });

    const equal = await send(caseworker, 'createClaim', { body: claimBody(householdId, { basis: '63', principalAmount: paid, inKindCostAmount: 0 }) });
    if (equal.status !== 201) faults.push({ ja: `支給額と同額の調定が 201 でなく ${equal.status}`, en: `a claim equal to what was paid answered ${equal.status}, not 201` });
    if (Number((await ledgerOf()).grossTotal) !== paid) ctx.skip('a stable payment ledger (another payment was made for the period while the check ran)');
    failWith(ctx, { ja: '支給額を超える調定が拒否されない', en: 'Claims above what was paid are not refused' }, faults);
  },
});

/** 10.1.5 (prohibited) and 10.1.6: the Art. 78 surcharge is at most 40 % (40 % exactly accepted); other bases carry none. */
export const surchargeAtMost40 = defineCheck({
  id: 'claim.surcharge-at-most-40-percent',
  title: {
    ja: '法第78条の加算額は本体額の40%ちょうどまで調定でき、40%を超える加算額や第78条以外の債権の加算額は拒否される',
    en: 'An Art. 78 surcharge of exactly 40 % is assessed; above 40 %, or on a claim of another basis, it is refused',
  },
  verifies: ['10.1.5', '10.1.6'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const over = await send(caseworker, 'createClaim', { body: claimBody(householdId, { principalAmount: 100_000, surchargeAmount: 40_001 }) });
    if (!refused(over.status)) faults.push({ ja: `本体額100000円に加算額40001円（40%超）の調定が ${over.status} で応答した`, en: `a surcharge of 40001 on 100000 (above 40 %) answered ${over.status}` });
    const on63 = await send(caseworker, 'createClaim', { body: claimBody(householdId, { basis: '63', principalAmount: 100_000, surchargeAmount: 1 }) });
    if (!refused(on63.status)) faults.push({ ja: `法第63条の債権に加算額を付けた調定が ${on63.status} で応答した`, en: `an Art. 63 claim with a surcharge answered ${on63.status}` });
    const recorded = await claimsOf(ctx, householdId);
    if (recorded.length > 0) faults.push({ ja: `拒否されるべき調定の後、債権が ${recorded.length} 件記録されていた`, en: `after the claims that must be refused, ${recorded.length} claims were recorded` });
    const exact = await send(caseworker, 'createClaim', { body: claimBody(householdId, { principalAmount: 100_000, surchargeAmount: 40_000 }) });
    if (exact.status !== 201) faults.push({ ja: `加算額がちょうど40%（40000円）の調定が 201 でなく ${exact.status}`, en: `a surcharge of exactly 40 % (40000) answered ${exact.status}, not 201` });
    else {
      const body = exact.body as Record<string, unknown>;
      if (body.assessedAmount !== 140_000) faults.push({ ja: `調定額が 140000 円でなく ${String(body.assessedAmount)}`, en: `the assessed amount is ${String(body.assessedAmount)}, not 140000` });
    }
    failWith(ctx, { ja: '法第78条の加算額の上限が守られていない', en: 'The Art. 78 surcharge limit is not kept' }, faults);
  },
});

/** 10.2.1–10.2.4: partial payment, full payment, a payment above the balance refused, none into a paid claim. */
export const claimPaymentFlow = defineCheck({
  id: 'claim.payment-flow',
  title: {
    ja: '納付で残高が減り一部納付・完納となり、残高を超える納付と完納後の納付は拒否される',
    en: 'Payments reduce the balance (partially paid, then paid); a payment above the balance and one into a paid claim are refused',
  },
  verifies: ['10.2.1', '10.2.2', '10.2.3', '10.2.4', '10.2.7'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const claim = await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 50_000, inKindCostAmount: 50_000 }));
    const claimId = String(claim.claimId);
    const pay = (amount: number, paidOn = isoDay(0), method = 'cash') => send(accountant, 'recordClaimPayment', { path: { claimId }, body: { paidOn, amount, method } });
    const state = (c: Record<string, unknown>) => `${String(c.status)}/${String(c.balance)}`;

    // The partial payment was made yesterday by payment slip: its date, amount and method must be recorded as sent.
    const partial = await pay(20_000, isoDay(-1), 'payment-slip');
    if (partial.status !== 201 && partial.status !== 200) faults.push({ ja: `一部納付（20000円）が ${partial.status} で応答した`, en: `a partial payment (20000) answered ${partial.status}` });
    const afterPartial = await readClaim(ctx, claimId);
    if (afterPartial.status !== 'partiallyPaid' || afterPartial.balance !== 30_000 || afterPartial.paidTotal !== 20_000) {
      faults.push({ ja: `一部納付の後の状態・残高が partiallyPaid/30000 でなく ${state(afterPartial)}`, en: `after a partial payment the state/balance is ${state(afterPartial)}, not partiallyPaid/30000` });
    }
    if (!Array.isArray(afterPartial.payments) || afterPartial.payments.length !== 1) faults.push({ ja: '納付履歴に納付が1件記録されていない', en: 'the payment history does not hold the one payment' });
    else {
      const record = afterPartial.payments[0] as Record<string, unknown>;
      const got = `${String(record.paidOn)}/${String(record.amount)}/${String(record.method)}`;
      const sent = `${isoDay(-1)}/20000/payment-slip`;
      if (got !== sent) faults.push({ ja: `納付履歴の納付日・納付額・納付方法が ${sent} でなく ${got}`, en: `the payment's date/amount/method in the history are ${got}, not ${sent} as sent` });
    }

    const tooMuch = await pay(30_001);
    if (!refused(tooMuch.status)) faults.push({ ja: `残高（30000円）を超える納付が ${tooMuch.status} で応答した`, en: `a payment above the balance (30000) answered ${tooMuch.status}` });
    const afterTooMuch = await readClaim(ctx, claimId);
    if (state(afterTooMuch) !== state(afterPartial) || afterTooMuch.paidTotal !== afterPartial.paidTotal) faults.push({ ja: '残高を超える納付の後で債権が変わっていた', en: 'the claim changed after the payment above the balance' });

    const full = await pay(30_000);
    if (full.status !== 201 && full.status !== 200) faults.push({ ja: `残高全額の納付が ${full.status} で応答した`, en: `paying the whole balance answered ${full.status}` });
    const afterFull = await readClaim(ctx, claimId);
    if (afterFull.status !== 'paid' || afterFull.balance !== 0) faults.push({ ja: `完納の後の状態・残高が paid/0 でなく ${state(afterFull)}`, en: `after paying in full the state/balance is ${state(afterFull)}, not paid/0` });

    const intoPaid = await pay(1);
    if (intoPaid.status !== 409) faults.push({ ja: `完納の債権への納付が 409 でなく ${intoPaid.status}`, en: `a payment into a paid claim answered ${intoPaid.status}, not 409` });
    const afterIllegal = await readClaim(ctx, claimId);
    if (afterIllegal.paidTotal !== afterFull.paidTotal || state(afterIllegal) !== state(afterFull)) faults.push({ ja: '完納後の納付で債権が変わっていた', en: 'the paid claim changed after the refused payment' });
    failWith(ctx, { ja: '債権の納付の記録が規則どおりでない', en: 'Payments into claims are not recorded as the rules say' }, faults);
  },
});

/** 10.2.9: a payment record retried with the same Idempotency-Key is recorded once. */
export const claimPaymentRetryOnce = defineCheck({
  id: 'claim.payment-retry-recorded-once',
  title: { ja: '同じ Idempotency-Key で再送した納付は一度だけ記録される', en: 'A payment retried with the same Idempotency-Key is recorded once' },
  verifies: ['10.2.9'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const claim = await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 50_000, inKindCostAmount: 50_000 }));
    const claimId = String(claim.claimId);
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const body = { paidOn: isoDay(0), amount: 10_000, method: 'payment-slip' };
    const first = await send(accountant, 'recordClaimPayment', { path: { claimId }, body, headers });
    if (first.status >= 300) return ctx.fail({ ja: `納付の記録が ${first.status} で拒否された`, en: `recording the payment was refused with ${first.status}` });
    const retry = await send(accountant, 'recordClaimPayment', { path: { claimId }, body, headers });
    if (retry.status !== first.status) faults.push({ ja: `再送が最初と同じ ${first.status} でなく ${retry.status}`, en: `the retry answered ${retry.status}, not ${first.status} as the first request` });
    const after = await readClaim(ctx, claimId);
    const count = Array.isArray(after.payments) ? after.payments.length : -1;
    if (after.paidTotal !== 10_000 || count !== 1) faults.push({ ja: `再送の後、納付累計額 ${String(after.paidTotal)} 円・納付 ${count} 件（10000円・1件であるべき）`, en: `after the retry the paid total is ${String(after.paidTotal)} with ${count} payments (10000 and 1 expected)` });
    failWith(ctx, { ja: '再送した納付が二重に記録される', en: 'A retried payment is recorded twice' }, faults);
  },
});

/** 10.4.5 (prohibited) with 10.4.4 / 10.4.7: no write-off for prescription before it completes; a write-off on another legal ground works. */
export const noEarlyPrescriptionWriteOff = defineCheck({
  id: 'claim.no-write-off-before-prescription',
  title: {
    ja: '時効完成予定日を過ぎていない債権の時効を理由とする不納欠損は拒否され、他の法令上の理由による不納欠損はできる',
    en: 'A write-off for prescription before the prescription date is refused; one on another legal ground is recorded',
  },
  verifies: ['10.4.5', '10.4.4', '10.4.7'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const claim = await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 50_000, inKindCostAmount: 50_000 }));
    const claimId = String(claim.claimId);
    const before = await readClaim(ctx, claimId);
    const early = await send(accountant, 'writeOffClaim', { path: { claimId }, body: { writtenOffOn: isoDay(0), reason: 'prescription', reasonDetail: '時効完成（見本データ）' } });
    if (!refused(early.status)) faults.push({ ja: `納期限前の債権の時効による不納欠損が ${early.status} で応答した`, en: `a write-off for prescription of a claim not yet due answered ${early.status}` });
    const afterEarly = await readClaim(ctx, claimId);
    if (afterEarly.status !== before.status || afterEarly.balance !== before.balance) faults.push({ ja: '拒否されるべき不納欠損の後で債権が変わっていた', en: 'the claim changed after the write-off that must be refused' });

    const exempt = await send(accountant, 'writeOffClaim', { path: { claimId }, body: { writtenOffOn: isoDay(0), reason: 'exemption', reasonDetail: '地方自治法施行令第171条の7による免除の決定（見本データ）' } });
    if (exempt.status !== 200 && exempt.status !== 201) faults.push({ ja: `免除を理由とする不納欠損が ${exempt.status} で応答した`, en: `a write-off for exemption answered ${exempt.status}` });
    else {
      const done = await readClaim(ctx, claimId);
      if (done.status !== 'writtenOff' || done.balance !== 0 || done.writtenOffAmount !== 50_000) {
        faults.push({ ja: `不納欠損の後の状態・残高・欠損額が writtenOff/0/50000 でなく ${String(done.status)}/${String(done.balance)}/${String(done.writtenOffAmount)}`, en: `after the write-off status/balance/amount are ${String(done.status)}/${String(done.balance)}/${String(done.writtenOffAmount)}, not writtenOff/0/50000` });
      }
    }
    failWith(ctx, { ja: '不納欠損の規則が守られていない', en: 'The write-off rules are not kept' }, faults);
  },
});
