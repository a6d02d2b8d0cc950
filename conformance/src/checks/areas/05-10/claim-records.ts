import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { agreeDeduction, assessClaim, claimBody, claimsOf, failWith, freshMonth, isoDay, monthOf, protectedHousehold, readClaim, regularPayments, runFreshMonth, type Fault } from './support.ts';

type Json = Record<string, unknown>;
const refused = (status: number) => status === 400 || status === 409 || status === 422;

/** 10.1.1, 10.1.4, 10.1.7: a claim records its basis, period, amounts, dates and reason; Art. 77-2 is told apart; no reason, no claim. */
export const claimAssessment = defineCheck({
  id: 'claim.assessment-recorded',
  title: {
    ja: '調定で法定根拠・債務者・対象期間・調定額・調定日・納期限・理由が記録され、第77条の2は強制徴収可能と識別され、理由のない調定は拒否される',
    en: 'A claim records basis, debtor, period, amounts, dates and reason; Art. 77-2 is marked collectable by the tax method; a claim without reason is refused',
  },
  verifies: ['10.1.1', '10.1.4', '10.1.7'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const { reason: _r, ...noReason } = claimBody(householdId, { basis: '63' });
    const without = await send(caseworker, 'createClaim', { body: noReason });
    if (!refused(without.status)) faults.push({ ja: `理由のない調定が ${without.status} で応答した`, en: `a claim without a reason answered ${without.status}` });
    const blank = await send(caseworker, 'createClaim', { body: claimBody(householdId, { basis: '63', reason: '' }) });
    if (!refused(blank.status)) faults.push({ ja: `理由が空の調定が ${blank.status} で応答した`, en: `a claim with an empty reason answered ${blank.status}` });
    if ((await claimsOf(ctx, householdId)).length > 0) faults.push({ ja: '理由のない調定が記録されていた', en: 'a claim without a reason was recorded' });

    const body = claimBody(householdId, { basis: '77-2', principalAmount: 60_000, inKindCostAmount: 60_000 });
    const c772 = await readClaim(ctx, String((await assessClaim(ctx, body)).claimId));
    for (const key of ['householdId', 'basis', 'periodFrom', 'periodTo', 'principalAmount', 'assessedOn', 'dueDate', 'reason'] as const) {
      if (c772[key] !== body[key]) faults.push({ ja: `債権の ${key} が登録どおりでない（${String(c772[key])}）`, en: `the claim's ${key} is not as assessed (${String(c772[key])})` });
    }
    if (c772.assessedAmount !== 60_000) faults.push({ ja: '調定額が記録されていない', en: 'the assessed amount is not recorded' });
    if (typeof c772.debtorMemberId !== 'string') faults.push({ ja: '債務者（世帯員）が記録されていない', en: 'the debtor (member) is not recorded' });
    if (c772.enforceableByTaxMethod !== true) faults.push({ ja: '法第77条の2の徴収金が強制徴収可能と識別されていない', en: 'the Art. 77-2 collection is not marked collectable by the tax method' });
    const c63 = await readClaim(ctx, String((await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 10_000 }))).claimId));
    if (c63.enforceableByTaxMethod !== false) faults.push({ ja: '法第63条の返還金が強制徴収可能とされている', en: 'the Art. 63 repayment is marked collectable by the tax method' });
    failWith(ctx, { ja: '調定の記録が規則どおりでない', en: 'Claims are not recorded as the rules say' }, faults);
  },
});

