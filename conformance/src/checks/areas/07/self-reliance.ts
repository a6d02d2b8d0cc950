import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { requireClient } from '../../support/roles.ts';
import { must, mustRefuse, newHousehold, type Json } from '../../support/steps.ts';

/** 07.3.1, 07.3.2: a Hello Work request needs the member's consent. */
export const helloWorkConsent = defineCheck({
  id: 'self-reliance.hello-work-referral-needs-consent',
  title: { ja: '本人の同意を得ていない世帯員のハローワークへの支援要請は登録できない', en: "A Hello Work referral cannot be registered without the member's consent" },
  verifies: ['07.3.1', '07.3.2'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId } = await newHousehold(ctx, cw);
    const path = { memberId };
    const referral = { referredOn: '2025-05-01', helloWorkOffice: '見本公共職業安定所', note: '就労支援の要請' };
    await mustRefuse(ctx, cw, 'createHelloWorkReferral', { path, body: { ...referral, consentObtained: false } }, { ja: '本人の同意を得ていない支援要請', en: 'a referral without consent' });
    const made = await must(ctx, cw, 'createHelloWorkReferral', { path, body: { ...referral, consentObtained: true, consentOn: '2025-04-25' } }, 201, { ja: '同意を得た支援要請の登録', en: 'registering a referral with consent' });
    if (made.referredOn !== referral.referredOn || made.helloWorkOffice !== referral.helloWorkOffice) {
      ctx.fail({ ja: '登録した支援要請に要請日又は要請先が記録されていない', en: 'the registered referral lacks its date or office' });
    }
  },
});

const fujo = [{ fujoType: '01', monthlyAmount: 70000, inKind: false }];

/** A protected single-person household discontinued ex officio: its start and discontinuation decisions. */
export async function discontinuedHousehold(ctx: CheckContext, cw: HogoClient<Edition>) {
  const { householdId, memberId } = await newHousehold(ctx, cw);
  const path = { householdId };
  const start = await must(ctx, cw, 'startExOfficio', {
    path,
    body: { decidedOn: '2025-01-10', notifiedOn: '2025-01-10', effectiveOn: '2025-01-10', reasonText: '急迫した状況のため職権で保護を開始する。', urgencyText: '所持金がなく急迫している。', startReason: '03', fujoBreakdown: fujo },
  }, 201, { ja: '職権による保護の開始', en: 'starting protection ex officio' });
  const end = await must(ctx, cw, 'createCaseDecision', {
    path,
    body: { type: 'discontinue', origin: 'ex-officio', decidedOn: '2025-06-01', notifiedOn: '2025-06-01', effectiveOn: '2025-06-01', reasonText: '就労収入の増加により保護を要しなくなった。', discontinuationReason: '04' },
  }, 201, { ja: '保護の廃止決定', en: 'the discontinuation decision' });
  return { householdId, memberId, start, end };
}

export const grant = (memberId: string, decision: Json, amount: number) => ({
  memberId,
  discontinuationDecisionId: decision.decisionId,
  employer: '見本株式会社',
  employmentStartedOn: '2025-05-01',
  grantedOn: '2025-06-10',
  amount,
});

/** 07.4.1–07.4.4: only on this household's discontinuation, once, up to the single-person limit. */
export const independenceBenefit = defineCheck({
  id: 'self-reliance.independence-benefit-grant-rules',
  title: { ja: '就労自立給付金は当該世帯の廃止決定に基づき、一度だけ、上限額まで支給決定できる', en: "The employment-independence benefit is granted on the household's discontinuation, once, up to the limit" },
  verifies: ['07.4.1', '07.4.2', '07.4.3', '07.4.4'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const here = await discontinuedHousehold(ctx, cw);
    const there = await discontinuedHousehold(ctx, cw);
    const path = { householdId: here.householdId };
    await mustRefuse(ctx, cw, 'grantEmploymentIndependenceBenefit', { path, body: grant(here.memberId, here.start, 50_000) }, { ja: '保護の開始決定に基づく支給決定', en: 'a grant based on the start decision' });
    await mustRefuse(ctx, cw, 'grantEmploymentIndependenceBenefit', { path, body: grant(here.memberId, there.end, 50_000) }, { ja: '他の世帯の廃止決定に基づく支給決定', en: "a grant based on another household's discontinuation" });
    await mustRefuse(ctx, cw, 'grantEmploymentIndependenceBenefit', { path, body: grant(here.memberId, here.end, 100_001) }, { ja: '単身世帯の上限額（100,000円）を超える支給決定', en: 'a grant above the single-person limit (100,000 yen)' });
    const made = await must(ctx, cw, 'grantEmploymentIndependenceBenefit', { path, body: grant(here.memberId, here.end, 100_000) }, 201, { ja: '廃止決定に基づく上限額の支給決定', en: 'a grant of the limit on the discontinuation' });
    if (made.amount !== 100_000 || made.discontinuationDecisionId !== here.end.decisionId || made.grantedOn !== grant(here.memberId, here.end, 0).grantedOn) {
      ctx.fail({ ja: '登録した支給決定に支給額、廃止決定又は支給決定日が記録されていない', en: 'the grant lacks its amount, discontinuation decision or date of grant' });
    }
    await mustRefuse(ctx, cw, 'grantEmploymentIndependenceBenefit', { path, body: grant(here.memberId, here.end, 10_000) }, { ja: '同一の廃止決定に基づく二度目の支給決定', en: 'a second grant on the same discontinuation' });
  },
});

