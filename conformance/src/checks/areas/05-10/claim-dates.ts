import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { assessClaim, claimBody, failWith, isoDay, protectedHousehold, readClaim, type Fault } from './support.ts';

/** The same day `years` later (29 February → 28 February when the later year has none). */
export function yearsLater(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** 10.4.1 and 10.4.2: the prescription date is 5 years after the due date, renewed to 5 years after a payment. */
export const prescriptionDate = defineCheck({
  id: 'claim.prescription-date',
  title: {
    ja: '時効完成予定日は納期限の5年後の日で、納付があれば納付の日の5年後の日に更新される',
    en: 'The prescription date is 5 years after the due date and moves to 5 years after a payment',
  },
  verifies: ['10.4.1', '10.4.2'],
  async run(ctx) {
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    // Assessed and due two days ago: a payment today is after the due date, so both dates rules agree.
    const due = isoDay(-2);
    const claim = await assessClaim(ctx, claimBody(householdId, { basis: '63', assessedOn: due, dueDate: due, principalAmount: 40_000, inKindCostAmount: 40_000 }));
    const claimId = String(claim.claimId);
    const first = await readClaim(ctx, claimId);
    if (first.prescriptionDate !== yearsLater(due, 5)) faults.push({ ja: `時効完成予定日が納期限 ${due} の5年後（${yearsLater(due, 5)}）でなく ${String(first.prescriptionDate)}`, en: `the prescription date is ${String(first.prescriptionDate)}, not 5 years after the due date ${due} (${yearsLater(due, 5)})` });
    const paidOn = isoDay(0);
    const paid = await send(requireClient(ctx, 'accountant'), 'recordClaimPayment', { path: { claimId }, body: { paidOn, amount: 1_000, method: 'cash' } });
    if (paid.status >= 300) return ctx.fail({ ja: `一部納付が ${paid.status} で拒否された`, en: `a partial payment was refused with ${paid.status}` });
    const after = await readClaim(ctx, claimId);
    if (after.prescriptionDate !== yearsLater(paidOn, 5)) faults.push({ ja: `納付（${paidOn}）の後の時効完成予定日が ${yearsLater(paidOn, 5)} でなく ${String(after.prescriptionDate)}`, en: `after the payment on ${paidOn} the prescription date is ${String(after.prescriptionDate)}, not ${yearsLater(paidOn, 5)}` });
    failWith(ctx, { ja: '時効完成予定日の管理が正しくない', en: 'The prescription date is not kept as the rules say' }, faults);
  },
});

/** 10.2.6 and 10.4.3: overdue and prescribed claims are found for a reference date (asOf). */
export const overdueAndPrescribed = defineCheck({
  id: 'claim.overdue-and-prescribed-listed',
  title: {
    ja: '基準日に納期限を過ぎ残高のある債権は滞納、時効完成予定日を過ぎた債権は時効完成として抽出される',
    en: 'Claims with a balance past their due date are listed as overdue, and past their prescription date as prescribed, for a reference date',
  },
  verifies: ['10.2.6', '10.4.3'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const due = isoDay(29);
    const claim = await assessClaim(ctx, claimBody(householdId, { basis: '63', dueDate: due, principalAmount: 40_000, inKindCostAmount: 40_000 }));
    const claimId = String(claim.claimId);
    const prescription = String((await readClaim(ctx, claimId)).prescriptionDate ?? yearsLater(due, 5));
    const listed = async (query: Record<string, string | boolean>) => {
      const body = expectBody(ctx, await send(caseworker, 'listClaims', { query: { householdId, ...query } }), 200, { ja: '債権の一覧（listClaims）', en: 'listing claims (listClaims)' });
      return (Array.isArray(body.items) ? body.items.filter(isObject) : []).some((c) => c.claimId === claimId);
    };
    const cases: [Record<string, string | boolean>, boolean, string][] = [
      [{ overdue: true, asOf: due }, false, `overdue on the due date ${due}`],
      [{ overdue: true, asOf: dayAfter(due) }, true, `overdue the day after the due date`],
      [{ prescribed: true, asOf: prescription }, false, `prescribed on the prescription date ${prescription}`],
      [{ prescribed: true, asOf: dayAfter(prescription) }, true, `prescribed the day after the prescription date`],
    ];
    for (const [query, expected, what] of cases) {
      const found = await listed(query);
      if (found !== expected) faults.push({ ja: `${what} の抽出に債権が${expected ? '含まれない' : '含まれる'}`, en: `listing ${what}: the claim is ${expected ? 'missing' : 'listed'}` });
    }
    failWith(ctx, { ja: '滞納・時効完成の債権の抽出が正しくない', en: 'Overdue and prescribed claims are not found as the rules say' }, faults);
  },
});

/** 10.4.8: a paid or written-off claim cannot be written off. */
export const closedClaimNotWrittenOff = defineCheck({
  id: 'claim.closed-claim-not-written-off',
  title: { ja: '完納又は不納欠損済みの債権の不納欠損は拒否される', en: 'A paid or written-off claim cannot be written off' },
  verifies: ['10.4.8'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const writeOff = (claimId: string) => send(accountant, 'writeOffClaim', { path: { claimId }, body: { writtenOffOn: isoDay(0), reason: 'exemption', reasonDetail: '免除の決定（見本データ）' } });
    const paidClaim = String((await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 10_000, inKindCostAmount: 20_000 }))).claimId);
    const pay = await send(accountant, 'recordClaimPayment', { path: { claimId: paidClaim }, body: { paidOn: isoDay(0), amount: 10_000, method: 'cash' } });
    if (pay.status >= 300) return ctx.fail({ ja: `完納の納付が ${pay.status} で拒否された`, en: `paying the claim in full was refused with ${pay.status}` });
    const onPaid = await writeOff(paidClaim);
    if (onPaid.status !== 409) faults.push({ ja: `完納の債権の不納欠損が 409 でなく ${onPaid.status}`, en: `writing off a paid claim answered ${onPaid.status}, not 409` });
    const offClaim = String((await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 10_000, inKindCostAmount: 20_000 }))).claimId);
    const firstOff = await writeOff(offClaim);
    if (firstOff.status >= 300) return ctx.fail({ ja: `免除による不納欠損が ${firstOff.status} で拒否された`, en: `writing off for exemption was refused with ${firstOff.status}` });
    const again = await writeOff(offClaim);
    if (again.status !== 409) faults.push({ ja: `不納欠損済みの債権の再度の不納欠損が 409 でなく ${again.status}`, en: `writing off a written-off claim again answered ${again.status}, not 409` });
    const after = await readClaim(ctx, offClaim);
    if (after.status !== 'writtenOff' || after.writtenOffAmount !== 10_000) faults.push({ ja: '再度の不納欠損の後で債権が変わっていた', en: 'the claim changed after the second write-off' });
    failWith(ctx, { ja: '閉じた債権の不納欠損が拒否されない', en: 'Closed claims can be written off' }, faults);
  },
});
