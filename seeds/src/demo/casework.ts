import { addDays } from '../dates.ts';
import { daysAgo, demoInstitution, householdOf, memberOf, month, monthStart, type DemoContext } from './context.ts';

/** 医療券・調剤券 (one cancelled and re-issued), a 医療要否意見書 and a 介護券. */
export async function tickets(ctx: DemoContext) {
  const { run } = ctx;
  const clerk = 'medical-clerk';
  const single = memberOf(ctx, 'elderly-single');
  const issue = (step: string, memberId: string | undefined, body: Record<string, unknown>) =>
    run.step(step, { memberId }, async () => (await run.call('issueMedicalTicket', { body: { memberId, month: month(ctx, 0), ...body } }, clerk)).ticketId as string);
  const wrong = await issue('elderly-single: 医療券 to the wrong clinic', single, { kind: '1', institutionCode: demoInstitution(11), institutionName: '見本内科クリニック（見本）', institutionType: '2', inpatient: false, diseaseName: '高血圧症' });
  await run.step('elderly-single: 医療券 cancelled', { ticketId: wrong }, () =>
    run.call('cancelMedicalTicket', { path: { ticketId: wrong! }, body: { reason: '指定医療機関を誤って発行したため。', cancelledOn: ctx.today } }, clerk));
  await issue('elderly-single: 医療券 re-issued', single, { kind: '1', institutionCode: demoInstitution(12), institutionName: '試験町診療所（見本）', institutionType: '2', inpatient: false, diseaseName: '高血圧症' });
  await issue('elderly-single: 調剤券', single, { kind: '2', institutionCode: demoInstitution(13), institutionName: '見本薬局（見本）', institutionType: '4' });

  const sick = memberOf(ctx, 'sick-head');
  const opinionId = await run.step('sick-head: 医療要否意見書', { memberId: sick }, async () =>
    (await run.call('createMedicalOpinion', { path: { memberId: sick! }, body: {
      institutionCode: demoInstitution(21), institutionName: '見本総合病院（見本）', receivedOn: addDays(monthStart(ctx, -1), 6), diseaseName: '脳梗塞',
      careRequired: true, inpatient: true, periodFrom: month(ctx, -1), periodTo: month(ctx, 2), estimatedMonthlyCost: 420_000,
    } }, clerk)).opinionId as string);
  for (const shift of [-1, 0]) {
    await issue(`sick-head: 入院医療券 ${month(ctx, shift)}`, sick, { month: month(ctx, shift), kind: '1', institutionCode: demoInstitution(21), institutionName: '見本総合病院（見本）', institutionType: '1', inpatient: true, diseaseName: '脳梗塞', ...(opinionId ? { opinionId } : {}) });
  }

  const wife = memberOf(ctx, 'elderly-couple', 1);
  await run.step('elderly-couple: 介護券', { memberId: wife }, () =>
    run.call('issueCareTicket', { body: { memberId: wife, month: month(ctx, 0), providerNumber: demoInstitution(31), providerName: '見本ケアセンター（見本）', serviceType: '1', selfPayAmount: 0 } }, clerk));
}

/** A 78条 claim with instalments, a partial payment and a 78条の2 deduction agreement; a 63条 claim paid in full. */
export async function claims(ctx: DemoContext) {
  const { run } = ctx;
  const fraud = householdOf(ctx, 'other-claim');
  const assessedOn = daysAgo(ctx, 40);
  const dueDate = addDays(assessedOn, 30);
  const claimId = await run.step('other-claim: 78条 claim with instalments', { householdId: fraud }, async () =>
    (await run.call('createClaim', { body: {
      householdId: fraud, basis: '78', periodFrom: month(ctx, -4), periodTo: month(ctx, -3), principalAmount: 60_000, surchargeAmount: 24_000,
      assessedOn, dueDate, reason: '配偶者の就労収入を申告せず保護費を受給していたため、法第78条により徴収する。（見本データ）',
      instalments: Array.from({ length: 6 }, (_, i) => ({ dueDate: addDays(dueDate, 30 * i), amount: 14_000 })),
    } }, 'caseworker')).claimId as string);
  ctx.claims['other-claim'] = claimId;
  await run.step('other-claim: first instalment paid', { claimId }, () =>
    run.call('recordClaimPayment', { path: { claimId: claimId! }, body: { paidOn: daysAgo(ctx, 10), amount: 14_000, method: 'payment-slip', receiptNumber: 'DEMO-0001' } }, 'accountant'));
  await run.step('other-claim: 78条の2 deduction agreement', { claimId }, () =>
    run.call('createDeductionAgreement', { path: { claimId: claimId! }, body: {
      requestedOn: daysAgo(ctx, 9), monthlyAmount: 5_000, startMonth: month(ctx, 1), livelihoodConfirmed: true, documentReference: 'DEMO-申出-0001',
    } }, 'caseworker'));

  const ended = householdOf(ctx, 'other-discontinued');
  const repayment = await run.step('other-discontinued: 63条 claim', { householdId: ended }, async () =>
    (await run.call('createClaim', { body: {
      householdId: ended, basis: '63', periodFrom: month(ctx, -4), periodTo: month(ctx, -3), principalAmount: 30_000,
      assessedOn: daysAgo(ctx, 45), dueDate: daysAgo(ctx, 15), reason: '資力があるにもかかわらず保護を受けたため、法第63条により返還を求める。（見本データ）',
    } }, 'caseworker')).claimId as string);
  ctx.claims['other-discontinued'] = repayment;
  await run.step('other-discontinued: 63条 claim paid in full', { claimId: repayment }, () =>
    run.call('recordClaimPayment', { path: { claimId: repayment! }, body: { paidOn: daysAgo(ctx, 16), amount: 30_000, method: 'account-transfer' } }, 'accountant'));
}

