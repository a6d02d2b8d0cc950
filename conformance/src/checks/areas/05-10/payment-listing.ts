import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { expectBody } from '../../data/households.ts';
import { protectedHousehold } from '../../data/protection.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { sameIds, testCaseworker } from './listing.ts';
import { failWith, FUJO, freshMonth, paymentsOf, regularPayments, runFreshMonth, TEST_ACCOUNT, type Fault } from './support.ts';

/**
 * 05.4.4: payments listed by month, kind, method and run (both editions) and, from 2.1, by the household's section
 * and case worker — each filter answering exactly the fixture's payments that match it.
 */
async function listingFilters(ctx: CheckContext, staffFilters: boolean): Promise<void> {
  const caseworker = requireClient(ctx, 'caseworker');
  const accountant = requireClient(ctx, 'accountant');
  const faults: Fault[] = [];
  const staff = testCaseworker();
  const mine = await protectedHousehold(ctx, { fujo: FUJO, ...(staffFilters && { assignedCaseworker: staff }) });
  if (staffFilters && mine.household.assignedCaseworker !== staff) return ctx.skip('a household registered with a case worker of the test range (assignedCaseworker)');
  const [month, other] = [freshMonth(), freshMonth()];
  const occasional = async (householdId: string, decisionId: string, m: string, method?: 'transfer') => String(expectBody(ctx, await send(caseworker, 'createOccasionalPayment', {
    path: { householdId },
    body: { decisionId, item: 'clothing', items: [{ fujoType: '01', amount: 9_000 }], month: m, paymentDate: `${m}-05`, reason: '被服の購入（見本データ）', ...(method && { method, bankAccount: TEST_ACCOUNT }) },
  }), 201, { ja: '随時支給の登録（createOccasionalPayment）', en: 'recording an occasional payment (createOccasionalPayment)' }).paymentId);
  const byTransfer = await occasional(mine.householdId, mine.decisionId, month, 'transfer');
  const atCounter = await occasional(mine.householdId, mine.decisionId, other);
  const { run } = await runFreshMonth(ctx, {}, month);
  const [regular] = await regularPayments(ctx, mine.householdId, month);
  if (!regular) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `the household in protection has no regular payment of ${month}` });
  const regularId = String(regular.paymentId);
  const list = (query: Record<string, string>) => paymentsOf(ctx, accountant, query);
  const householdId = mine.householdId;
  const found = [
    sameIds({ ja: `対象月（${month}）で絞り込んだ世帯の支給の一覧`, en: `listing the household's payments by month ${month}` }, await list({ householdId, month }), 'paymentId', [regularId, byTransfer]),
    sameIds({ ja: '支給種別（随時支給）で絞り込んだ世帯の支給の一覧', en: "listing the household's payments by kind occasional" }, await list({ householdId, kind: 'occasional' }), 'paymentId', [byTransfer, atCounter]),
    sameIds({ ja: '支給方法（口座振込）で絞り込んだ世帯の支給の一覧', en: "listing the household's payments by method transfer" }, await list({ householdId, method: 'transfer' }), 'paymentId', [byTransfer]),
    sameIds({ ja: `定例支給の実行単位（${String(run.runId)}）で絞り込んだ世帯の支給の一覧`, en: `listing the household's payments by run ${String(run.runId)}` }, await list({ householdId, runId: String(run.runId) }), 'paymentId', [regularId]),
  ];
  if (staffFilters) {
    // Another household, of another section and case worker, paid an occasional payment too.
    const theirs = await protectedHousehold(ctx, { fujo: FUJO, assignedCaseworker: testCaseworker() });
    await occasional(theirs.householdId, theirs.decisionId, month);
    found.push(
      sameIds({ ja: `係（${mine.section}）で絞り込んだ随時支給の一覧`, en: `listing occasional payments by section ${mine.section}` }, await list({ section: mine.section, kind: 'occasional' }), 'paymentId', [byTransfer, atCounter]),
      sameIds({ ja: `地区担当員（${staff}）で絞り込んだ随時支給の一覧`, en: `listing occasional payments by assignedCaseworker ${staff}` }, await list({ assignedCaseworker: staff, kind: 'occasional' }), 'paymentId', [byTransfer, atCounter]),
    );
  }
  faults.push(...found.filter((f): f is Fault => f !== undefined));
  failWith(ctx, { ja: '支給の一覧の絞り込みが正しくない', en: 'Payments are not listed by the filters as the rules say' }, faults);
}

/** 05.4.4 (2.0): listing payments by month, kind, method and payment run. */
export const paymentListFilters20 = defineCheck({
  id: 'payment.list-filters',
  title: { ja: '支給を対象月・支給種別・支給方法・定例支給の実行単位で絞り込んで一覧できる', en: 'Payments are listed by month, kind, method and payment run' },
  verifies: ['05.4.4'],
  editions: ['2.0'],
  run: (ctx) => listingFilters(ctx, false),
});

/** 05.4.4 (2.1): the same, and by the household's section and case worker. */
export const paymentListFilters21 = defineCheck({
  id: 'payment.list-filters-with-section-and-caseworker',
  title: {
    ja: '支給を対象月・支給種別・支給方法・定例支給の実行単位・係・地区担当員で絞り込んで一覧できる',
    en: 'Payments are listed by month, kind, method, payment run, section and case worker',
  },
  verifies: ['05.4.4'],
  editions: ['2.1'],
  run: (ctx) => listingFilters(ctx, true),
});
