import { conflict, type components, type HogoAdapter } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { assertMemberOf, householdInPath } from './common.ts';

type IncomeReport = components['schemas']['IncomeReport'];
type IncomePayslip = components['schemas']['IncomePayslip'];
type Submission = components['schemas']['ElectronicIncomeReportInput'];

const deductionsOf = (s: IncomePayslip) => (s.socialInsurance ?? 0) + (s.incomeTax ?? 0) + (s.residentTax ?? 0) + (s.otherDeductions ?? 0);

/** 02.6.2: net = gross − deductions on every slip, and every slip paid within the month declared. */
function assertConsistent(body: Submission, checksNet: boolean): void {
  body.payslips.forEach((slip, i) => {
    const expected = slip.grossAmount - deductionsOf(slip);
    if (slip.netAmount !== expected && checksNet) {
      throw ruleBroken('payslip-inconsistent', `/body/payslips/${i}/netAmount`, {
        ja: `差引支給額（${slip.netAmount}円）が総支給額から控除額を差し引いた額（${expected}円）と一致しません。`,
        en: `The net amount (${slip.netAmount} yen) is not gross minus deductions (${expected} yen).`,
      });
    }
    if (slip.payDate.slice(0, 7) !== body.incomeMonth) {
      throw ruleBroken('payslip-outside-month', `/body/payslips/${i}/payDate`, {
        ja: `支給日（${slip.payDate}）が収入月（${body.incomeMonth}）に含まれません。`,
        en: `The pay date (${slip.payDate}) is not in the income month (${body.incomeMonth}).`,
      });
    }
  });
}

interface SlipKey {
  memberId: string;
  employer: { name: string; corporateNumber?: string };
  slip: IncomePayslip;
}

/** Same slip: the same slip id, or the same member, employer and pay date (02.6.3). */
function sameSlip(a: SlipKey, b: SlipKey): boolean {
  if (a.slip.slipId !== undefined && a.slip.slipId === b.slip.slipId) return true;
  const sameEmployer = a.employer.corporateNumber !== undefined && b.employer.corporateNumber !== undefined
    ? a.employer.corporateNumber === b.employer.corporateNumber
    : a.employer.name === b.employer.name;
  return a.memberId === b.memberId && sameEmployer && a.slip.payDate === b.slip.payDate;
}

/** Every slip accepted so far, with its member and employer. */
function acceptedSlips(reader: Reader): SlipKey[] {
  return reader
    .all<IncomeReport>('IncomeReport')
    .map((r) => r.value)
    .filter((r) => r.submittedElectronically)
    .flatMap((r) => (r.payslips ?? []).map((slip) => ({ memberId: r.memberId, employer: { name: r.payerName ?? '', corporateNumber: r.employerCorporateNumber }, slip })));
}

const sum = (slips: readonly IncomePayslip[], pick: (s: IncomePayslip) => number | undefined) => slips.reduce((t, s) => t + (pick(s) ?? 0), 0);

/** 収入申告の電子提出 (02.6.1–02.6.4, edition 2.1): pay slips as data become one income report of the month. */
export function electronicIncome(env: AreaEnv): Pick<HogoAdapter, 'submitElectronicIncomeReport'> {
  return {
    async submitElectronicIncomeReport({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdInPath(tx, path.householdId);
        assertMemberOf(household, body.memberId, '/body/memberId');
        assertConsistent(body, !hasMutant(env, 'payslip-net-unchecked'));
        const employer = { name: body.employerName, corporateNumber: body.employerCorporateNumber };
        const submitted: SlipKey[] = body.payslips.map((slip) => ({ memberId: body.memberId, employer, slip }));
        submitted.forEach((key, i) => {
          const twin = submitted.findIndex((other, j) => j < i && sameSlip(other, key));
          if (twin >= 0) {
            throw ruleBroken('payslip-duplicated', `/body/payslips/${i}`, {
              ja: `同じ給与明細が提出内容に重複しています（${twin + 1}件目と同一）。`,
              en: `The submission contains the same pay slip twice (same as slip ${twin}).`,
            });
          }
        });
        const accepted = acceptedSlips(tx);
        const already = submitted.findIndex((key) => accepted.some((a) => sameSlip(a, key)));
        if (already >= 0 && !hasMutant(env, 'payslip-double-counted')) {
          throw conflict('payslip-already-accepted', {
            ja: `給与明細（支給日 ${body.payslips[already]!.payDate}）は既に受け付けています。収入を二重に計上しないため、何も記録しませんでした。`,
            en: `The pay slip paid on ${body.payslips[already]!.payDate} was already accepted; nothing was recorded, so income is not counted twice.`,
          });
        }
        // Seeded defect electronic-income-first-slip-only: the report's amounts are those of the first slip alone.
        const slips = hasMutant(env, 'electronic-income-first-slip-only') ? body.payslips.slice(0, 1) : body.payslips;
        // Seeded defect payslip-data-not-kept: only the pay date and the amounts of each slip are kept.
        const kept = hasMutant(env, 'payslip-data-not-kept')
          ? body.payslips.map(({ slipId, payDate, grossAmount, netAmount }) => ({ slipId, payDate, grossAmount, netAmount }))
          : structuredClone(body.payslips);
        const workDays = slips.some((s) => s.workDays !== undefined) ? Math.min(31, sum(slips, (s) => s.workDays)) : undefined;
        const reportId = newId(tx, 'IR');
        const report: IncomeReport = {
          reportId,
          householdId: household.householdId,
          memberId: body.memberId,
          incomeMonth: body.incomeMonth,
          reportedOn: body.submittedOn,
          incomeType: '01',
          payerName: body.employerName,
          grossAmount: sum(slips, (s) => s.grossAmount),
          ...(slips.some((s) => s.commutingAllowance !== undefined) ? { commutingAllowance: sum(slips, (s) => s.commutingAllowance) } : {}),
          socialInsurance: sum(slips, (s) => s.socialInsurance),
          incomeTax: sum(slips, (s) => s.incomeTax),
          residentTax: sum(slips, (s) => s.residentTax),
          ...(workDays !== undefined ? { workDays } : {}),
          submittedElectronically: true,
          ...(body.employerCorporateNumber !== undefined ? { employerCorporateNumber: body.employerCorporateNumber } : {}),
          payslips: kept,
          recordedAt: env.clock.now().toISOString(),
          recordedBy: ctx.principal.staffId,
        };
        tx.put('IncomeReport', reportId, report);
        return report;
      });
    },
  };
}