/** Visit plans and visits (one household overdue), case records, assistance plans and approvals, a DV restriction. */
export async function casework(ctx: DemoContext) {
  const { run } = ctx;
  const planFrom = addDays(monthStart(ctx, -5), 15);
  const visits: [string, number, [number, boolean][]][] = [
    ['elderly-single', 1, [[75, true], [20, false]]], // last visit met 75 days ago, an absent visit since: overdue
    ['elderly-couple', 3, [[15, true]]],
    ['single-mother-alert', 2, [[30, true]]],
    ['other-claim', 2, [[25, true]]],
  ];
  for (const [key, intervalMonths, records] of visits) {
    const householdId = householdOf(ctx, key);
    await run.step(`${key}: visit plan`, { householdId }, () =>
      run.call('createVisitPlan', { path: { householdId: householdId! }, body: { validFrom: planFrom, intervalMonths, visitGrade: `${intervalMonths}か月`, purpose: '生活状況の把握と助言。' } }, 'caseworker'));
    for (const [ago, met] of records) {
      await run.step(`${key}: visit ${ago} days ago${met ? '' : ' (absent)'}`, { householdId }, () =>
        run.call('createVisitRecord', { path: { householdId: householdId! }, body: {
          visitedOn: daysAgo(ctx, ago), visitKind: 'home', metRecipient: met, ...(met ? { memberIds: [memberOf(ctx, key)] } : {}),
          summary: met ? '体調は安定している。家計の状況を確認した。（見本データ）' : '不在のため連絡票を投函した。',
        } }, 'caseworker'));
      if (met) {
        await run.step(`${key}: case record of the visit ${ago} days ago`, { householdId }, () =>
          run.call('createCaseRecord', { path: { householdId: householdId! }, body: {
            recordedOn: daysAgo(ctx, ago), category: 'visit', title: '定期訪問', memberIds: [memberOf(ctx, key)],
            body: '家庭訪問を実施。通院状況と家計の状況を確認し、就労に向けた助言を行った。（見本データ）',
          } }, 'caseworker'));
      }
    }
  }

  const disabled = householdOf(ctx, 'disabled-head');
  const planId = await run.step('disabled-head: assistance plan', { householdId: disabled }, async () =>
    (await run.call('createAssistancePlan', { path: { householdId: disabled! }, body: {
      establishedOn: monthStart(ctx, -2), issues: '障害により就労が困難。通院の継続が必要。', goal: '通院を継続し、安定した在宅生活を送る。',
      measures: '月1回の電話連絡と3か月ごとの訪問。障害福祉サービスの利用を支援する。', reviewDueOn: addDays(monthStart(ctx, -2), 180),
    } }, 'caseworker')).planId as string);
  const approvalId = await run.step('disabled-head: approval requested', { planId }, async () =>
    (await run.call('requestApproval', { body: {
      subjectType: 'assistancePlan', subjectId: planId, householdId: disabled, title: '援助方針の決裁（見本）', requestComment: '援助方針を策定しましたので決裁願います。',
      route: [{ approverRole: 'supervisor' }],
    } }, 'caseworker')).approvalId as string);
  await run.step('disabled-head: approval approved', { approvalId }, () =>
    run.call('approveApproval', { path: { approvalId: approvalId! }, body: { comment: '了承します。' } }, 'supervisor'));

  const mother = householdOf(ctx, 'single-mother-alert');
  const motherPlan = await run.step('single-mother-alert: assistance plan', { householdId: mother }, async () =>
    (await run.call('createAssistancePlan', { path: { householdId: mother! }, body: {
      establishedOn: daysAgo(ctx, 7), issues: 'ひとり親で子が幼く、就労時間が限られる。', goal: '保育所を利用し就労時間を増やす。', measures: '就労支援事業への参加を勧める。',
    } }, 'caseworker')).planId as string);
  await run.step('single-mother-alert: approval waiting', { planId: motherPlan }, () =>
    run.call('requestApproval', { body: {
      subjectType: 'assistancePlan', subjectId: motherPlan, householdId: mother, title: '援助方針の決裁（見本・回付中）', route: [{ approverRole: 'supervisor' }, { approverRole: 'manager' }],
    } }, 'caseworker'));

  const victim = memberOf(ctx, 'single-mother-dv');
  await run.step('single-mother-dv: viewing restriction (DV)', { memberId: victim }, () =>
    run.call('setViewingRestriction', { path: { memberId: victim! }, body: { restricted: true, reason: '1', requestedOn: monthStart(ctx, -4), note: '配偶者からの暴力のため住所の秘匿を申し出。' } }, 'caseworker'));
}
