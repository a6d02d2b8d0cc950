import { addDays } from '../dates.ts';
import { daysAgo, memberOf, monthStart, type DemoContext } from './context.ts';
import { DEMO_HOUSEHOLDS, DEMO_WITHDRAWN_APPLICANT, demoHouseholdInput } from './households.ts';

type Items = [code: string, value: string | null][];

/** What the eight simulated business systems hold about demo persons (sent before anyone is protected, so no alerts). */
function baselineRecords(ctx: DemoContext): [person: string, system: string, changeType: string, items: Items][] {
  const year = ctx.today.slice(0, 4);
  const jumin = (address: string): Items => [['jumin-status', '住民'], ['jumin-address', address]];
  return [
    ['elderly-single', 'jumin', 'other', jumin('見本町1丁目2番3号')],
    ['elderly-single', 'nenkin', 'pension-change', [['nenkin-pension-type', '老齢基礎年金'], ['nenkin-pension-annual', '612000']]],
    ['elderly-single', 'kaigo', 'ltc-change', [['kaigo-insured-category', '第1号被保険者'], ['kaigo-care-level', '要支援1']]],
    ['elderly-single', 'kokuho', 'nhi-change', [['kokuho-status', '被保険者']]],
    ['single-mother-alert', 'jumin', 'other', jumin('見本町3丁目4番5号')],
    ['single-mother-alert', 'juminzei', 'income-change', [['juminzei-tax-year', year], ['juminzei-tax-status', '非課税'], ['juminzei-salary-income', '960000']]],
    ['single-mother-alert', 'jidoteate', 'child-allowance-change', [['jidoteate-status', '受給中'], ['jidoteate-monthly-amount', '20000'], ['jidoteate-children', '2']]],
    ['single-mother-alert', 'jidofuyo', 'child-support-allowance-change', [['jidofuyo-status', '受給中'], ['jidofuyo-monthly-amount', '45500'], ['jidofuyo-children', '2']]],
    ['single-mother-dv', 'jumin', 'other', [...jumin('見本町4丁目5番6号'), ['jumin-support-measure', 'true']]],
    ['single-mother-dv', 'jidofuyo', 'child-support-allowance-change', [['jidofuyo-status', '受給中'], ['jidofuyo-monthly-amount', '46690'], ['jidofuyo-children', '1']]],
    ['disabled-head', 'shogai', 'disability-change', [['shogai-physical-grade', '2級'], ['shogai-service-certificate', 'true']]],
    ['pending-near-limit', 'jumin', 'other', jumin('見本町5丁目6番7号')],
    ['pending-near-limit', 'juminzei', 'income-change', [['juminzei-tax-year', year], ['juminzei-tax-status', '課税'], ['juminzei-total-income', '1850000'], ['juminzei-employer', '見本工業株式会社（見本）']]],
    ['pending-near-limit', 'kokuho', 'nhi-change', [['kokuho-status', '被保険者'], ['kokuho-acquired-on', daysAgo(ctx, 20)]]],
    ['withdrawn-applicant', 'jumin', 'other', jumin('試験町7丁目8番9号')],
    ['withdrawn-applicant', 'juminzei', 'income-change', [['juminzei-tax-year', year], ['juminzei-tax-status', '非課税']]],
  ];
}

function addressNumberOf(ctx: DemoContext, person: string): string | undefined {
  if (person === 'withdrawn-applicant') return DEMO_WITHDRAWN_APPLICANT.addressNumber;
  const index = DEMO_HOUSEHOLDS.findIndex((h) => h.key === person);
  if (!ctx.households[person]) return undefined;
  return demoHouseholdInput(DEMO_HOUSEHOLDS[index]!, index, ctx.today).members[0]!.addressNumber;
}

const change = (system: string, changeId: string, addressNumber: string, changeType: string, effectiveDate: string, items: Items) => ({
  system, changeId, addressNumber, changeType, effectiveDate, items: items.map(([code, value]) => ({ code, value })),
});

/** 2.1: the simulated systems' records, sent through the linkage interface before any case starts. */
export async function linkageBaseline(ctx: DemoContext) {
  const effectiveDate = addDays(monthStart(ctx, -6), 0);
  for (const [n, [person, system, changeType, items]] of baselineRecords(ctx).entries()) {
    const addressNumber = addressNumberOf(ctx, person);
    await ctx.run.step(`linkage: ${system} record of ${person}`, { addressNumber }, () =>
      ctx.run.call('receiveLinkageChange', { body: change(system, `demo-${system}-${String(n + 1).padStart(4, '0')}`, addressNumber!, changeType, effectiveDate, items) }, 'linkage'));
  }
}

/** 2.1: changes while protected raise alerts — 児童扶養手当 raised (left open) and a pension change (acknowledged). */
export async function changeAlerts(ctx: DemoContext) {
  const { run } = ctx;
  const mother = addressNumberOf(ctx, 'single-mother-alert');
  await run.step('single-mother-alert: 児童扶養手当 changed (alert)', { addressNumber: mother }, () =>
    run.call('receiveLinkageChange', { body: change('jidofuyo', 'demo-jidofuyo-change-0001', mother!, 'child-support-allowance-change', daysAgo(ctx, 7),
      [['jidofuyo-monthly-amount', '46690']]) }, 'linkage'));
  const elderly = addressNumberOf(ctx, 'elderly-single');
  const receipt = await run.step('elderly-single: pension changed (alert)', { addressNumber: elderly }, () =>
    run.call('receiveLinkageChange', { body: change('nenkin', 'demo-nenkin-change-0001', elderly!, 'pension-change', daysAgo(ctx, 20),
      [['nenkin-pension-annual', '618000']]) }, 'linkage'));
  const alertId = (receipt as { alertIds?: string[] } | undefined)?.alertIds?.[0];
  await run.step('elderly-single: pension alert acknowledged', { alertId }, () =>
    run.call('acknowledgeChangeAlert', { path: { alertId: alertId! }, body: { disposition: 'no-effect', note: '年金額の改定分は次回の収入認定で反映する。（見本データ）' } }, 'caseworker'));
}

/** 2.1: 総合照会 for the pending applicant, the DV-restricted mother, and an applicant who is not a registered member. */
export async function comprehensiveInquiries(ctx: DemoContext) {
  const { run } = ctx;
  const applicant = memberOf(ctx, 'pending-near-limit');
  const applicationId = ctx.applications['pending-near-limit'];
  await run.step('pending-near-limit: 総合照会 (application)', { memberId: applicant, applicationId }, () =>
    run.call('createComprehensiveInquiry', { body: { memberId: applicant, purpose: 'application', applicationId, note: '申請に係る要否判定のための調査（見本）' } }, 'caseworker'));
  const victim = memberOf(ctx, 'single-mother-dv');
  await run.step('single-mother-dv: 総合照会 (review, restricted person)', { memberId: victim }, () =>
    run.call('createComprehensiveInquiry', { body: { memberId: victim, purpose: 'review' } }, 'caseworker'));
  await run.step('withdrawn applicant: 総合照会 by 宛名番号', {}, () =>
    run.call('createComprehensiveInquiry', { body: { addressNumber: DEMO_WITHDRAWN_APPLICANT.addressNumber, purpose: 'application', applicationId: ctx.applications['withdrawn-applicant'] } }, 'intake'));
}
