import type { SeedApi } from './api.ts';
import { addDays } from './dates.ts';
import { generateHouseholds, type GeneratedHousehold, type GeneratedOptions } from './generate.ts';
import { SeedRun, type SeedReport } from './run.ts';

type Json = Record<string, unknown>;
export type DataSetEdition = '2.0' | '2.1';

export interface DataSetOptions extends GeneratedOptions {
  /**
   * Edition the data set declares (DataSet.edition). Default 2.0: the generated data uses only collections of 2.0,
   * and a 2.1 system loads a 2.0 data set too (13.6.6), so the default loads into both editions.
   */
  edition?: DataSetEdition;
}

/** The body of importDataSet for `generated:<n>` (the spec's DataSet), with the household ids by index. */
export interface GeneratedDataSet {
  formatVersion: string;
  edition: DataSetEdition;
  exportedAt: string;
  producer: { name: string; vendor: string; version: string };
  households: Json[];
  applications: Json[];
  decisions: Json[];
}

const PRODUCER = { name: 'hogo-kit seeds (generated)', vendor: 'hogo-kit', version: '0.1.0' };
/** Days from the application to the decision (notified the same day): within the 14-day limit. */
const DECISION_AFTER_DAYS = 10;
const STATEMENTS = {
  reason: '収入の減少により生活に困窮しているため。', assetStatus: 'なし。', incomeStatus: 'なし。', workOrJobSearchStatus: '求職中。',
  supportStatus: '不明。', otherBenefitStatus: 'なし。',
} as const;

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;
/** 10:00 JST of a day, the time of day the generated records were registered. */
const at = (date: string) => `${date}T01:00:00.000Z`;
const fiscalYearOf = (date: string) => (Number(date.slice(5, 7)) >= 4 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1);

/**
 * `generated:<n>` as one migration data set (DataSet, 13.6): the households of generateHouseholds with their
 * members, and for every fifth an application decided ten days later — started (case number, 保護開始日) or
 * rejected. Every record is shaped exactly as the API shows it (server-assigned fields included), ids are given
 * in order of registration (applications, 受理番号, decisions and ケース番号 in order of application date), so the
 * set is what exporting a system that registered these households through the API would give. Deterministic in
 * (n, seed, edition, today).
 */
export function generateDataSet(n: number, options: DataSetOptions = {}): GeneratedDataSet {
  const today = options.today ?? '2026-04-01';
  const generated = generateHouseholds(n, options);
  let memberSerial = 0;
  const households = generated.map((h, i): Json => {
    const { members, ...own } = h.body as Json & { members: Json[] };
    return {
      householdId: id('H', i + 1),
      ...own,
      protectionStatus: 'none',
      members: members.map((m) => ({ memberId: id('M', ++memberSerial), ...m, viewingRestricted: false })),
      householdType: h.householdType,
    };
  });
  const applying = generated.flatMap((h, index) => (h.application ? [{ index, h, ...h.application }] : []));
  // Registered in order of application date (受理簿 serials run in that order within each fiscal year).
  applying.sort((a, b) => (a.applicationDate < b.applicationDate ? -1 : a.applicationDate > b.applicationDate ? 1 : a.index - b.index));
  const serials = new Map<number, number>();
  const applications: Json[] = [];
  const decisions: Json[] = [];
  let cases = 0;
  for (const [k, a] of applying.entries()) {
    const household = households[a.index]!;
    const applicationId = id('A', k + 1);
    const decision = decide(a, household, applicationId, id('DEC', k + 1));
    const fiscalYear = fiscalYearOf(a.applicationDate);
    const serial = (serials.get(fiscalYear) ?? 0) + 1;
    serials.set(fiscalYear, serial);
    applications.push(application(a, household, { applicationId, fiscalYear, serial, decision, today }));
    decisions.push(decision);
    if (a.start) {
      household.caseNumber = String(++cases).padStart(6, '0');
      household.protectionStatus = 'protected';
      household.startedOn = decision.effectiveOn;
    }
  }
  return { formatVersion: '1.0', edition: options.edition ?? '2.0', exportedAt: at(today), producer: { ...PRODUCER }, households, applications, decisions };
}

