import type { CheckContext } from '../../../engine/types.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { caseDecision, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';

/**
 * Fixtures and readings of the 被保護者調査 checks. Figures other than 係別 cannot be filtered, so each check works
 * in a month (or a 31 July) of its own, years back, where no other check and no seed record changes anything: it
 * reads the figures, registers households whose protection begins and ends inside that period (nothing leaks into
 * another check's period),
 * reads again, and compares the rise of every figure with what it registered, exactly.
 */

type Label = { ja: string; en: string };

/** The year `n` years before the current one. */
export const yearsAgo = (n: number) => new Date().getUTCFullYear() - n;

/** A member (test name) born on `birthDate`, with the items the survey reads (障害者加算, 生活形態, 就労状況 …). */
export const person = (birthDate: string, sex: string, relationship: string, items: Json = {}): Json => ({
  ...member({ birthDate, sex, relationship, name: { family: '見本', given: sex === '2' ? '花子' : '太郎', familyKana: 'ミホン', givenKana: sex === '2' ? 'ハナコ' : 'タロウ' } }),
  ...items,
});

/** A fujoBreakdown of the given types (医療・介護 in kind, the others 10,000 yen in cash). */
export const fujoOf = (...types: string[]): Json[] =>
  types.map((fujoType) => (fujoType === '04' || fujoType === '05' ? { fujoType, monthlyAmount: 0, inKind: true } : { fujoType, monthlyAmount: 10_000, inKind: false }));

export interface Case {
  householdId: string;
  memberIds: string[];
  /** The household as answered by createHousehold (with its derived 世帯類型). */
  household: Json;
}

/** A household of the section registered and started ex officio (startExOfficio) on `on`. */
export async function startedCase(ctx: CheckContext, section: string, members: Json[], on: string, fujo: Json[] = fujoOf('01')): Promise<Case> {
  const caseworker = requireClient(ctx, 'caseworker');
  const household = await registerHousehold(ctx, caseworker, householdInput(section, { members }));
  const householdId = String(household.householdId);
  await must(ctx, caseworker, 'startExOfficio', {
    path: { householdId },
    body: {
      decidedOn: on, effectiveOn: on, startReason: '03', fujoBreakdown: fujo,
      reasonText: '急迫した状況にあるため、職権により保護を開始する。（試験データ）',
      urgencyText: '所持金がなく、申請を待ついとまがない。（試験データ）',
    },
  }, 201, { ja: `試験用の世帯の職権による保護の開始（${on}）`, en: `the ex-officio start of a test household on ${on}` });
  return { householdId, memberIds: membersOf(household).map((m) => String(m.memberId)), household };
}

const DISCONTINUE = {
  type: 'discontinue', origin: 'ex-officio', discontinuationReason: '04',
  reasonText: '就労収入の増加により保護を要しなくなったため保護を廃止する。（試験データ）',
};

/** Discontinues the household from `on` (createCaseDecision, 廃止), so that it counts nowhere after. */
export async function endCase(ctx: CheckContext, householdId: string, on: string): Promise<void> {
  await caseDecision(ctx, householdId, { ...DISCONTINUE, decidedOn: on, effectiveOn: on });
}

/** The households a check brings into protection inside its period; each is discontinued on `endOn` at the latest. */
export class Period {
  readonly #open = new Set<string>();
  constructor(private readonly ctx: CheckContext, readonly section: string, readonly endOn: string) {}

  /** A household of the period's section started ex officio on `on`. */
  async start(members: Json[], on: string, fujo?: Json[]): Promise<Case> {
    const started = await startedCase(this.ctx, this.section, members, on, fujo);
    this.#open.add(started.householdId);
    return started;
  }

  /** A household brought into protection otherwise, to be discontinued with the others. */
  track(householdId: string): void {
    this.#open.add(householdId);
  }

  /** Discontinues the household now, on `on` (or marks it ended by another decision, e.g. a 移管). */
  async end(householdId: string, on?: string): Promise<void> {
    this.#open.delete(householdId);
    if (on !== undefined) await endCase(this.ctx, householdId, on);
  }

