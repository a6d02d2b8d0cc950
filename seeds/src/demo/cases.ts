import { addDays } from '../dates.ts';
import { daysAgo, householdOf, month, monthStart, type DemoContext } from './context.ts';
import { DEMO_HOUSEHOLDS, demoHousehold, type DemoHousehold } from './households.ts';

const fujo = (h: DemoHousehold, livelihood = h.livelihood) => [
  { fujoType: '01', monthlyAmount: livelihood, inKind: false },
  { fujoType: '03', monthlyAmount: h.monthlyRent, inKind: false },
  ...(h.inKind ?? []).map((fujoType) => ({ fujoType, monthlyAmount: 0, inKind: true })),
];

const STARTED: DemoHousehold['scenario'][] = ['protected', 'suspended', 'suspended-resumed', 'discontinued', 'transferred'];

/** Applications and start decisions five months ago for every household that is or was protected. */
export async function startCases(ctx: DemoContext) {
  const { run } = ctx;
  for (const [i, h] of DEMO_HOUSEHOLDS.entries()) {
    if (!STARTED.includes(h.scenario)) continue;
    const householdId = householdOf(ctx, h.key);
    const applicationDate = addDays(monthStart(ctx, -5), 1 + i);
    const applicationId = await run.step(`${h.key}: application`, { householdId }, async () =>
      (await run.call('createApplication', { body: applicationBody(ctx, h, householdId!, applicationDate) }, 'intake')).applicationId as string);
    ctx.applications[h.key] = applicationId;
    await run.step(`${h.key}: investigation`, { applicationId }, () =>
      run.call('startInvestigation', { path: { applicationId: applicationId! }, body: { startedOn: addDays(applicationDate, 1), caseworker: h.caseworker } }, 'caseworker'));
    await run.step(`${h.key}: start decision`, { applicationId }, () =>
      run.call('decideApplication', {
        path: { applicationId: applicationId! },
        body: {
          type: 'start', decidedOn: addDays(applicationDate, 9), effectiveOn: applicationDate, startReason: h.members.length > 2 ? '05' : '06',
          reasonText: '資産・収入の調査の結果、最低生活費に満たないことを確認したため保護を開始する。（見本データ）',
          fujoBreakdown: fujo(h),
        },
      }, 'caseworker'));
  }
}

export function applicationBody(ctx: DemoContext, h: DemoHousehold, householdId: string | undefined, applicationDate: string, consultationId?: string) {
  return {
    applicationDate, channel: '1', applicantRelation: '1',
    ...(householdId ? { householdId } : {}),
    ...(consultationId ? { consultationId } : {}),
    personInNeed: {
      name: { family: h.family, given: h.members[0]!.given },
      address: { lgCode: h.municipality.lgCode, text: '見本町1丁目1番1号' },
    },
    reason: '失業により収入がなくなり、生活に困窮しているため。（見本データ）',
    assetStatus: '預貯金わずか。', incomeStatus: 'なし。', workOrJobSearchStatus: '求職中。',
    supportStatus: '不明。', otherBenefitStatus: 'なし。', attachments: ['01', '02'],
  };
}

/** The ex-officio start of the household whose head was taken to hospital in urgent need last month. */
export async function startExOfficio(ctx: DemoContext) {
  const h = DEMO_HOUSEHOLDS.find((x) => x.scenario === 'ex-officio')!;
  const householdId = householdOf(ctx, h.key);
  const effectiveOn = addDays(monthStart(ctx, -1), 4);
  await ctx.run.step(`${h.key}: ex-officio start`, { householdId }, () =>
    ctx.run.call('startExOfficio', {
      path: { householdId: householdId! },
      body: {
        decidedOn: addDays(effectiveOn, 2), effectiveOn, startReason: '01', fujoBreakdown: fujo(h),
        reasonText: '急迫の状況にあるため職権により保護を開始する。（見本データ）',
        urgencyText: '世帯主が路上で倒れ救急搬送され入院した。手持ち金がなく医療費を支払えない。',
      },
    }, 'caseworker'));
}

/** Regular payment runs of the given months (shift from this month), paid three days before each month. */
export async function paymentRuns(ctx: DemoContext, shifts: number[]) {
  for (const shift of shifts) {
    await ctx.run.step(`payment run ${month(ctx, shift)}`, {}, () =>
      ctx.run.call('createPaymentRun', { body: { month: month(ctx, shift), paymentDate: addDays(monthStart(ctx, shift), -3) } }, 'accountant'));
  }
}

