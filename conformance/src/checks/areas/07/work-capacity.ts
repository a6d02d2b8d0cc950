import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { must, mustRefuse, newHousehold } from '../../support/steps.ts';
import { expectEqual, failWith, type Fault } from '../01-02/support.ts';

const ASSESSED_ON = '2025-05-01';

/**
 * 07.1.2: when the member is judged able to work (fully or partly), the assessment is refused unless it records
 * both the willingness to use the capacity (活用する意思) and whether a place to work can be found (就労の場) —
 * the second and third elements of 稼働能力の活用 (実施要領 第4). With both recorded it is registered as given.
 */
export const capacityElementsRequired = defineCheck({
  id: 'self-reliance.capacity-needs-willingness-and-job-opportunity',
  title: {
    ja: '稼働能力があると判定するときは、活用の意思の有無と就労の場の有無の記録がなければ登録できない',
    en: 'An assessment of capacity to work is refused without the willingness and the job opportunity recorded',
  },
  verifies: ['07.1.2'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId } = await newHousehold(ctx, cw);
    const path = { memberId };
    const base = { assessedOn: ASSESSED_ON, medicalFindings: '就労に支障となる疾病なし（主治医意見）' };
    await mustRefuse(ctx, cw, 'createWorkCapacityAssessment', { path, body: { ...base, capacity: 'limited', utilisation: 'met', jobOpportunity: true } },
      { ja: '稼働能力ありで活用の意思の有無を記録しない判定', en: 'an assessment of (limited) capacity without the willingness' });
    await mustRefuse(ctx, cw, 'createWorkCapacityAssessment', { path, body: { ...base, capacity: 'full', utilisation: 'notMet', willingness: false } },
      { ja: '稼働能力ありで就労の場の有無を記録しない判定', en: 'an assessment of (full) capacity without the job opportunity' });
    const sent = { ...base, capacity: 'full', utilisation: 'notMet', willingness: false, jobOpportunity: true };
    const made = await must(ctx, cw, 'createWorkCapacityAssessment', { path, body: sent }, 201,
      { ja: '活用の意思と就労の場を記録した判定の登録', en: 'registering an assessment with both elements' });
    const faults: Fault[] = [];
    expectEqual(faults, { ja: '活用の意思（willingness）', en: 'willingness' }, made.willingness, false);
    expectEqual(faults, { ja: '就労の場の有無（jobOpportunity）', en: 'jobOpportunity' }, made.jobOpportunity, true);
    failWith(ctx, { ja: '登録した稼働能力の判定', en: 'the registered assessment' }, faults);
  },
});

/**
 * 07.1.3: the grounds of the judgement — medical findings, qualifications, life and work history and the factors
 * hindering work — are recorded with the assessment exactly as given.
 */
export const assessmentGrounds = defineCheck({
  id: 'self-reliance.assessment-grounds-recorded',
  title: {
    ja: '稼働能力の判定の根拠として医学的所見・資格・生活歴・職歴・就労阻害要因を記録できる',
    en: 'An assessment records its grounds: medical findings, qualifications, life and work history, obstacles',
  },
  verifies: ['07.1.3'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId } = await newHousehold(ctx, cw);
    const grounds = {
      medicalFindings: '腰痛の既往あり。軽作業であれば就労可能との主治医意見。',
      qualifications: '普通自動車第一種運転免許、フォークリフト運転技能講習修了',
      workHistory: '高校卒業後、食品製造業に10年勤務。5年前に離職し、以後は無職。',
      obstacles: '長期離職による生活リズムの乱れ。求職活動の経験が少ない。',
    };
    const body = { assessedOn: ASSESSED_ON, capacity: 'limited', willingness: true, jobOpportunity: true, utilisation: 'met', ...grounds };
    const made = await must(ctx, cw, 'createWorkCapacityAssessment', { path: { memberId }, body }, 201,
      { ja: '根拠を記載した稼働能力の判定の登録', en: 'registering an assessment with its grounds' });
    const faults: Fault[] = [];
    for (const [key, value] of Object.entries(grounds)) expectEqual(faults, { ja: key, en: key }, made[key], value);
    failWith(ctx, { ja: '稼働能力の判定の根拠', en: 'the grounds of the assessment' }, faults);
  },
});
