import type { components, HogoAdapter } from '@hogo-kit/sdk';
import { storedRecords, type Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { householdsWithChanges } from '../../support/household-changes.ts';
import { stateOn, type StateChange } from '../../support/protection-periods.ts';
import { missing, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { householdInBody, type Household } from './common.ts';
import { linkedTaxIncomes } from './tax-linkage.ts';

type TaxSurvey = components['schemas']['TaxSurvey'];
type TaxSurveyInput = components['schemas']['TaxSurveyInput'];
type Result = TaxSurvey['results'][number];
type TaxRecord = NonNullable<TaxSurveyInput['taxRecords']>[number];

/**
 * Sum of grossAmount of each member's income reports whose incomeMonth is in the year (0 for a member without any),
 * the IncomeReport collection read once per survey.
 */
function reportedIncomes(reader: Reader, year: number): (memberId: string) => number {
  const sums = new Map<string, number>();
  for (const { value: r } of storedRecords<components['schemas']['IncomeReport']>(reader, 'IncomeReport')) {
    if (r.incomeMonth.startsWith(`${year}-`)) sums.set(r.memberId, (sums.get(r.memberId) ?? 0) + r.grossAmount);
  }
  return (memberId) => sums.get(memberId) ?? 0;
}

/** The household of every member (by memberId; the first household holding it, as findMember finds it). */
function householdsOfMembers(reader: Reader): Map<string, string> {
  const out = new Map<string, string>();
  for (const { value: h } of storedRecords<Household>(reader, 'Household')) {
    for (const m of h.members) if (!out.has(m.memberId)) out.set(m.memberId, h.householdId);
  }
  return out;
}

/** True when the household was protected (or suspended) on some day of the year. */
function protectedDuring(changes: readonly StateChange[], year: number): boolean {
  return stateOn(changes, `${year}-01-01`) !== 'none' || changes.some((c) => c.on.startsWith(`${year}-`) && c.state !== 'none');
}

const taxableOf = (t: TaxRecord) => (t.salaryIncome ?? 0) + (t.pensionIncome ?? 0) + (t.businessIncome ?? 0) + (t.otherIncome ?? 0);

/** 課税調査 (02.4.1, 02.4.2): tax-record incomes against the members' declared income of the year. */
export function taxSurveys(env: AreaEnv): Pick<HogoAdapter, 'createTaxSurvey' | 'getTaxSurvey'> {
  const v21 = env.edition !== '2.0';
  const flagsDifferences = !hasMutant(env, 'tax-survey-mismatch-hidden');
  return {
    async createTaxSurvey({ body }, ctx) {
      return env.store.transact((tx) => {
        const fetch = v21 && (body as { fetchFromLinkedSystem?: boolean }).fetchFromLinkedSystem === true;
        if (body.taxRecords === undefined && !fetch) {
          throw ruleBroken('tax-records-required', '/body/taxRecords', {
            ja: '課税資料（taxRecords）を入力するか、庁内連携による取得（fetchFromLinkedSystem）を指定してください。',
            en: 'Give the tax records (taxRecords) or ask for them through the linkage (fetchFromLinkedSystem).',
          });
        }
        const scope = body.householdIds?.map((id, i) => householdInBody(tx, id, `/body/householdIds/${i}`));
        const scopeIds = scope ? new Set(scope.map((h) => h.householdId)) : undefined;
        const threshold = body.threshold ?? 0;
        const results: Result[] = [];
        const compared = new Set<string>();
        const reportedIncome = reportedIncomes(tx, body.incomeYear);
        const compare = (householdId: string, memberId: string, taxable: number, dataSource: 'entered' | 'linkage') => {
          const reported = reportedIncome(memberId);
          const difference = taxable - reported;
          results.push({
            householdId,
            memberId,
            taxableIncomeTotal: taxable,
            reportedIncomeTotal: reported,
            difference,
            discrepancy: flagsDifferences && difference > threshold,
            ...(v21 ? { dataSource } : {}),
          } as Result);
          compared.add(memberId);
        };
        // Up to 10,000 records: the members' households looked up in one walk of the households, not one walk each.
        const householdOf = body.taxRecords?.length ? householdsOfMembers(tx) : new Map<string, string>();
        (body.taxRecords ?? []).forEach((record, i) => {
          const pointer = `/body/taxRecords/${i}/memberId`;
          const householdId = householdOf.get(record.memberId);
          if (householdId === undefined) throw unknownReference(pointer, '世帯員', 'member');
          if (compared.has(record.memberId)) throw ruleBroken('duplicate-member', pointer, { ja: '同じ世帯員の課税資料が重複しています。', en: 'The member appears twice in the tax records.' });
          if (scopeIds && !scopeIds.has(householdId)) {
            throw ruleBroken('member-outside-scope', pointer, { ja: '世帯員が対象世帯に含まれません。', en: 'The member is not in the households in scope.' });
          }
          compare(householdId, record.memberId, taxableOf(record), 'entered');
        });
        if (fetch) {
          // Seeded defect tax-survey-linked-wrong-year: the 課税年度 named like the income year (a year too early).
          const linkedTaxIncome = linkedTaxIncomes(tx, hasMutant(env, 'tax-survey-linked-wrong-year') ? body.incomeYear - 1 : body.incomeYear);
          const households = scope ?? householdsWithChanges(tx).filter((h) => protectedDuring(h.changes, body.incomeYear)).map((h) => h.household);
          for (const household of households) {
            for (const member of household.members) {
              if (compared.has(member.memberId) || member.addressNumber === undefined) continue;
              if (member.leftOn !== undefined && member.leftOn < `${body.incomeYear}-01-01`) continue;
              const linked = linkedTaxIncome(member.addressNumber);
              if (linked) compare(household.householdId, member.memberId, linked.salaryIncome + linked.pensionIncome, 'linkage');
            }
          }
        }
        const surveyId = newId(tx, 'TS');
        const survey: TaxSurvey = {
          surveyId,
          incomeYear: body.incomeYear,
          threshold,
          results,
          discrepancyCount: results.filter((r) => r.discrepancy).length,
          createdAt: env.clock.now().toISOString(),
          createdBy: ctx.principal.staffId,
        };
        tx.put('TaxSurvey', surveyId, survey);
        return survey;
      });
    },

    async getTaxSurvey({ path }) {
      const record = env.store.get<TaxSurvey>('TaxSurvey', path.surveyId);
      if (!record) throw missing('課税調査', 'tax survey');
      return withEtag(path.surveyId, record);
    },
  };
}
