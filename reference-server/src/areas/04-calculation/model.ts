import type { components } from '@hogo-kit/sdk';
import { ageOn } from '../../support/clock.ts';
import { ruleBroken, unknownReference } from '../../support/refusals.ts';
import type { Grade } from './kijun.ts';

export type CalculationInput = components['schemas']['CalculationInput'];
export type CalculationResult = components['schemas']['CalculationResult'];
export type ResultItem = CalculationResult['items'][number];
export type IncomeLine = CalculationResult['incomes'][number];
export type Component = ResultItem['component'];
export type FujoType = ResultItem['fujoType'];
export type DeductionType = IncomeLine['deductions'][number]['deductionType'];

/** A member of CalculationInput (the generated type collapses the schema's anyOf to unknown). */
export interface InputMember {
  key: string;
  birthDate?: string;
  age?: number;
  livingArrangement?: string;
  disabilityAddition?: string;
  pregnancyStatus?: string;
  singleParent?: boolean;
  schoolLevel?: string;
  educationExpenses?: number;
  careInsurancePremium?: number;
  earnedIncome?: number;
  newlyEmployed?: boolean;
  necessaryExpenses?: { deductionType: DeductionType; amount: number }[];
}

/** One member as the calculation sees it on the date. */
export interface CalcMember {
  key: string;
  /** Pointer of the member in the input (/body/members/<i>). */
  pointer: string;
  /** The input field the age comes from (blamed when an age has no row). */
  ageField: 'birthDate' | 'age';
  birthDate?: string;
  age: number;
  livingArrangement: string;
  disabilityAddition?: string;
  pregnancyStatus?: string;
  singleParent: boolean;
  schoolLevel?: string;
  educationExpenses: number;
  careInsurancePremium: number;
}

/** One income before recognition: a member's earnings, or another income. */
export interface CalcIncome {
  memberKey?: string;
  earned: boolean;
  incomeType?: IncomeLine['incomeType'];
  gross: number;
  newlyEmployed: boolean;
  expenses: { deductionType: DeductionType; amount: number }[];
  incomeReportId?: string;
  /** Pointer of the amount in the input (blamed when no deduction table applies). */
  pointer: string;
}

export interface CalcModel {
  date: string;
  month: number;
  grade: Grade;
  winterRegion: CalculationInput['winterRegion'];
  lgCode?: string;
  monthlyRent: number;
  housingSpecialCeiling?: number;
  members: CalcMember[];
  incomes: CalcIncome[];
  actualCosts: NonNullable<CalculationInput['actualCosts']>;
  excluded: Component[];
  input: CalculationInput;
}

const EXPENSE_TYPES = new Set(['11', '12', '13', '19']);
/** 介護保険の第1号被保険者: 65 and over (介護保険法第9条第1号). */
const FIRST_INSURED_AGE = 65;

