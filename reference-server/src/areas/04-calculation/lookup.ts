import type { Bilingual, FieldError } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { inForceOn, type Grade, type StandardTable, type TableKind, type TableRow } from './kijun.ts';

/** The values a row is matched against; a row applies when every dimension it names matches (StandardTable). */
export interface Criteria {
  age?: number;
  householdSize?: number;
  childCount?: number;
  winterRegion?: string;
  month?: number;
  areaLgCode?: string;
  livingArrangement?: string;
  disabilityAddition?: string;
  pregnancyStatus?: string;
  schoolLevel?: string;
  deductionType?: string;
  earnerRank?: string;
  income?: number;
}

/** Where to point when a row is missing: the input field behind each dimension, in the order rows are narrowed. */
export type Blame = Partial<Record<Dimension, string>>;

const inRange = (value: number | undefined, from: number | undefined, to: number | null | undefined, exclusiveTo = false) =>
  value !== undefined && value >= (from ?? 0) && (to === null || to === undefined || (exclusiveTo ? value < to : value <= to));

export type Dimension = keyof Criteria | 'grade';
const EQUAL_DIMENSIONS = new Set<Dimension>(['winterRegion', 'areaLgCode', 'livingArrangement', 'disabilityAddition', 'pregnancyStatus', 'schoolLevel', 'deductionType', 'earnerRank']);
const DIMENSIONS: Dimension[] = ['grade', 'age', 'householdSize', 'childCount', 'month', 'income', ...EQUAL_DIMENSIONS];

/** True when the row does not name the dimension or names it with a value that matches the criteria. */
export function dimensionMatches(row: TableRow, c: Criteria, grade: Grade, d: Dimension): boolean {
  switch (d) {
    case 'grade': return !row.grades || row.grades.includes(grade);
    case 'age': return (row.ageFrom === undefined && row.ageTo === undefined) || inRange(c.age, row.ageFrom, row.ageTo);
    case 'householdSize': return (row.householdSizeFrom === undefined && row.householdSizeTo === undefined)
      || inRange(c.householdSize, row.householdSizeFrom, row.householdSizeTo);
    case 'childCount': return (row.childCountFrom === undefined && row.childCountTo === undefined) || inRange(c.childCount, row.childCountFrom, row.childCountTo);
    case 'month': return !row.months || (c.month !== undefined && row.months.includes(c.month));
    case 'income': return (row.incomeFrom === undefined && row.incomeTo === undefined) || inRange(c.income, row.incomeFrom, row.incomeTo, true);
    default: return row[d] === undefined || row[d] === c[d];
  }
}

/** True when the row applies to the criteria: every dimension it names matches. */
export const rowApplies = (row: TableRow, c: Criteria, grade: Grade) => DIMENSIONS.every((d) => dimensionMatches(row, c, grade, d));

/** A row's amount, with its increment per person (or child) above the row's lower bound. */
export function rowAmount(row: TableRow, c: Criteria): number {
  const base = row.amount ?? 0;
  if (!row.incrementPerUnit) return base;
  if (row.householdSizeFrom !== undefined && c.householdSize !== undefined) return base + row.incrementPerUnit * (c.householdSize - row.householdSizeFrom);
  if (row.childCountFrom !== undefined && c.childCount !== undefined) return base + row.incrementPerUnit * (c.childCount - row.childCountFrom);
  return base;
}

/**
 * Table and row look-ups of one calculation: only the tables in force on the date for the grade (04.1.5), never
 * another grade's or period's (04.1.7). What is missing is collected with a pointer to the input that has no
 * table (04.1.6); the tables a value was taken from are recorded in order of use (04.5.2).
 */
export class Lookup {
  readonly used: StandardTable[] = [];
  readonly missing: FieldError[] = [];

  /** `env` carries the mutant switches of the calculation. */
  constructor(private readonly tables: readonly StandardTable[], readonly date: string, readonly grade: Grade, readonly env: AreaEnv) {}

  /** Every table of the kind (and 区分) in force on the date for the grade. */
  inForce(kind: TableKind, filter: { variant?: number; additionType?: string } = {}): StandardTable[] {
    const series = this.series(kind, filter);
    // mutant table-last-day-excluded: a table is taken as no longer in force on its effectiveTo day
    const lastDayOut = hasMutant(this.env, 'table-last-day-excluded');
    const found = series.filter((t) => inForceOn(t, this.date) && t.grades.includes(this.grade) && !(lastDayOut && t.effectiveTo === this.date));
    if (found.length > 0 || !hasMutant(this.env, 'table-substitution')) return found;
    // mutant table-substitution: another grade's table of the date, else the grade's latest table of another period
    const otherGrade = series.filter((t) => inForceOn(t, this.date));
    const otherPeriod = series.filter((t) => t.grades.includes(this.grade)).slice(-1);
    return otherGrade.length > 0 ? otherGrade : otherPeriod;
  }

  /** The one table of the kind in force on the date for the grade; when there is none, records why (grade or date). */
  table(kind: TableKind, what: Bilingual, filter: { variant?: number; additionType?: string } = {}): StandardTable | undefined {
    const found = this.inForce(kind, filter);
    if (found[0]) return found[0];
    const otherGrade = this.series(kind, filter).some((t) => inForceOn(t, this.date));
    this.fail(otherGrade ? '/body/grade' : '/body/date', {
      ja: `${what.ja}の基準表のうち、算定日（${this.date}）・級地（${this.grade}）に適用するものが登録されていません`,
      en: `No ${what.en} table in force on ${this.date} for grade ${this.grade} is held`,
    });
    return undefined;
  }

  /** The row of the table that applies; when none does, records the input field to blame. */
  row(table: StandardTable, c: Criteria, blame: Blame, what: Bilingual): TableRow | undefined {
    const row = table.rows.find((r) => rowApplies(r, c, this.grade));
    if (row) {
      this.use(table);
      return row;
    }
    // Narrow the rows dimension by dimension in the order of `blame`; the dimension that leaves none is the culprit.
    const dimensions = Object.keys(blame) as Dimension[];
    let rows = table.rows;
    const culprit = dimensions.find((d) => (rows = rows.filter((r) => dimensionMatches(r, c, this.grade, d))).length === 0) ?? dimensions[0];
    this.fail((culprit && blame[culprit]) ?? '/body/date', {
      ja: `${what.ja}の基準表（${table.tableId}）に該当する行がありません`,
      en: `The ${what.en} table (${table.tableId}) has no row for this input`,
    });
    return undefined;
  }

  /** Records that a value was taken from the table. */
  use(table: StandardTable): void {
    if (!this.used.includes(table)) this.used.push(table);
  }

  /** Records a missing table or row (one entry per pointer). */
  fail(pointer: string, message: Bilingual): void {
    if (!this.missing.some((e) => e.pointer === pointer)) this.missing.push({ pointer, code: 'standard-table-missing', message });
  }

  private series(kind: TableKind, filter: { variant?: number; additionType?: string }) {
    return this.tables.filter((t) => t.kind === kind
      && (filter.variant === undefined || t.variant === filter.variant)
      && (filter.additionType === undefined || t.additionType === filter.additionType));
  }
}
