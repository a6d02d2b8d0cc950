import { describe, expect, it } from 'vitest';
import { caseBody, decisionServer, OTHER_LG_CODE } from '../support/03-decision.ts';
import { caseworkServer, member } from '../support/casework-fixtures.ts';

async function setup() {
  const s = await caseworkServer();
  const hh = await s.household({ members: [member('太郎'), member('花子', '02')] });
  const memberId = hh.members[0].memberId as string;
  return { s, hh, householdId: hh.householdId as string, memberId, spouseId: hh.members[1].memberId as string };
}

const assessment = (overrides: Record<string, unknown> = {}) => ({
  assessedOn: '2026-03-15',
  capacity: 'full',
  willingness: true,
  jobOpportunity: true,
  utilisation: 'met',
  ...overrides,
});

describe('07.1 work-capacity assessment', () => {
  it('07.1.1/07.1.3: registers an assessment with its grounds', async () => {
    const { s, memberId, householdId } = await setup();
    const grounds = { medicalFindings: '主治医意見: 軽作業可', qualifications: '普通自動車免許', workHistory: '製造業10年', obstacles: '腰痛' };
    const res = await s.post(`/members/${memberId}/work-capacity-assessments`, assessment({ capacity: 'limited', ...grounds }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ memberId, householdId, capacity: 'limited', utilisation: 'met', assessedBy: 'caseworker-1', ...grounds });
  });

  it('07.1.2: with capacity, willingness and job opportunity are required', async () => {
    const { s, memberId } = await setup();
    const url = `/members/${memberId}/work-capacity-assessments`;
    await s.refused(() => s.post(url, assessment({ willingness: undefined })), 422, 'element-required', '/body/willingness');
    await s.refused(() => s.post(url, assessment({ capacity: 'limited', jobOpportunity: undefined })), 422, 'element-required', '/body/jobOpportunity');
    expect((await s.post(url, assessment({ willingness: false, utilisation: 'notMet' }))).status).toBe(201);
  });

  it('07.1.4: no capacity cannot be judged as not meeting the requirement', async () => {
    const { s, memberId } = await setup();
    const url = `/members/${memberId}/work-capacity-assessments`;
    await s.refused(() => s.post(url, { assessedOn: '2026-03-15', capacity: 'none', utilisation: 'notMet' }), 422, 'utilisation-inconsistent', '/body/utilisation');
    expect((await s.post(url, { assessedOn: '2026-03-15', capacity: 'none', utilisation: 'met' })).status).toBe(201);
  });

  it('refuses an unknown member (404) and a medical opinion not about the member', async () => {
    const { s, memberId } = await setup();
    await s.refused(() => s.post('/members/M-999999/work-capacity-assessments', assessment()), 404);
    await s.refused(() => s.post(`/members/${memberId}/work-capacity-assessments`, assessment({ medicalOpinionId: 'MO-999999' })), 422, 'unknown-reference');
  });
});