/** Checks a CalculationInput against the rules the schema cannot express and turns it into the calculation's model. */
export function modelOf(input: CalculationInput, memberPointer = (i: number) => `/body/members/${i}`): CalcModel {
  const keys = new Set<string>();
  const inputMembers = input.members as InputMember[];
  const members = inputMembers.map((m, i): CalcMember => {
    const pointer = memberPointer(i);
    if (keys.has(m.key)) throw ruleBroken('duplicate-member-key', `${pointer}/key`, { ja: '世帯員キーが重複しています', en: 'The member key is used twice' });
    keys.add(m.key);
    const age = m.birthDate !== undefined ? ageOn(m.birthDate, input.date) : m.age ?? 0;
    if (m.birthDate !== undefined && m.birthDate > input.date) {
      throw ruleBroken('born-after-date', `${pointer}/birthDate`, { ja: '算定日より後に生まれた者は世帯員に含められません', en: 'A member born after the calculation date cannot be counted' });
    }
    if ((m.educationExpenses ?? 0) > 0 && m.schoolLevel === undefined) {
      throw ruleBroken('school-level-required', `${pointer}/schoolLevel`, { ja: '教育扶助の実費には在学区分が必要です', en: 'Educational costs need the school level' });
    }
    if ((m.careInsurancePremium ?? 0) > 0 && age < FIRST_INSURED_AGE) {
      throw ruleBroken('not-first-insured', `${pointer}/careInsurancePremium`, {
        ja: '介護保険料加算は第1号被保険者（65歳以上）の介護保険料に限ります', en: 'The care-insurance premium addition is for a first-category insured person (65 or over) only',
      });
    }
    (m.necessaryExpenses ?? []).forEach((e, j) => {
      if (!EXPENSE_TYPES.has(e.deductionType)) {
        throw ruleBroken('not-an-expense', `${pointer}/necessaryExpenses/${j}/deductionType`, {
          ja: '必要経費の種類は社会保険料・租税・通勤費・その他の必要経費のいずれかです（勤労控除は算定されます）',
          en: 'A necessary expense is 11, 12, 13 or 19 (the earned-income deductions are calculated)',
        });
      }
    });
    return {
      key: m.key, pointer, ageField: m.birthDate !== undefined ? 'birthDate' : 'age', age,
      ...(m.birthDate !== undefined ? { birthDate: m.birthDate } : {}),
      livingArrangement: m.livingArrangement ?? '01',
      ...(m.disabilityAddition !== undefined ? { disabilityAddition: m.disabilityAddition } : {}),
      ...(m.pregnancyStatus !== undefined ? { pregnancyStatus: m.pregnancyStatus } : {}),
      singleParent: m.singleParent ?? false,
      ...(m.schoolLevel !== undefined ? { schoolLevel: m.schoolLevel } : {}),
      educationExpenses: m.educationExpenses ?? 0,
      careInsurancePremium: m.careInsurancePremium ?? 0,
    };
  });
  const knownMember = (key: string | undefined, pointer: string) => {
    if (key !== undefined && !keys.has(key)) throw unknownReference(pointer, '世帯員', 'member');
  };
  const incomes: CalcIncome[] = [];
  inputMembers.forEach((m, i) => {
    if ((m.earnedIncome ?? 0) > 0) {
      incomes.push({
        memberKey: m.key, earned: true, gross: m.earnedIncome!, newlyEmployed: m.newlyEmployed ?? false,
        expenses: (m.necessaryExpenses ?? []).map((e) => ({ deductionType: e.deductionType, amount: e.amount })),
        pointer: `${memberPointer(i)}/earnedIncome`,
      });
    }
  });
  (input.otherIncomes ?? []).forEach((o, i) => {
    knownMember(o.memberKey, `/body/otherIncomes/${i}/memberKey`);
    incomes.push({
      ...(o.memberKey !== undefined ? { memberKey: o.memberKey } : {}),
      earned: false, incomeType: o.incomeType, gross: o.amount, newlyEmployed: false,
      expenses: (o.necessaryExpenses ?? 0) > 0 ? [{ deductionType: '19', amount: o.necessaryExpenses! }] : [],
      pointer: `/body/otherIncomes/${i}/amount`,
    });
  });
  (input.actualCosts ?? []).forEach((c, i) => {
    knownMember(c.memberKey, `/body/actualCosts/${i}/memberKey`);
    if (['01', '02', '03'].includes(c.fujoType)) {
      throw ruleBroken('not-an-actual-cost', `/body/actualCosts/${i}/fujoType`, {
        ja: '実費で計上できるのは医療・介護・出産・生業・葬祭扶助です', en: 'Only medical, care, maternity, occupational and funeral assistance are counted at cost',
      });
    }
  });
  const monthlyRent = input.monthlyRent ?? 0;
  if (monthlyRent > 0 && input.lgCode === undefined && input.housingSpecialCeiling === undefined) {
    throw ruleBroken('lg-code-required', '/body/lgCode', {
      ja: '家賃がある場合は住宅扶助の上限額を定めるため居住地の団体コードが必要です', en: 'With rent, the municipality code is needed to find the housing ceiling',
    });
  }
  return {
    date: input.date, month: Number(input.date.slice(5, 7)), grade: input.grade, winterRegion: input.winterRegion,
    ...(input.lgCode !== undefined ? { lgCode: input.lgCode } : {}),
    monthlyRent,
    ...(input.housingSpecialCeiling !== undefined ? { housingSpecialCeiling: input.housingSpecialCeiling } : {}),
    members, incomes, actualCosts: input.actualCosts ?? [], excluded: [...(input.excludeComponents ?? [])], input,
  };
}