/** 10.4.6: a write-off needs its concrete ground. */
export const writeOffGround = defineCheck({
  id: 'claim.write-off-ground-required',
  title: { ja: '根拠の詳細のない不納欠損は拒否され、根拠とともに記録される', en: 'A write-off without its concrete ground is refused; the ground is recorded' },
  verifies: ['10.4.6'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const claimId = String((await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 10_000, inKindCostAmount: 10_000 }))).claimId);
    const bare = await send(accountant, 'writeOffClaim', { path: { claimId }, body: { writtenOffOn: isoDay(0), reason: 'renunciation' } });
    if (!refused(bare.status)) faults.push({ ja: `根拠の詳細のない不納欠損が ${bare.status} で応答した`, en: `a write-off without its ground answered ${bare.status}` });
    if ((await readClaim(ctx, claimId)).status === 'writtenOff') faults.push({ ja: '根拠のない不納欠損が記録されていた', en: 'the write-off without a ground was recorded' });
    const detail = '令和8年第1回定例会議決第12号による権利の放棄（見本データ）';
    const ok = await send(accountant, 'writeOffClaim', { path: { claimId }, body: { writtenOffOn: isoDay(0), reason: 'renunciation', reasonDetail: detail } });
    if (ok.status >= 300) faults.push({ ja: `根拠付きの不納欠損が ${ok.status} で拒否された`, en: `a write-off with its ground was refused with ${ok.status}` });
    else {
      const done = await readClaim(ctx, claimId);
      if (done.writeOffReason !== 'renunciation' || done.writeOffReasonDetail !== detail) faults.push({ ja: '不納欠損の理由と根拠が記録されていない', en: 'the reason and ground of the write-off are not recorded' });
    }
    failWith(ctx, { ja: '不納欠損の根拠の記録が規則どおりでない', en: 'The ground of a write-off is not kept as the rules say' }, faults);
  },
});

/** 10.3.6 and 10.3.7: deductions only in the agreed months, and never above the claim's balance. */
export const deductionLimits = defineCheck({
  id: 'deduction.within-months-and-balance',
  title: {
    ja: '徴収は同意の期間内の月に限り、1回の徴収額は同意月額と債権の残高を超えない',
    en: 'Deductions are made only in the agreed months and never exceed the agreed amount or the claim’s balance',
  },
  verifies: ['10.3.6', '10.3.7'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const current = monthOf(isoDay(-1));
    const agree = (claimId: string, extra: Json) => send(caseworker, 'createDeductionAgreement', {
      path: { claimId }, body: { requestedOn: isoDay(-1), startMonth: current, livelihoodConfirmed: true, ...extra },
    });
    // Household A: an agreement that ended with the current month; household B: a balance below the agreed amount.
    const a = await protectedHousehold(ctx);
    const ended = String((await assessClaim(ctx, claimBody(a.householdId, { principalAmount: 50_000, inKindCostAmount: 50_000 }))).claimId);
    if ((await agree(ended, { monthlyAmount: 5_000, endMonth: current })).status !== 201) return ctx.fail({ ja: '期間付きの徴収の同意が拒否された', en: 'the agreement with an end month was refused' });
    const b = await protectedHousehold(ctx);
    const small = String((await assessClaim(ctx, claimBody(b.householdId, { principalAmount: 3_000, inKindCostAmount: 3_000 }))).claimId);
    const month = freshMonth();
    await agreeDeduction(ctx, small, 10_000, month);

    await runFreshMonth(ctx, {}, month);
    const [pa] = await regularPayments(ctx, a.householdId, month);
    const [pb] = await regularPayments(ctx, b.householdId, month);
    if (!pa || !pb) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `a household in protection has no regular payment of ${month}` });
    if (Number(pa.deductionAmount) !== 0) faults.push({ ja: `徴収終了月（${current}）より後の ${month} に ${String(pa.deductionAmount)} 円が徴収された`, en: `${String(pa.deductionAmount)} yen was deducted in ${month}, after the agreed end month ${current}` });
    if ((await readClaim(ctx, ended)).balance !== 50_000) faults.push({ ja: '期間外の月に債権の残高が減った', en: 'the claim’s balance fell in a month outside the agreement' });
    if (Number(pb.deductionAmount) !== 3_000) faults.push({ ja: `残高 3000 円の債権への徴収が ${String(pb.deductionAmount)} 円（3000円であるべき）`, en: `the deduction for a claim with a balance of 3000 is ${String(pb.deductionAmount)} (3000 expected)` });
    const after = await readClaim(ctx, small);
    if (after.balance !== 0 || after.status !== 'paid') faults.push({ ja: `残高まで徴収された債権が完納（残高0円）でない（${String(after.status)}/${String(after.balance)}）`, en: `the claim deducted up to its balance is not paid with balance 0 (${String(after.status)}/${String(after.balance)})` });
    failWith(ctx, { ja: '徴収の期間・上限が守られていない', en: 'The months or the limit of deductions are not kept' }, faults);
  },
});