describe('07.2 employment support', () => {
  it('07.2.1: enrols a member (linked to their assessment)', async () => {
    const { s, memberId, householdId, spouseId } = await setup();
    const wa = (await s.post(`/members/${memberId}/work-capacity-assessments`, assessment())).body;
    const res = await s.post(`/members/${memberId}/employment-support`, { program: 'employmentSupport', startedOn: '2026-03-20', goal: '常用就労', assessmentId: wa.assessmentId, supportWorker: '就労支援員 田中' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ memberId, householdId, program: 'employmentSupport', status: 'active', outcomes: [], assessmentId: wa.assessmentId, createdBy: 'caseworker-1' });
    await s.refused(() => s.post(`/members/${spouseId}/employment-support`, { program: 'employmentSupport', startedOn: '2026-03-20', assessmentId: wa.assessmentId }), 422, 'unknown-reference', '/body/assessmentId');
    await s.refused(() => s.post('/members/M-999999/employment-support', { program: 'employmentSupport', startedOn: '2026-03-20' }), 404);
  });

  it('07.2.2: no second active enrolment in the same programme', async () => {
    const { s, memberId } = await setup();
    const url = `/members/${memberId}/employment-support`;
    const first = (await s.post(url, { program: 'employmentSupport', startedOn: '2026-03-01' })).body;
    await s.refused(() => s.post(url, { program: 'employmentSupport', startedOn: '2026-03-20' }), 409, 'illegal-transition');
    expect((await s.post(url, { program: 'employmentPreparation', startedOn: '2026-03-20' })).status).toBe(201);
    await s.post(`/employment-support/${first.supportId}/outcome`, { outcome: 'discontinued', outcomeOn: '2026-03-10', endSupport: true });
    expect((await s.post(url, { program: 'employmentSupport', startedOn: '2026-03-20' })).status).toBe(201);
  });

  it('07.2.3/07.2.4: outcomes with their date, employer, earnings and work status; endSupport ends it', async () => {
    const { s, memberId } = await setup();
    const sp = (await s.post(`/members/${memberId}/employment-support`, { program: 'helloWork', startedOn: '2026-01-10' })).body;
    const url = `/employment-support/${sp.supportId}/outcome`;
    const training = await s.post(url, { outcome: 'training', outcomeOn: '2026-02-01', note: '職業訓練' });
    expect(training.body).toMatchObject({ status: 'active', outcomes: [{ outcome: 'training', outcomeOn: '2026-02-01', endsSupport: false, recordedBy: 'caseworker-1' }] });
    const employed = await s.post(url, { outcome: 'employed', outcomeOn: '2026-03-01', employer: '株式会社テスト', monthlyEarnings: 180000, workStatus: '1', endSupport: true }, 'supervisor');
    expect(employed.status, JSON.stringify(employed.body)).toBe(200);
    expect(employed.body).toMatchObject({ status: 'ended', endedOn: '2026-03-01' });
    expect(employed.body.outcomes[1]).toMatchObject({ outcome: 'employed', employer: '株式会社テスト', monthlyEarnings: 180000, workStatus: '1', endsSupport: true, recordedBy: 'supervisor-1' });
  });

  it('07.2.3: an outcome before the start is refused; 支援の中止 ends the support', async () => {
    const { s, memberId } = await setup();
    const sp = (await s.post(`/members/${memberId}/employment-support`, { program: 'other', startedOn: '2026-02-01' })).body;
    const url = `/employment-support/${sp.supportId}/outcome`;
    await s.refused(() => s.post(url, { outcome: 'training', outcomeOn: '2026-01-31' }), 422, 'outcome-before-start', '/body/outcomeOn');
    expect((await s.post(url, { outcome: 'discontinued', outcomeOn: '2026-02-15' })).body).toMatchObject({ status: 'ended', endedOn: '2026-02-15' });
    await s.refused(() => s.post('/employment-support/ES-999999/outcome', { outcome: 'training', outcomeOn: '2026-03-01' }), 404);
  });

  it('07.2.5: no outcome after the support ended', async () => {
    const { s, memberId } = await setup();
    const sp = (await s.post(`/members/${memberId}/employment-support`, { program: 'employmentSupport', startedOn: '2026-02-01' })).body;
    const url = `/employment-support/${sp.supportId}/outcome`;
    await s.post(url, { outcome: 'employed', outcomeOn: '2026-03-01', endSupport: true });
    await s.refused(() => s.post(url, { outcome: 'increasedIncome', outcomeOn: '2026-03-20' }), 409, 'illegal-transition');
  });

  it('07.2.6: the household\'s enrolments with programme, status and outcomes, newest first', async () => {
    const { s, householdId, memberId, spouseId } = await setup();
    const a = (await s.post(`/members/${memberId}/employment-support`, { program: 'employmentSupport', startedOn: '2026-01-01' })).body;
    const b = (await s.post(`/members/${spouseId}/employment-support`, { program: 'employmentPreparation', startedOn: '2026-02-01' })).body;
    const other = await s.household();
    await s.post(`/members/${other.members[0].memberId}/employment-support`, { program: 'employmentSupport', startedOn: '2026-03-01' });
    await s.post(`/employment-support/${a.supportId}/outcome`, { outcome: 'employed', outcomeOn: '2026-03-01', endSupport: true });
    const ids = async (q = '') => (await s.get(`/households/${householdId}/employment-support${q}`)).body.items.map((x: { supportId: string }) => x.supportId);
    expect(await ids()).toEqual([b.supportId, a.supportId]);
    expect(await ids('?status=ended')).toEqual([a.supportId]);
    expect(await ids('?status=active')).toEqual([b.supportId]);
    const listed = (await s.get(`/households/${householdId}/employment-support?status=ended`)).body.items[0];
    expect(listed).toMatchObject({ program: 'employmentSupport', status: 'ended', outcomes: [{ outcome: 'employed' }] });
    expect((await s.get('/households/H-999999/employment-support')).status).toBe(404);
  });
});

