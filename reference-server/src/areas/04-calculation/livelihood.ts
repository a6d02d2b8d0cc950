import { hasMutant } from '../../support/env.ts';
import type { StandardTable } from './kijun.ts';
import { rowAmount, type Lookup } from './lookup.ts';
import type { CalcModel } from './model.ts';
import { ceilTimes, Sheet } from './money.ts';

type Structure = '2018-10' | '2023-10';

const CLASS1 = { ja: '生活扶助第1類', en: 'livelihood class 1' };
const REDUCTION = { ja: '生活扶助逓減率', en: 'livelihood reduction rate' };
const CLASS2 = { ja: '生活扶助第2類', en: 'livelihood class 2' };
const TRANSITIONAL = { ja: '経過的加算', en: 'transitional addition' };
const SIZE = '/body/members';

/** The structure generation fixed by the 第1類 table in force for the grade on the date (undefined: none held). */
export function structureOf(lookup: Lookup): { structure: Structure; tables: StandardTable[] } | undefined {
  const tables = lookup.inForce('livingClass1');
  if (tables.length === 0) {
    lookup.table('livingClass1', CLASS1); // records the missing table (grade or date)
    return undefined;
  }
  return { structure: tables[0]!.structure as Structure, tables };
}

/** Σ第1類 × 逓減率 (rounded up) and 第2類 of one table set (the 2018-10 variant, or the 2023-10 tables). */
function classes(model: CalcModel, lookup: Lookup, variant?: number, want = { class1: true, class2: true }) {
  const filter = variant === undefined ? {} : { variant };
  const size = model.members.length;
  const t1 = want.class1 ? lookup.table('livingClass1', CLASS1, filter) : undefined;
  const tr = want.class1 ? lookup.table('livingReduction', REDUCTION, filter) : undefined;
  const t2 = want.class2 ? lookup.table('livingClass2', CLASS2, filter) : undefined;
  let sum = 0;
  for (const m of want.class1 ? model.members : []) {
    if (m.livingArrangement !== '01') {
      // 入院・入所中の者の基準（入院患者日用品費・施設の基準）は未収録: never computed as if at home.
      lookup.fail(`${m.pointer}/livingArrangement`, {
        ja: '入院・入所中の世帯員の生活扶助の基準表が登録されていません', en: 'No livelihood table for a member in hospital or a facility is held',
      });
      continue;
    }
    const row = t1 && lookup.row(t1, { age: m.age }, { age: `${m.pointer}/${m.ageField}` }, CLASS1);
    sum += row?.amount ?? 0;
  }
  // mutant wrong-reduction-rate: the rate of the column for one person fewer (at least 1)
  const rateSize = hasMutant(lookup.env, 'wrong-reduction-rate') ? Math.max(1, size - 1) : size;
  const rate = (tr && lookup.row(tr, { householdSize: rateSize }, { householdSize: SIZE }, REDUCTION)?.rate) ?? 1;
  const row2 = t2 && lookup.row(t2, { householdSize: size }, { householdSize: SIZE }, CLASS2);
  const class2 = row2 ? rowAmount(row2, { householdSize: size }) : 0;
  return { sum, rate, class1: ceilTimes(sum, rate), class2, t1, tr, t2 };
}

/** 経過的加算: per member, the row for the household size and the member's age (04.2.2, 04.2.3). */
function transitional(model: CalcModel, lookup: Lookup, sheet: Sheet): void {
  if (model.excluded.includes('transitional')) return;
  const table = lookup.table('livingTransitional', TRANSITIONAL);
  if (!table) return;
  for (const m of model.members) {
    const row = lookup.row(table, { householdSize: model.members.length, age: m.age },
      { householdSize: SIZE, age: `${m.pointer}/${m.ageField}` }, TRANSITIONAL);
    if (row) sheet.add('01', 'transitional', row.amount ?? 0, [table], { memberKey: m.key });
  }
}

/** 平成30年10月改定の構造: max(基準① × 0.855, 基準②) + 経過的加算 (04.2.2). */
function structure2018(model: CalcModel, lookup: Lookup, sheet: Sheet): void {
  const wanted = (['standard1', 'standard2'] as const).filter((c) => !model.excluded.includes(c));
  const made = wanted.map((component) => {
    const c = classes(model, lookup, component === 'standard1' ? 1 : 2);
    const base = c.class1 + c.class2;
    const tables = [c.t1, c.tr, c.t2].filter((t): t is StandardTable => t !== undefined);
    return component === 'standard1'
      ? sheet.add('01', component, ceilTimes(base, 0.855), tables, { baseAmount: base, rate: 0.855 })
      : sheet.add('01', component, base, tables);
  });
  if (made.length === 2) {
    const [s1, s2] = made as [typeof made[0], typeof made[0]];
    // mutant standard-lower-counted: the comparison is inverted, so the lower of the two is counted
    const lower = (s1.amount > s2.amount) !== hasMutant(lookup.env, 'standard-lower-counted') ? s2 : s1;
    lower.counted = false;
    lower.note = '基準①×0.855と基準②のいずれか高い方のみ計上 / only the higher of standard 1 × 0.855 and standard 2 is counted';
  }
  transitional(model, lookup, sheet);
}