type Applying = NonNullable<GeneratedHousehold['application']> & { h: GeneratedHousehold };

/** The Decision (開始 or 却下) on an application, ten days after it, by the household's case worker. */
function decide(a: Applying, household: Json, applicationId: string, decisionId: string): Json {
  const decidedOn = addDays(a.applicationDate, DECISION_AFTER_DAYS);
  const common = {
    decisionId, householdId: household.householdId, applicationId, type: a.start ? 'start' : 'reject', origin: 'application', decidedOn, notifiedOn: decidedOn,
  };
  const tail = { daysFromApplication: DECISION_AFTER_DAYS, deemedRejectionPassed: false, decidedBy: household.assignedCaseworker, createdAt: at(decidedOn) };
  return a.start
    ? {
        ...common, effectiveOn: a.applicationDate, reasonText: '最低生活費に満たないため開始する。', ...tail, startReason: '06',
        fujoBreakdown: [{ fujoType: '01', monthlyAmount: a.livelihood, inKind: false }, { fujoType: '03', monthlyAmount: household.monthlyRent, inKind: false }],
      }
    : { ...common, reasonText: '収入が最低生活費を上回るため却下する。', ...tail, rejectionReason: '01' };
}

/** The Application as registered by intake, investigated from the next day and decided; flags as of today. */
function application(a: Applying, household: Json, x: { applicationId: string; fiscalYear: number; serial: number; decision: Json; today: string }): Json {
  const head = (household.members as Json[])[0]!;
  const decidedOn = x.decision.decidedOn as string;
  return {
    applicationId: x.applicationId,
    receiptNumber: `${x.fiscalYear}-${String(x.serial).padStart(6, '0')}`,
    receiptFiscalYear: x.fiscalYear,
    receiptSerial: x.serial,
    applicationDate: a.applicationDate,
    channel: '1',
    householdId: household.householdId,
    personInNeed: { name: { ...(head.name as Json) }, birthDate: head.birthDate, address: { ...(household.address as Json) } },
    applicantRelation: '1',
    ...STATEMENTS,
    specialCircumstanceNoForm: false,
    viaTownHead: false,
    forwardingOverdue: false,
    status: a.start ? 'started' : 'rejected',
    receivedAt: at(a.applicationDate),
    receivedBy: 'intake-1',
    investigationStartedOn: addDays(a.applicationDate, 1),
    caseworker: household.assignedCaseworker,
    decisionDueDate: addDays(a.applicationDate, 14),
    extendedDecisionDueDate: addDays(a.applicationDate, 30),
    asOf: x.today,
    // Decided and notified before today, so neither overdue nor deemed rejected as of today.
    decisionOverdue: false,
    deemedRejected: false,
    decisionId: x.decision.decisionId,
    decidedOn,
    decisionNotifiedOn: decidedOn,
  };
}

/**
 * Loads `generated:<n>` through the API in one call: the whole data set (generateDataSet) by importDataSet with
 * mode=replace, as the manager — so every record passes the system's validation of a DataSet (schema, codes,
 * text, ids, references, one 世帯主) and the load is all or nothing. Replaces whatever the system held.
 */
export async function seedGenerated(api: SeedApi, n: number, options: DataSetOptions = {}): Promise<SeedReport> {
  const run = new SeedRun(`generated:${n}`, api);
  const dataSet = generateDataSet(n, options);
  const loaded = await run.step(`import ${n} households`, {}, () =>
    run.call('importDataSet', { query: { mode: 'replace' }, body: dataSet, handOver: true }, 'manager'));
  if (loaded) dataSet.households.forEach((h, i) => (run.households[String(i + 1)] = h.householdId as string));
  return run.report();
}