/** Suspensions, a resumption, a change, a discontinuation and a transfer, effective in earlier months. */
export async function changeCases(ctx: DemoContext) {
  const { run } = ctx;
  const decide = (key: string, body: Record<string, unknown>) => {
    const householdId = householdOf(ctx, key);
    return run.step(`${key}: ${String(body.type)} decision`, { householdId }, () =>
      run.call('createCaseDecision', { path: { householdId: householdId! }, body: { origin: 'ex-officio', ...body } }, 'caseworker'));
  };
  const before = (shift: number, days: number) => addDays(monthStart(ctx, shift), -days);
  await decide('disabled-head', { type: 'suspend', decidedOn: addDays(monthStart(ctx, -3), 10), effectiveOn: addDays(monthStart(ctx, -3), 14),
    reasonText: '臨時的な収入により一時的に保護を要しなくなったため停止する。（見本データ）' });
  await decide('disabled-head', { type: 'resume', decidedOn: before(-2, 3), effectiveOn: monthStart(ctx, -2),
    reasonText: '臨時的な収入がなくなったため停止を解除する。（見本データ）', fujoBreakdown: fujo(demoHousehold('disabled-head')) });
  await decide('other-suspended', { type: 'suspend', decidedOn: before(-2, 5), effectiveOn: monthStart(ctx, -2),
    reasonText: '就労収入の増加が一時的と見込まれるため保護を停止する。（見本データ）' });
  await decide('other-discontinued', { type: 'discontinue', decidedOn: before(-2, 5), effectiveOn: monthStart(ctx, -2), discontinuationReason: '04',
    reasonText: '常用雇用により収入が最低生活費を継続して上回るため保護を廃止する。（見本データ）' });
  const elderly = demoHousehold('elderly-couple');
  await decide(elderly.key, { type: 'change', decidedOn: before(-1, 5), effectiveOn: monthStart(ctx, -1), fujoBreakdown: fujo(elderly, elderly.livelihood - 4_000),
    reasonText: '年金額の改定に伴い収入認定額を変更する。（見本データ）' });
  const transferredId = householdOf(ctx, 'elderly-transferred');
  await run.step('elderly-transferred: transfer', { householdId: transferredId }, () =>
    run.call('transferCase', {
      path: { householdId: transferredId! },
      body: {
        destinationLgCode: '011002', destinationOfficeName: '札幌市見本区保健福祉課（見本）', movedOn: before(-2, 10), destinationNotifiedOn: before(-2, 8),
        decidedOn: before(-2, 5), effectiveOn: monthStart(ctx, -2), reasonText: '札幌市へ転居し実施責任が移るため移管する。（見本データ）',
      },
    }, 'caseworker'));
}

/** Applications still pending: one near its 14-day limit (from a consultation), one past 30 days; one rejected, one withdrawn. */
export async function pendingApplications(ctx: DemoContext, withdrawnApplicant: { family: string; given: string }) {
  const { run } = ctx;
  const byScenario = (s: DemoHousehold['scenario']) => DEMO_HOUSEHOLDS.find((h) => h.scenario === s)!;
  const near = byScenario('pending-near-limit');
  const nearId = householdOf(ctx, near.key);
  const consultationId = await run.step(`${near.key}: consultation`, { householdId: nearId }, async () =>
    (await run.call('createConsultation', { body: {
      consultedOn: daysAgo(ctx, 13), method: '1', client: { name: { family: near.family, given: near.members[0]!.given } }, clientIsPersonInNeed: true,
      householdId: nearId, mainComplaint: '失業して家賃が払えない。（見本データ）', applicationIntentExpressed: true, applicationFormProvided: true, outcome: '2',
    } }, 'intake')).consultationId as string);
  const nearApp = await run.step(`${near.key}: application (day 12 of 14)`, { householdId: nearId }, async () =>
    (await run.call('createApplication', { body: applicationBody(ctx, near, nearId, daysAgo(ctx, 12), consultationId) }, 'intake')).applicationId as string);
  ctx.applications[near.key] = nearApp;
  await run.step(`${near.key}: investigation`, { applicationId: nearApp }, () =>
    run.call('startInvestigation', { path: { applicationId: nearApp! }, body: { startedOn: daysAgo(ctx, 10), caseworker: near.caseworker } }, 'caseworker'));

  const late = byScenario('pending-deemed-rejected');
  const lateId = householdOf(ctx, late.key);
  ctx.applications[late.key] = await run.step(`${late.key}: application (day 35, みなし却下)`, { householdId: lateId }, async () =>
    (await run.call('createApplication', { body: applicationBody(ctx, late, lateId, daysAgo(ctx, 35)) }, 'intake')).applicationId as string);

  const rejected = byScenario('rejected');
  const rejectedId = householdOf(ctx, rejected.key);
  const rejectedApp = await run.step(`${rejected.key}: application`, { householdId: rejectedId }, async () =>
    (await run.call('createApplication', { body: applicationBody(ctx, rejected, rejectedId, daysAgo(ctx, 40)) }, 'intake')).applicationId as string);
  ctx.applications[rejected.key] = rejectedApp;
  await run.step(`${rejected.key}: investigation`, { applicationId: rejectedApp }, () =>
    run.call('startInvestigation', { path: { applicationId: rejectedApp! }, body: { startedOn: daysAgo(ctx, 38) } }, 'caseworker'));
  await run.step(`${rejected.key}: rejection`, { applicationId: rejectedApp }, () =>
    run.call('decideApplication', { path: { applicationId: rejectedApp! }, body: {
      type: 'reject', decidedOn: daysAgo(ctx, 30), rejectionReason: '01',
      reasonText: '収入認定の結果、世帯の収入が最低生活費を上回るため却下する。（見本データ）',
    } }, 'caseworker'));

  const withdrawnApp = await run.step('withdrawn applicant: application', {}, async () =>
    (await run.call('createApplication', { body: {
      applicationDate: daysAgo(ctx, 25), applicantRelation: '1', specialCircumstanceNoForm: true,
      specialCircumstanceNote: '手の負傷により申請書を記入できないため口頭で申請を受けた。（見本データ）',
      personInNeed: { name: { family: withdrawnApplicant.family, given: withdrawnApplicant.given } },
    } }, 'intake')).applicationId as string);
  ctx.applications['withdrawn-applicant'] = withdrawnApp;
  await run.step('withdrawn applicant: withdrawal', { applicationId: withdrawnApp }, () =>
    run.call('withdrawApplication', { path: { applicationId: withdrawnApp! }, body: {
      withdrawnOn: daysAgo(ctx, 20), intentMethod: 'written', reason: '親族宅に転居し援助を受けることになったため。',
    } }, 'intake'));
}