describe('07.3 Hello Work referral', () => {
  it('07.3.1/07.3.3: records the request with date and office, linked to the member\'s enrolment', async () => {
    const { s, memberId, householdId } = await setup();
    const sp = (await s.post(`/members/${memberId}/employment-support`, { program: 'helloWork', startedOn: '2026-03-01' })).body;
    const res = await s.post(`/members/${memberId}/hello-work-referrals`, { referredOn: '2026-03-05', helloWorkOffice: 'ハローワーク飯田橋', consentObtained: true, consentOn: '2026-03-04', supportId: sp.supportId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ memberId, householdId, referredOn: '2026-03-05', helloWorkOffice: 'ハローワーク飯田橋', consentObtained: true, supportId: sp.supportId, referredBy: 'caseworker-1' });
  });

  it('07.3.2: no referral without consent (or with consent given only afterwards)', async () => {
    const { s, memberId } = await setup();
    const url = `/members/${memberId}/hello-work-referrals`;
    await s.refused(() => s.post(url, { referredOn: '2026-03-05', helloWorkOffice: 'ハローワーク飯田橋', consentObtained: false }), 422, 'consent-required', '/body/consentObtained');
    await s.refused(() => s.post(url, { referredOn: '2026-03-05', helloWorkOffice: 'ハローワーク飯田橋', consentObtained: true, consentOn: '2026-03-06' }), 422, 'consent-after-referral');
  });

  it('07.3.3: an enrolment of another member is refused', async () => {
    const { s, memberId, spouseId } = await setup();
    const sp = (await s.post(`/members/${spouseId}/employment-support`, { program: 'helloWork', startedOn: '2026-03-01' })).body;
    await s.refused(
      () => s.post(`/members/${memberId}/hello-work-referrals`, { referredOn: '2026-03-05', helloWorkOffice: 'ハローワーク飯田橋', consentObtained: true, supportId: sp.supportId }),
      422,
      'unknown-reference',
      '/body/supportId',
    );
  });
});

