import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { must, mustRefuse, newHousehold } from '../../support/steps.ts';
import { expectEqual, failWith, type Fault } from '../01-02/support.ts';
import { discontinuedHousehold, grant } from './self-reliance.ts';

/**
 * 07.3.3: a Hello Work referral is linked to the employment-support enrolment of the same member; naming another
 * member's enrolment is refused.
 */
export const referralLinkedToEnrolment = defineCheck({
  id: 'self-reliance.referral-linked-to-enrolment',
  title: { ja: 'ハローワークへの支援要請を同じ世帯員の就労支援に関連付けられ、他の世帯員の就労支援には関連付けられない', en: "A Hello Work referral is linked to the same member's enrolment, never to another member's" },
  verifies: ['07.3.3'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const own = await newHousehold(ctx, cw);
    const other = await newHousehold(ctx, cw);
    const support = await must(ctx, cw, 'enrolEmploymentSupport', { path: { memberId: own.memberId }, body: { program: 'helloWork', startedOn: '2025-05-01', goal: '就職' } }, 201,
      { ja: '就労支援への登録', en: 'enrolling the member' });
    const referral = { referredOn: '2025-05-10', helloWorkOffice: '見本公共職業安定所', consentObtained: true, consentOn: '2025-05-08', supportId: support.supportId };
    await mustRefuse(ctx, cw, 'createHelloWorkReferral', { path: { memberId: other.memberId }, body: referral },
      { ja: '他の世帯員の就労支援を指定した支援要請', en: "a referral naming another member's enrolment" });
    const made = await must(ctx, cw, 'createHelloWorkReferral', { path: { memberId: own.memberId }, body: referral }, 201,
      { ja: '同じ世帯員の就労支援を指定した支援要請', en: "a referral naming the member's own enrolment" });
    const faults: Fault[] = [];
    expectEqual(faults, { ja: '支援要請の就労支援番号（supportId）', en: 'the supportId of the referral' }, made.supportId, support.supportId);
    failWith(ctx, { ja: '支援要請と就労支援の関連付け', en: 'the link between referral and enrolment' }, faults);
  },
});

/**
 * 07.4.5 (生活保護法第55条の4): a grant of 就労自立給付金 records the member who took up work, the employer and the
 * first day of work; naming a member of another household is refused.
 */
export const benefitRecordsTheWork = defineCheck({
  id: 'self-reliance.independence-benefit-records-the-work',
  title: { ja: '就労自立給付金の支給決定に就労した世帯員・就労先・就労開始日が記録される', en: 'A grant of the employment-independence benefit records the member, employer and first day of work' },
  verifies: ['07.4.5'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const here = await discontinuedHousehold(ctx, cw);
    const stranger = await newHousehold(ctx, cw);
    const path = { householdId: here.householdId };
    await mustRefuse(ctx, cw, 'grantEmploymentIndependenceBenefit', { path, body: grant(stranger.memberId, here.end, 30_000) },
      { ja: '他の世帯の世帯員を就労した世帯員とする支給決定', en: 'a grant naming a member of another household' });
    const sent = grant(here.memberId, here.end, 30_000);
    const made = await must(ctx, cw, 'grantEmploymentIndependenceBenefit', { path, body: sent }, 201, { ja: '就労自立給付金の支給決定', en: 'granting the benefit' });
    const faults: Fault[] = [];
    const work = (b: Record<string, unknown>) => [b.memberId, b.employer, b.employmentStartedOn];
    expectEqual(faults, { ja: '就労した世帯員・就労先・就労開始日', en: 'member, employer and first day of work' }, work(made), work(sent));
    failWith(ctx, { ja: '就労自立給付金の支給決定', en: 'the benefit grant' }, faults);
  },
});