/** 07.1.1, 07.1.4: a member found unable to work cannot be judged as failing the work-capacity requirement. */
export const noCapacityMeetsRequirement = defineCheck({
  id: 'self-reliance.no-capacity-not-judged-not-met',
  title: { ja: '稼働能力がないと判定した世帯員について、能力活用の要件を欠くとする判定は拒否される', en: 'A member with no capacity to work cannot be judged as not meeting the requirement' },
  verifies: ['07.1.1', '07.1.4'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId } = await newHousehold(ctx, cw);
    const path = { memberId };
    const base = { assessedOn: '2025-05-01', capacity: 'none', medicalFindings: '就労は困難との主治医意見', obstacles: '療養中' };
    await mustRefuse(ctx, cw, 'createWorkCapacityAssessment', { path, body: { ...base, utilisation: 'notMet' } }, { ja: '稼働能力なしで能力活用の要件を欠くとする判定', en: 'no capacity judged as not meeting the requirement' });
    const made = await must(ctx, cw, 'createWorkCapacityAssessment', { path, body: { ...base, utilisation: 'met' } }, 201, { ja: '稼働能力なしの判定の登録', en: 'registering a no-capacity assessment' });
    if (made.assessedOn !== base.assessedOn || made.capacity !== 'none' || made.utilisation !== 'met') {
      ctx.fail({ ja: '登録した判定に判定日、稼働能力の有無又は活用の要件の判断が記録されていない', en: 'the assessment lacks its date, capacity or judgement of the requirement' });
    }
  },
});

/** 07.2.1, 07.2.2: no second active enrolment of one member in one kind of support. */
export const noDuplicateEnrolment = defineCheck({
  id: 'self-reliance.no-duplicate-active-enrolment',
  title: { ja: '同一の世帯員について同一の種類の就労支援が支援中のとき、重ねての登録は拒否される', en: 'A member cannot be enrolled twice in the same kind of support while it is active' },
  verifies: ['07.2.1', '07.2.2'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId } = await newHousehold(ctx, cw);
    const path = { memberId };
    const enrolment = { program: 'employmentSupport', startedOn: '2025-05-01', goal: '3か月以内の就職' };
    const made = await must(ctx, cw, 'enrolEmploymentSupport', { path, body: enrolment }, 201, { ja: '就労支援への登録', en: 'enrolling the member' });
    if (made.program !== enrolment.program || made.startedOn !== enrolment.startedOn || made.goal !== enrolment.goal) {
      ctx.fail({ ja: '登録した就労支援に支援の種類、支援開始日又は支援目標が記録されていない', en: 'the enrolment lacks its kind of support, start date or goal' });
    }
    await mustRefuse(ctx, cw, 'enrolEmploymentSupport', { path, body: { program: 'employmentSupport', startedOn: '2025-05-15', goal: '就職' } }, { ja: '支援中の同一種類の就労支援への重ねての登録', en: 'a second enrolment in the same active support' }, [409]);
    await must(ctx, cw, 'enrolEmploymentSupport', { path, body: { program: 'employmentPreparation', startedOn: '2025-05-15', goal: '生活習慣の改善' } }, 201, { ja: '別の種類の就労支援への登録', en: 'enrolling in another kind of support' });
  },
});