describe('07.4 employment-independence benefit', () => {
  const grant = (memberId: string, decisionId: string, overrides: Record<string, unknown> = {}) => ({
    memberId,
    discontinuationDecisionId: decisionId,
    employer: '株式会社テスト',
    employmentStartedOn: '2026-03-01',
    grantedOn: '2026-03-31',
    amount: 150000,
    ...overrides,
  });

  it('07.4.1/07.4.5: grants on the household\'s discontinuation decision, recording the work behind it', async () => {
    const { s, householdId, memberId } = await setup();
    const decisionId = await s.seedDecision(householdId);
    const res = await s.post(`/households/${householdId}/employment-independence-benefits`, grant(memberId, decisionId));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ householdId, memberId, discontinuationDecisionId: decisionId, employer: '株式会社テスト', employmentStartedOn: '2026-03-01', grantedOn: '2026-03-31', amount: 150000, upperLimit: 150000, createdBy: 'caseworker-1' });
  });

  it('07.4.2: no grant without this household\'s discontinuation decision', async () => {
    const { s, householdId, memberId } = await setup();
    const other = await s.household();
    const url = `/households/${householdId}/employment-independence-benefits`;
    const change = await s.seedDecision(householdId, { type: 'change' });
    const foreign = await s.seedDecision(other.householdId);
    const transfer = await s.seedDecision(householdId, { discontinuationReason: '13', transfer: { destinationLgCode: '271004', movedOn: '2026-03-20' } });
    for (const id of [change, foreign, transfer, 'D-999999']) {
      await s.refused(() => s.post(url, grant(memberId, id)), 422, 'not-a-discontinuation', '/body/discontinuationDecisionId');
    }
    const own = await s.seedDecision(householdId);
    await s.refused(() => s.post(url, grant(other.members[0].memberId, own)), 422, 'member-not-in-household');
    await s.refused(() => s.post('/households/H-999999/employment-independence-benefits', grant(memberId, change)), 404);
  });

  it('07.4.3: one grant per discontinuation decision', async () => {
    const { s, householdId, memberId } = await setup();
    const decisionId = await s.seedDecision(householdId);
    const url = `/households/${householdId}/employment-independence-benefits`;
    expect((await s.post(url, grant(memberId, decisionId, { amount: 50000 }))).status).toBe(201);
    await s.refused(() => s.post(url, grant(memberId, decisionId, { amount: 50000 })), 409, 'already-granted');
  });

  it('07.4.4: upper limit 100,000 yen for one person, 150,000 yen otherwise', async () => {
    const { s, householdId, memberId } = await setup();
    const url = `/households/${householdId}/employment-independence-benefits`;
    await s.refused(() => s.post(url, grant(memberId, 'x', { discontinuationDecisionId: undefined, amount: 1 })), 400);
    const d1 = await s.seedDecision(householdId);
    await s.refused(() => s.post(url, grant(memberId, d1, { amount: 150001 })), 422, 'over-upper-limit', '/body/amount');
    const single = await s.household();
    const singleUrl = `/households/${single.householdId}/employment-independence-benefits`;
    const d2 = await s.seedDecision(single.householdId);
    await s.refused(() => s.post(singleUrl, grant(single.members[0].memberId, d2, { amount: 100001 })), 422, 'over-upper-limit');
    const ok = await s.post(singleUrl, grant(single.members[0].memberId, d2, { amount: 100000 }));
    expect(ok.body).toMatchObject({ amount: 100000, upperLimit: 100000 });
  });
});

describe('07.4 with decisions registered through area 03', () => {
  it('grants on a discontinuation registered by createCaseDecision, not on a transfer by transferCase', async () => {
    const s = await decisionServer();
    const benefit = (householdId: string, decisionId: string) =>
      s.post(`/households/${householdId}/employment-independence-benefits`, {
        memberId: (s.householdOf(householdId) as { members: { memberId: string }[] }).members[0]!.memberId,
        discontinuationDecisionId: decisionId,
        employer: '株式会社テスト',
        employmentStartedOn: '2026-03-01',
        grantedOn: '2026-04-01',
        amount: 100000,
      });
    const a = await s.protectedCase();
    const discontinued = await s.caseDecision(a.householdId, caseBody('discontinue'));
    expect(discontinued.status).toBe(201);
    expect((await benefit(a.householdId, discontinued.body.decisionId)).status).toBe(201);
    const b = await s.protectedCase();
    const moved = await s.post(`/households/${b.householdId}/transfer`, { decidedOn: '2026-03-25', effectiveOn: '2026-03-31', movedOn: '2026-03-20', destinationLgCode: OTHER_LG_CODE, reasonText: '転居のため移管する' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    expect((await benefit(b.householdId, moved.body.decisionId)).status).toBe(422);
  });
});
