import { hasMutant } from '../../support/env.ts';
import type { Lookup } from './lookup.ts';
import type { CalcModel } from './model.ts';
import type { Sheet } from './money.ts';

const EDUCATION = { ja: '教育扶助基準額', en: 'educational assistance standard' };
const HIGH_SCHOOL = { ja: '高等学校等就学費', en: 'upper-secondary schooling costs' };

/**
 * 教育扶助 (小学校等・中学校等: 基準額 + 実費, 04.3.8) and 生業扶助 高等学校等就学費 (04.3.9). The actual school
 * costs of an upper-secondary pupil are met by the 高等学校等就学費 too (生業扶助), not by 教育扶助.
 */
export function schooling(model: CalcModel, lookup: Lookup, sheet: Sheet): void {
  for (const m of model.members) {
    if (m.schoolLevel === undefined) continue;
    const level = { schoolLevel: m.schoolLevel };
    const blame = { grade: '/body/grade', schoolLevel: `${m.pointer}/schoolLevel` };
    if (m.schoolLevel === '3') {
      if (model.excluded.includes('highSchoolStudy')) continue;
      const table = lookup.table('highSchoolStudy', HIGH_SCHOOL);
      const row = table && lookup.row(table, level, blame, HIGH_SCHOOL);
      // mutant high-school-study-as-education: the 高等学校等就学費 is counted under 教育扶助 instead of 生業扶助
      const fujoType = hasMutant(lookup.env, 'high-school-study-as-education') ? '02' : '07';
      if (table && row) sheet.add(fujoType, 'highSchoolStudy', row.amount ?? 0, [table], { memberKey: m.key });
      if (m.educationExpenses > 0) {
        sheet.add('07', 'highSchoolStudy', m.educationExpenses, [], { memberKey: m.key, note: '教材代等の実費 / actual school costs' });
      }
      continue;
    }
    if (!model.excluded.includes('educationStandard')) {
      const table = lookup.table('educationStandard', EDUCATION);
      const row = table && lookup.row(table, level, blame, EDUCATION);
      if (table && row) sheet.add('02', 'educationStandard', row.amount ?? 0, [table], { memberKey: m.key });
    }
    // mutant education-actual-costs-dropped: the 教材代等 paid are never added to the educational assistance
    if (!model.excluded.includes('educationActual') && m.educationExpenses > 0 && !hasMutant(lookup.env, 'education-actual-costs-dropped')) {
      sheet.add('02', 'educationActual', m.educationExpenses, [], { memberKey: m.key });
    }
  }
}

/** 医療・介護・出産・生業・葬祭扶助 counted at cost (04.3.10). */
export function actualCosts(model: CalcModel, sheet: Sheet, uncounted = false): void {
  if (model.excluded.includes('actualCost')) return;
  for (const c of model.actualCosts) {
    const item = sheet.add(c.fujoType, 'actualCost', c.amount, [], {
      ...(c.memberKey !== undefined ? { memberKey: c.memberKey } : {}),
      ...(c.note !== undefined ? { note: c.note } : {}),
    });
    // mutant actual-costs-not-counted: the cost is shown in the breakdown but left out of the minimum cost
    if (uncounted) item.counted = false;
  }
}
