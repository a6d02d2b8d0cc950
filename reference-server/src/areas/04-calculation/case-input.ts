import type { components } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { ruleBroken, unknownReference } from '../../support/refusals.ts';
import { modelOf, type CalcIncome, type CalcModel, type CalculationInput, type InputMember } from './model.ts';

type Household = components['schemas']['Household'];
type IncomeReport = components['schemas']['IncomeReport'];
export type CaseCalculationInput = components['schemas']['CaseCalculationInput'];

/** Members of the household on the date: born by then and not yet left (leftOn is the first day away). */
export const membersOn = (household: Household, date: string) =>
  household.members.filter((m) => m.birthDate <= date && (m.leftOn === undefined || date < m.leftOn));

/**
 * The CalculationInput of a registered household (04.5.3): grade, winter region, municipality of residence,
 * rent and the members (birth date, living arrangement, disability and pregnancy categories) from the record;
 * income, school level, single parent and costs from the body. Refuses a memberId that is not a member.
 */
export function caseCalculationInput(household: Household, body: CaseCalculationInput): CalculationInput {
  const present = membersOn(household, body.date);
  if (present.length === 0) {
    throw ruleBroken('no-members-on-date', '/body/date', { ja: '算定日に世帯員がいません', en: 'The household has no members on the calculation date' });
  }
  const given = new Map<string, NonNullable<CaseCalculationInput['members']>[number]>();
  (body.members ?? []).forEach((m, i) => {
    const pointer = `/body/members/${i}/memberId`;
    if (!household.members.some((x) => x.memberId === m.memberId)) throw unknownReference(pointer, 'この世帯の世帯員', 'member of this household');
    if (!present.some((x) => x.memberId === m.memberId)) {
      throw ruleBroken('member-not-in-household-on-date', pointer, { ja: '算定日に世帯に属していない世帯員です', en: 'The member is not in the household on the calculation date' });
    }
    if (given.has(m.memberId)) throw ruleBroken('duplicate-member', pointer, { ja: '同じ世帯員が重複しています', en: 'The member is listed twice' });
    given.set(m.memberId, m);
  });
  const rent = body.monthlyRent ?? household.monthlyRent;
  return {
    date: body.date,
    grade: household.grade,
    winterRegion: household.winterRegion,
    lgCode: household.address.lgCode,
    ...(rent !== undefined ? { monthlyRent: rent } : {}),
    ...(body.housingSpecialCeiling !== undefined ? { housingSpecialCeiling: body.housingSpecialCeiling } : {}),
    members: present.map((m) => {
      const { memberId: _id, ...extra } = given.get(m.memberId) ?? { memberId: m.memberId };
      return {
        key: m.memberId,
        birthDate: m.birthDate,
        ...(m.livingArrangement !== undefined ? { livingArrangement: m.livingArrangement } : {}),
        ...(m.disabilityAddition !== undefined ? { disabilityAddition: m.disabilityAddition } : {}),
        ...(m.pregnancyStatus !== undefined ? { pregnancyStatus: m.pregnancyStatus } : {}),
        ...extra,
      };
    }),
    ...(body.otherIncomes !== undefined ? { otherIncomes: body.otherIncomes } : {}),
    ...(body.actualCosts !== undefined ? { actualCosts: body.actualCosts } : {}),
    ...(body.excludeComponents !== undefined ? { excludeComponents: body.excludeComponents } : {}),
  };
}

/** One income report as an income of the calculation, without re-keying (04.4.6). */
function reportIncome(report: IncomeReport, pointer: string, newlyEmployed: boolean, dropDeductions: boolean): CalcIncome {
  const earned = report.incomeType === '01' || report.incomeType === '02';
  const expenses = [
    { deductionType: '11' as const, amount: report.socialInsurance ?? 0 },
    { deductionType: '12' as const, amount: (report.incomeTax ?? 0) + (report.residentTax ?? 0) },
    { deductionType: '13' as const, amount: report.commutingAllowance ?? 0 },
    { deductionType: '19' as const, amount: report.otherNecessaryExpenses ?? 0 },
  ].filter((e) => e.amount > 0 && !dropDeductions);
  return {
    memberKey: report.memberId, earned, ...(earned ? {} : { incomeType: report.incomeType }),
    gross: report.grossAmount, newlyEmployed: earned && newlyEmployed, expenses, incomeReportId: report.reportId, pointer,
  };
}

/**
 * The model of a case calculation: the household's input, plus the incomes taken from its income reports.
 * `defects.reportDeductionsDropped` is the seeded defect income-report-deductions-dropped (only the gross is taken).
 */
export function caseModel(tx: Reader, household: Household, body: CaseCalculationInput, defects: { reportDeductionsDropped?: boolean } = {}): CalcModel {
  const input = caseCalculationInput(household, body);
  const bodyIndex = new Map((body.members ?? []).map((m, i) => [m.memberId, i]));
  // Fields the body gave point into the body; fields taken from the household point into the derived input.
  const model = modelOf(input, (i) => `/body/members/${bodyIndex.get((input.members[i] as InputMember).key) ?? i}`);
  const earnedFromReport = new Set<string>();
  (body.incomeReportIds ?? []).forEach((id, i) => {
    const pointer = `/body/incomeReportIds/${i}`;
    const report = tx.get<IncomeReport>('IncomeReport', id)?.value;
    if (!report || report.householdId !== household.householdId) throw unknownReference(pointer, 'この世帯の収入申告', 'income report of this household');
    if (!model.members.some((m) => m.key === report.memberId)) {
      throw ruleBroken('member-not-in-household-on-date', pointer, { ja: '収入申告の世帯員が算定日に世帯に属していません', en: 'The member of the income report is not in the household on the calculation date' });
    }
    const income = reportIncome(report, pointer, body.members?.find((m) => m.memberId === report.memberId)?.newlyEmployed ?? false, defects.reportDeductionsDropped === true);
    if (income.earned) {
      const j = bodyIndex.get(report.memberId);
      if (j !== undefined && (body.members?.[j]?.earnedIncome ?? 0) > 0) {
        throw ruleBroken('income-counted-twice', `/body/members/${j}/earnedIncome`, {
          ja: '収入申告から取り込む世帯員の就労収入は入力できません（二重計上になります）', en: 'Earned income is taken from the income report of this member; giving it again would count it twice',
        });
      }
      if (earnedFromReport.has(report.memberId)) {
        throw ruleBroken('income-counted-twice', pointer, {
          ja: '同じ世帯員の就労収入の収入申告は1件のみ取り込めます', en: 'Only one earned-income report per member can be taken into one calculation',
        });
      }
      earnedFromReport.add(report.memberId);
    }
    model.incomes.push(income);
  });
  return model;
}
