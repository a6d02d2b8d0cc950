import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { CASH_TOTAL, failWith, paymentDateFor, protectedHousehold, regularPayments, runFreshMonth, type Fault } from './support.ts';

/** 05.1.1 and 05.1.4: a run pays each protected household once; a second run of the same month is refused. */
export const paymentRunOncePerMonth = defineCheck({
  id: 'payment.run-once-per-month',
  title: {
    ja: '定例支給の実行で保護中の世帯に1件の定例支給が作成され、同じ月の2回目の実行は拒否され支給は増えない',
    en: 'A payment run pays each household in protection once; a second run of the same month is refused and pays nobody again',
  },
  verifies: ['05.1.1', '05.1.4'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const { run, month } = await runFreshMonth(ctx);
    const first = await regularPayments(ctx, householdId, month);
    if (first.length !== 1) faults.push({ ja: `保護中の世帯の ${month} の定例支給が1件でなく ${first.length} 件`, en: `the household in protection has ${first.length} regular payments of ${month}, not 1` });
    else if (first[0]!.runId !== run.runId) faults.push({ ja: '定例支給に実行番号（runId）が記録されていない', en: 'the regular payment does not name its run (runId)' });

    // 05.1.4 (prohibited): a second run of the same month, with a new Idempotency-Key, must not pay again.
    const second = await send(accountant, 'createPaymentRun', { body: { month, paymentDate: paymentDateFor(month) } });
    if (second.status >= 200 && second.status < 300) {
      faults.push({ ja: `同じ月（${month}）の2回目の定例支給の実行が ${second.status} で受け付けられた`, en: `a second payment run of the same month (${month}) was accepted with ${second.status}` });
    } else if (second.status !== 409) {
      faults.push({ ja: `同じ月の2回目の実行が 409 でなく ${second.status} で応答した`, en: `the second run of the same month answered ${second.status}, not 409` });
    }
    const after = await regularPayments(ctx, householdId, month);
    if (after.length > first.length) faults.push({ ja: `2回目の実行の後、同じ月の定例支給が ${after.length} 件になった（二重支給）`, en: `after the second run the household has ${after.length} regular payments of the month (paid twice)` });
    failWith(ctx, { ja: '定例支給が月に一度に限られていない', en: 'The regular payment is not limited to once a month' }, faults);
  },
});

/** 05.1.5: a run retried with the same Idempotency-Key answers the first run and pays nobody twice. */
export const paymentRunRetryPaysOnce = defineCheck({
  id: 'payment.run-retry-pays-once',
  title: {
    ja: '同じ Idempotency-Key で再送した定例支給の実行は最初の結果を返し、支給は1件のまま',
    en: 'A payment run retried with the same Idempotency-Key answers the first run and pays once',
  },
  verifies: ['05.1.5'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const key = crypto.randomUUID();
    const { run, month, body } = await runFreshMonth(ctx, { 'idempotency-key': key });
    const retry = await send(accountant, 'createPaymentRun', { body, headers: { 'idempotency-key': key } });
    if (retry.status !== 201) {
      faults.push({ ja: `同じ冪等キーの再送が 201 でなく ${retry.status} で応答した`, en: `the retry with the same key answered ${retry.status}, not 201` });
    } else {
      const again = retry.body as Record<string, unknown> | undefined;
      if (again?.runId !== run.runId) faults.push({ ja: `再送の応答が最初の実行（${String(run.runId)}）でなく ${String(again?.runId)}`, en: `the retry answered run ${String(again?.runId)}, not the first run ${String(run.runId)}` });
    }
    const payments = await regularPayments(ctx, householdId, month);
    if (payments.length !== 1) faults.push({ ja: `再送の後、世帯の ${month} の定例支給が ${payments.length} 件（1件であるべき）`, en: `after the retry the household has ${payments.length} regular payments of ${month} (1 expected)` });
    failWith(ctx, { ja: '再送した定例支給の実行が一度だけ支給しない', en: 'A retried payment run does not pay once' }, faults);
  },
});

/** 05.1.2 and 05.1.6: the regular payment is the decision's cash items, fujoType by fujoType; in-kind items are not paid. */
export const regularPaymentFromDecision = defineCheck({
  id: 'payment.regular-equals-decision-cash',
  title: {
    ja: '定例支給は効力のある決定の金銭給付の月額と扶助別に一致し、医療扶助・介護扶助（現物給付）を含まない',
    en: 'A regular payment equals the decision’s cash amounts per type of assistance and leaves in-kind assistance out',
  },
  verifies: ['05.1.2', '05.1.6', '05.4.5'],
  async run(ctx) {
    const faults: Fault[] = [];
    const { householdId, decisionId } = await protectedHousehold(ctx);
    const { month } = await runFreshMonth(ctx);
    const [payment] = await regularPayments(ctx, householdId, month);
    if (!payment) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `the household in protection has no regular payment of ${month}` });
    const items = Array.isArray(payment.items) ? (payment.items as { fujoType?: unknown; amount?: unknown }[]) : [];
    const byType = new Map(items.map((i) => [String(i.fujoType), Number(i.amount)]));
    if (byType.get('01') !== 71_230) faults.push({ ja: `生活扶助が 71230 円でなく ${byType.get('01')}`, en: `livelihood assistance is ${byType.get('01')}, not 71230` });
    if (byType.get('03') !== 40_000) faults.push({ ja: `住宅扶助が 40000 円でなく ${byType.get('03')}`, en: `housing assistance is ${byType.get('03')}, not 40000` });
    for (const type of ['04', '05']) {
      if ((byType.get(type) ?? 0) > 0) faults.push({ ja: `現物給付の扶助（${type}）が金銭で支給された（${byType.get(type)} 円）`, en: `in-kind assistance (${type}) was paid in cash (${byType.get(type)} yen)` });
    }
    if (payment.grossAmount !== CASH_TOTAL) faults.push({ ja: `支給額が ${CASH_TOTAL} 円でなく ${String(payment.grossAmount)}`, en: `the gross amount is ${String(payment.grossAmount)}, not ${CASH_TOTAL}` });
    if (payment.decisionId !== decisionId) faults.push({ ja: '支給の根拠決定が開始決定でない', en: 'the payment does not name the start decision' });
    failWith(ctx, { ja: '定例支給が決定の金銭給付と一致しない', en: 'The regular payment does not match the decision’s cash assistance' }, faults);
  },
});
