import type { CheckContext } from '../../../engine/types.ts';
import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { protectedHousehold } from '../../data/protection.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { itemsOf } from '../../support/steps.ts';
import { sameIds, testCaseworker } from './listing.ts';
import { assessClaim, claimBody, failWith, isoDay, type Fault } from './support.ts';

/**
 * 10.1.9: claims listed by household, legal basis and state (both editions) and, from 2.1, by the household's
 * section and case worker — each filter answering exactly the fixture's claims that match it.
 */
async function claimListFilters(ctx: CheckContext, staffFilters: boolean): Promise<void> {
  const accountant = requireClient(ctx, 'accountant');
  const faults: Fault[] = [];
  const staff = testCaseworker();
  const mine = await protectedHousehold(ctx, staffFilters ? { assignedCaseworker: staff } : {});
  if (staffFilters && mine.household.assignedCaseworker !== staff) return ctx.skip('a household registered with a case worker of the test range (assignedCaseworker)');
  const theirs = await protectedHousehold(ctx, staffFilters ? { assignedCaseworker: testCaseworker() } : {});
  const assess = async (householdId: string, basis: string) => String((await assessClaim(ctx, claimBody(householdId, { basis, principalAmount: 10_000, inKindCostAmount: 30_000 }))).claimId);
  const repaid = await assess(mine.householdId, '63');
  const collected = await assess(mine.householdId, '78');
  await assess(theirs.householdId, '78');
  const paid = await send(accountant, 'recordClaimPayment', { path: { claimId: repaid }, body: { paidOn: isoDay(0), amount: 10_000, method: 'cash' } });
  if (paid.status >= 300) return ctx.fail({ ja: `完納の納付の記録が ${paid.status} で拒否された`, en: `paying the claim in full was refused with ${paid.status}` });
  const list = async (query: Record<string, string>) => itemsOf(expectBody(ctx, await send(accountant, 'listClaims', { query: { ...query, limit: 100 } }), 200, {
    ja: '債権の一覧（listClaims）', en: 'listing claims (listClaims)',
  }));
  const householdId = mine.householdId;
  const found = [
    sameIds({ ja: `世帯（${householdId}）で絞り込んだ債権の一覧`, en: `listing claims by householdId ${householdId}` }, await list({ householdId }), 'claimId', [repaid, collected]),
    sameIds({ ja: '法定根拠（法第78条）で絞り込んだ世帯の債権の一覧', en: "listing the household's claims by basis 78" }, await list({ householdId, basis: '78' }), 'claimId', [collected]),
    sameIds({ ja: '状態（完納）で絞り込んだ世帯の債権の一覧', en: "listing the household's claims by status paid" }, await list({ householdId, status: 'paid' }), 'claimId', [repaid]),
  ];
  if (staffFilters) {
    found.push(
      sameIds({ ja: `係（${mine.section}）で絞り込んだ債権の一覧`, en: `listing claims by section ${mine.section}` }, await list({ section: mine.section }), 'claimId', [repaid, collected]),
      sameIds({ ja: `地区担当員（${staff}）で絞り込んだ債権の一覧`, en: `listing claims by assignedCaseworker ${staff}` }, await list({ assignedCaseworker: staff }), 'claimId', [repaid, collected]),
    );
  }
  faults.push(...found.filter((f): f is Fault => f !== undefined));
  failWith(ctx, { ja: '債権の一覧の絞り込みが正しくない', en: 'Claims are not listed by the filters as the rules say' }, faults);
}

/** 10.1.9 (2.0): listing claims by household, legal basis and state. */
export const claimListFilters20 = defineCheck({
  id: 'claim.list-filters',
  title: { ja: '債権を世帯・法定根拠・状態で絞り込んで一覧できる', en: 'Claims are listed by household, legal basis and state' },
  verifies: ['10.1.9'],
  editions: ['2.0'],
  run: (ctx) => claimListFilters(ctx, false),
});

/** 10.1.9 (2.1): the same, and by the household's section and case worker. */
export const claimListFilters21 = defineCheck({
  id: 'claim.list-filters-with-section-and-caseworker',
  title: {
    ja: '債権を世帯・法定根拠・状態・係・地区担当員で絞り込んで一覧できる',
    en: 'Claims are listed by household, legal basis, state, section and case worker',
  },
  verifies: ['10.1.9'],
  editions: ['2.1'],
  run: (ctx) => claimListFilters(ctx, true),
});