  /** Discontinues every household still open on endOn; `quietly` after a failure (best effort, no verdict). */
  async close(quietly = false): Promise<void> {
    const caseworker = requireClient(this.ctx, 'caseworker');
    for (const householdId of [...this.#open]) {
      this.#open.delete(householdId);
      if (!quietly) await endCase(this.ctx, householdId, this.endOn);
      else await send(caseworker, 'createCaseDecision', { path: { householdId }, body: { ...DISCONTINUE, decidedOn: this.endOn, effectiveOn: this.endOn } }).catch(() => undefined);
    }
  }
}

/**
 * Registers a check's fixtures (the checks of this area run alone: see index.ts): `body` brings
 * households into protection in the period's own section; all still open are discontinued on `endOn` before the
 * window closes, also when the check fails on the way (so nothing stays protected in another check's period).
 */
export async function inPeriod<T>(ctx: CheckContext, endOn: string, body: (period: Period) => Promise<T>, section = uniqueSection()): Promise<T> {
  const period = new Period(ctx, section, endOn);
  try {
    const result = await body(period);
    await period.close();
    return result;
  } catch (error) {
    await period.close(true);
    throw error;
  }
}

/** Households all started on `from` and discontinued on `to`, in a window of their own; `during` runs before the end. */
export function casesBetween(ctx: CheckContext, from: string, to: string, households: { members: Json[]; fujo?: Json[] }[], during?: (cases: Case[]) => Promise<void>): Promise<Case[]> {
  return inPeriod(ctx, to, async (period) => {
    const cases: Case[] = [];
    for (const h of households) cases.push(await period.start(h.members, from, h.fujo));
    await during?.(cases);
    return cases;
  });
}

/** A 医療券 of the month for the member (医療機関 of the test range); validity by default the protected days. */
export async function medicalTicket(ctx: CheckContext, memberId: string, month: string, extra: Json = {}): Promise<Json> {
  return must(ctx, requireClient(ctx, 'medical-clerk'), 'issueMedicalTicket', {
    body: { kind: '1', memberId, month, institutionCode: testInstitutionCode(), institutionName: '見本病院（試験）', institutionType: '1', ...extra },
  }, 201, { ja: `試験用の医療券（${month}）の発行`, en: `issuing a test medical ticket for ${month}` });
}

/** A 介護券 of the month for the member. */
export async function careTicket(ctx: CheckContext, memberId: string, month: string): Promise<Json> {
  return must(ctx, requireClient(ctx, 'medical-clerk'), 'issueCareTicket', {
    body: { memberId, month, providerNumber: testInstitutionCode(), providerName: '見本ケアセンター（試験）', serviceType: '1', selfPayAmount: 0 },
  }, 201, { ja: `試験用の介護券（${month}）の発行`, en: `issuing a test care ticket for ${month}` });
}

/** The monthly figures (getMonthlyStatistics) of YYYY-MM, read as they are (inside the check's own window). */
export function monthlyFiguresNow(ctx: CheckContext, month: string): Promise<Json> {
  return must(ctx, requireClient(ctx, 'supervisor'), 'getMonthlyStatistics', { path: { month } }, 200,
    { ja: `${month} の月次の集計`, en: `the monthly figures of ${month}` });
}

/** The monthly figures of YYYY-MM. */
export const monthlyFigures = (ctx: CheckContext, month: string): Promise<Json> => monthlyFiguresNow(ctx, month);

/** The annual figures (getAnnualStatistics) of the year. */
export function annualFigures(ctx: CheckContext, year: number): Promise<Json> {
  return must(ctx, requireClient(ctx, 'supervisor'), 'getAnnualStatistics', { path: { year: String(year) } }, 200,
    { ja: `${year}年の年次の集計`, en: `the annual figures of ${year}` });
}

const TITLES: Record<string, Label> = {
  protectedHouseholds: { ja: '被保護実世帯数', en: 'protectedHouseholds' },
  protectedPersons: { ja: '被保護実人員', en: 'protectedPersons' },
  suspendedHouseholds: { ja: '保護停止中世帯数', en: 'suspendedHouseholds' },
  startedHouseholds: { ja: '保護開始世帯数', en: 'startedHouseholds' },
  startedPersons: { ja: '保護開始人員', en: 'startedPersons' },
  discontinuedHouseholds: { ja: '保護廃止世帯数', en: 'discontinuedHouseholds' },
  discontinuedPersons: { ja: '保護廃止人員', en: 'discontinuedPersons' },
  workStatusUnrecorded: { ja: '就労状況未登録人員', en: 'workStatusUnrecorded' },
  livingArrangementUnrecorded: { ja: '生活形態未登録人員', en: 'livingArrangementUnrecorded' },
  households: { ja: '世帯数', en: 'households' },
  persons: { ja: '人員', en: 'persons' },
};

function riseFault(what: Label, got: number, want: number): Fault {
  return Number.isNaN(got)
    ? { ja: `${what.ja}が集計結果にない`, en: `the figures have no ${what.en}` }
    : { ja: `${what.ja}の増分が ${got}（登録した試験データからは ${want}）`, en: `${what.en} rose by ${got} (the check's data gives ${want})` };
}

const num = (v: unknown) => (typeof v === 'number' ? v : NaN);

/** Compares the rise of single figures (e.g. startedHouseholds) with what the check registered. */
export function expectRise(faults: Fault[], before: Json, after: Json, expected: Record<string, number>, period: string): void {
  for (const [key, want] of Object.entries(expected)) {
    const got = num(after[key]) - num(before[key]);
    const title = TITLES[key] ?? { ja: key, en: key };
    if (got !== want) faults.push(riseFault({ ja: `${period}の${title.ja}`, en: `${title.en} of ${period}` }, got, want));
  }
}

/** A breakdown array of the figures: its name and how a row is named. */
export interface Breakdown { list: string; title: Label; row: (row: Json) => Label }

function cellsOf(rows: unknown, breakdown: Breakdown): Map<string, { label: Label; value: number }> {
  const cells = new Map<string, { label: Label; value: number }>();
  for (const row of Array.isArray(rows) ? rows.filter(isObject) : []) {
    const name = breakdown.row(row);
    for (const field of ['households', 'persons']) {
      if (typeof row[field] !== 'number') continue;
      const t = TITLES[field]!;
      cells.set(`${name.en} ${field}`, { label: { ja: `${breakdown.title.ja}の${name.ja}の${t.ja}`, en: `${breakdown.title.en}: ${name.en} ${t.en}` }, value: row[field] });
    }
  }
  return cells;
}

/**
 * Compares the rise of every cell of a breakdown with `expected` (rows in the API's shape; a cell not listed must
 * not rise at all), and asks that every expected cell be there.
 */
export function expectBreakdownRise(faults: Fault[], breakdown: Breakdown, before: Json, after: Json, expected: Json[]): void {
  const [was, now, want] = [cellsOf(before[breakdown.list], breakdown), cellsOf(after[breakdown.list], breakdown), cellsOf(expected, breakdown)];
  for (const [key, cell] of now) {
    const rise = cell.value - (was.get(key)?.value ?? 0);
    const expectedRise = want.get(key)?.value ?? 0;
    if (rise !== expectedRise) faults.push(riseFault(cell.label, rise, expectedRise));
  }
  for (const [key, cell] of want) if (!now.has(key)) faults.push(riseFault(cell.label, NaN, cell.value));
}

/** The breakdowns the checks compare. */
export const BY = {
  householdType: { list: 'byHouseholdType', title: { ja: '世帯類型別', en: 'byHouseholdType' }, row: (r: Json) => ({ ja: `世帯類型${String(r.householdType)}`, en: `type ${String(r.householdType)}` }) },
  fujoType: { list: 'byFujoType', title: { ja: '扶助の種類別', en: 'byFujoType' }, row: (r: Json) => ({ ja: `扶助の種類${String(r.fujoType)}`, en: `fujoType ${String(r.fujoType)}` }) },
} satisfies Record<string, Breakdown>;

/** The row of one section in bySection, or undefined (also when the figures carry no bySection). */
export function sectionRow(figures: Json, section: string): Json | undefined {
  return Array.isArray(figures.bySection) ? figures.bySection.filter(isObject).find((r) => r.section === section) : undefined;
}