/** 令和5年10月改定の構造: ⌈Σ第1類 × 逓減率⌉ + 第2類 + 特例加算 × 人員 + 経過的加算 (04.2.3, 04.2.4). */
function structure2023(model: CalcModel, lookup: Lookup, sheet: Sheet): void {
  const wantClass1 = !model.excluded.includes('class1');
  const wantClass2 = !model.excluded.includes('class2');
  if (wantClass1 || wantClass2) {
    const c = classes(model, lookup, undefined, { class1: wantClass1, class2: wantClass2 });
    const some = (...ts: (StandardTable | undefined)[]) => ts.filter((t): t is StandardTable => t !== undefined);
    if (wantClass1) sheet.add('01', 'class1', c.class1, some(c.t1, c.tr), { baseAmount: c.sum, rate: c.rate });
    if (wantClass2) sheet.add('01', 'class2', c.class2, some(c.t2));
  }
  if (!model.excluded.includes('specialAddition')) {
    const what = { ja: '特例加算', en: 'special addition' };
    const table = lookup.table('specialAddition', what);
    const row = table && lookup.row(table, {}, {}, what);
    if (table && row) {
      // mutant special-addition-per-household: the amount is added once per household, not per member
      sheet.add('01', 'specialAddition', (row.amount ?? 0) * (hasMutant(lookup.env, 'special-addition-per-household') ? 1 : model.members.length), [table]);
    }
  }
  transitional(model, lookup, sheet);
}

/** Months of the 冬季加算 season: Ⅰ・Ⅱ区 October–April, the other regions November–March (04.2.6). */
export const inWinterSeason = (region: string, month: number) =>
  region === 'I' || region === 'II' ? month >= 10 || month <= 4 : month >= 11 || month <= 3;

/** 冬季加算 (in season only) and 期末一時扶助 (December only) (04.2.5–04.2.7). */
function seasonal(model: CalcModel, lookup: Lookup, sheet: Sheet): void {
  const size = model.members.length;
  const inSeason = inWinterSeason(model.winterRegion, model.month);
  // mutant winter-addition-all-year: out of season the addition is still added, at January's amount
  if (!model.excluded.includes('winter') && (inSeason || hasMutant(lookup.env, 'winter-addition-all-year'))) {
    const what = { ja: '冬季加算', en: 'winter addition' };
    const table = lookup.table('winterAddition', what);
    // mutant winter-addition-region-ignored: the row is matched without the 冬季加算地区 (the first region's row is taken)
    const region = hasMutant(lookup.env, 'winter-addition-region-ignored') ? 'I' : model.winterRegion;
    const row = table && lookup.row(table, { winterRegion: region, householdSize: size, month: inSeason ? model.month : 1 },
      { winterRegion: '/body/winterRegion', householdSize: SIZE, month: '/body/date' }, what);
    if (table && row) sheet.add('01', 'winter', row.amount ?? 0, [table]);
  }
  // mutant year-end-in-winter-season: the year-end assistance is added in every month of the winter season
  if (!model.excluded.includes('yearEnd') && (model.month === 12 || (inSeason && hasMutant(lookup.env, 'year-end-in-winter-season')))) {
    const what = { ja: '期末一時扶助', en: 'year-end assistance' };
    const table = lookup.table('yearEndAssistance', what);
    const row = table && lookup.row(table, { householdSize: size, month: 12 }, { householdSize: SIZE, month: '/body/date' }, what);
    if (table && row) sheet.add('01', 'yearEnd', row.amount ?? 0, [table]);
  }
}

/** 生活扶助本体 of the structure in force, then the seasonal items; answers the structure (or undefined). */
export function livelihood(model: CalcModel, lookup: Lookup, sheet: Sheet): { structure: Structure; tables: StandardTable[] } | undefined {
  const found = structureOf(lookup);
  if (found?.structure === '2018-10') structure2018(model, lookup, sheet);
  if (found?.structure === '2023-10') structure2023(model, lookup, sheet);
  seasonal(model, lookup, sheet);
  return found;
}
