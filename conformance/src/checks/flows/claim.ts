import { defineCheck } from '../../engine/registry.ts';
import { requireClient } from '../support/roles.ts';
import { must } from '../support/steps.ts';
import { agreeDeduction, assessClaim, claimBody, freshMonth, isoDay, protectedHousehold, runFreshMonth } from '../areas/05-10/support.ts';
import { readIn } from './support.ts';
import { refusedIn, type Attempt, type FlowResource } from './support.ts';

const claim = (claimId: string): FlowResource => ({
  flow: 'claim', read: 'getClaim', path: { claimId }, stateItem: 'status', name: { ja: '債権', en: 'claim' },
});
const pay = (claimId: string, amount: number): Attempt => ({
  operation: 'recordClaimPayment', ja: '納付の記録', input: { path: { claimId }, body: { paidOn: isoDay(0), amount, method: 'cash' } },
});
const writeOff = (claimId: string): Attempt => ({
  operation: 'writeOffClaim', ja: '不納欠損処理', input: { path: { claimId }, body: { writtenOffOn: isoDay(0), reason: 'exemption', reasonDetail: '免除の決定（見本データ）' } },
});

/**
 * 10.2.4 / 10.4.8 (flow claim): a claim paid in full and one written off are read right before a payment and
 * a write-off — neither of which the flow allows from those final states: each is refused with 409 and the
 * claim stays as it was. Both carry a deduction request for a month of their own; the regular payment run of that
 * month (a batch over every household, not a request about the claim) must leave them closed.
 */
export const claimClosedRefusesSettlement = defineCheck({
  id: 'flow.claim-closed-refuses-payment-and-write-off',
  title: {
    ja: '完納又は不納欠損となった債権への納付の記録と不納欠損処理は409で拒否され、債権は変わらない',
    en: 'A payment into, or a write-off of, a paid or written-off claim is refused with 409 and changes nothing',
  },
  verifies: ['10.2.4', '10.4.8'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const { householdId } = await protectedHousehold(ctx);
    const assess = async () => String((await assessClaim(ctx, claimBody(householdId, { basis: '78', principalAmount: 10_000, inKindCostAmount: 20_000 }))).claimId);

    const month = freshMonth();
    const paid = await assess();
    await agreeDeduction(ctx, paid, 1_000, month);
    const full = pay(paid, 10_000);
    await must(ctx, accountant, full.operation, full.input, 200, { ja: '残高全額の納付', en: 'paying the whole balance' });
    await refusedIn(ctx, accountant, claim(paid), 'paid', [pay(paid, 1), writeOff(paid)]);

    const writtenOff = await assess();
    await agreeDeduction(ctx, writtenOff, 1_000, month);
    const off = writeOff(writtenOff);
    await must(ctx, accountant, off.operation, off.input, 200, { ja: '免除による不納欠損処理', en: 'writing the claim off for exemption' });
    await refusedIn(ctx, accountant, claim(writtenOff), 'writtenOff', [pay(writtenOff, 1), writeOff(writtenOff)]);

    await runFreshMonth(ctx, {}, month);
    await readIn(ctx, accountant, claim(paid), 'paid');
    await readIn(ctx, accountant, claim(writtenOff), 'writtenOff');
  },
});
