import { addDays } from '../../support/clock.ts';
import { hasMutant } from '../../support/env.ts';
import { rowAmount, type Lookup } from './lookup.ts';
import type { CalcMember, CalcModel, ResultItem } from './model.ts';
import type { Sheet } from './money.ts';

const DISABILITY = { ja: '障害者加算', en: 'disability addition' };
const SINGLE_PARENT = { ja: '母子加算', en: 'single-parent addition' };
const CHILD_REARING = { ja: '児童養育加算', en: 'child-rearing addition' };
const PREGNANCY = { ja: '妊産婦加算', en: 'pregnancy addition' };

/**
 * The last day a member counts as a child (児童): the first 31 March on or after the day the member reaches 18
 * (18歳に達する日 = the day before the 18th birthday, 年齢計算ニ関スル法律).
 */
export function childUntil(birthDate: string): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const birthday18 = new Date(Date.UTC(y + 18, m - 1, d)).toISOString().slice(0, 10);
  const reaches = addDays(birthday18, -1);
  const year = Number(reaches.slice(0, 4));
  return reaches <= `${year}-03-31` ? `${year}-03-31` : `${year + 1}-03-31`;
}

/** True when the member is a child on the date (with only an age given: under 18). */
export const isChild = (m: CalcMember, date: string) =>
  m.birthDate !== undefined ? date <= childUntil(m.birthDate) : m.age < 18;

/** 障害者加算 and 母子加算 of one member; when both apply only the higher is counted (04.3.1–04.3.3). */
function disabilityOrSingleParent(model: CalcModel, lookup: Lookup, sheet: Sheet, m: CalcMember, children: number): void {
  const made: ResultItem[] = [];
  if (m.disabilityAddition !== undefined) {
    const table = lookup.table('addition', DISABILITY, { additionType: '03' });
    // mutant disability-degree-codes-swapped: 区分 1 and 2 of the disability addition are read the wrong way round
    const swapped: Record<string, string> = { '1': '2', '2': '1' };
    const degree = hasMutant(lookup.env, 'disability-degree-codes-swapped') ? swapped[m.disabilityAddition] ?? m.disabilityAddition : m.disabilityAddition;
    const row = table && lookup.row(table, { disabilityAddition: degree, livingArrangement: m.livingArrangement },
      { grade: '/body/grade', disabilityAddition: `${m.pointer}/disabilityAddition`, livingArrangement: `${m.pointer}/livingArrangement` }, DISABILITY);
    if (table && row) made.push(sheet.add('01', 'addition', row.amount ?? 0, [table], { additionType: '03', memberKey: m.key }));
  }
  if (m.singleParent && children > 0) {
    const table = lookup.table('addition', SINGLE_PARENT, { additionType: '02' });
    // mutant single-parent-by-household-size: the row is chosen by the number of members instead of the children
    const c = { childCount: hasMutant(lookup.env, 'single-parent-by-household-size') ? model.members.length : children };
    const row = table && lookup.row(table, c, { grade: '/body/grade', childCount: '/body/members' }, SINGLE_PARENT);
    if (table && row) made.push(sheet.add('01', 'addition', rowAmount(row, c), [table], { additionType: '02', memberKey: m.key }));
  }
  // mutant disability-and-single-parent-both: both additions stay counted
  if (made.length === 2 && !hasMutant(lookup.env, 'disability-and-single-parent-both')) {
    const [disability, singleParent] = made as [ResultItem, ResultItem];
    const lower = singleParent.amount > disability.amount ? disability : singleParent;
    lower.counted = false;
    lower.note = '同一の者の障害者加算と母子加算は高い方のみ計上 / only the higher of the disability and single-parent additions of one person is counted';
  }
}

/** The additions of every member: 障害者・母子・児童養育・妊産婦・介護保険料 (04.3.1–04.3.5, 09.2.4). */
export function additions(model: CalcModel, lookup: Lookup, sheet: Sheet): void {
  if (model.excluded.includes('addition')) return;
  const children = model.members.filter((m) => isChild(m, model.date));
  for (const m of model.members) {
    const others = children.filter((c) => c !== m).length;
    disabilityOrSingleParent(model, lookup, sheet, m, others);
    // mutant child-rearing-until-junior-high: the old rule (中学校修了前, under 15) is applied
    if (children.includes(m) && !(hasMutant(lookup.env, 'child-rearing-until-junior-high') && m.age >= 15)) {
      const table = lookup.table('addition', CHILD_REARING, { additionType: '07' });
      const row = table && lookup.row(table, { age: m.age }, { grade: '/body/grade', age: `${m.pointer}/${m.ageField}` }, CHILD_REARING);
      if (table && row) sheet.add('01', 'addition', row.amount ?? 0, [table], { additionType: '07', memberKey: m.key });
    }
    if (m.pregnancyStatus !== undefined) {
      const table = lookup.table('addition', PREGNANCY, { additionType: '01' });
      // mutant pregnancy-status-ignored: the row is matched without the 区分 (the first row, under 6 months, is taken)
      const status = hasMutant(lookup.env, 'pregnancy-status-ignored') ? '1' : m.pregnancyStatus;
      const row = table && lookup.row(table, { pregnancyStatus: status },
        { grade: '/body/grade', pregnancyStatus: `${m.pointer}/pregnancyStatus` }, PREGNANCY);
      if (table && row) sheet.add('01', 'addition', row.amount ?? 0, [table], { additionType: '01', memberKey: m.key });
    }
    if (m.careInsurancePremium > 0 && !hasMutant(lookup.env, 'care-premium-addition-missing')) {
      sheet.add('01', 'addition', m.careInsurancePremium, [], {
        additionType: '08', memberKey: m.key, note: '介護保険料の実額 / the premium paid',
      });
    }
  }
}
