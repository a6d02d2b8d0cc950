import { describe, expect, it } from 'vitest';
import { caseBody, decisionServer, exOfficioBody, OTHER_LG_CODE, rejectBody, startBody } from '../support/03-decision.ts';

/** Each seeded defect of area 03 (src/mutants/catalogue-01-05.ts) turns a rule off. */
describe('03 mutants', () => {
  it('start-before-application-date accepts a start before the application date', async () => {
    const s = await decisionServer({ mutant: 'start-before-application-date' });
    const app = await s.application((await s.household()).householdId);
    expect((await s.decide(app.applicationId, startBody({ effectiveOn: '2026-02-01' }))).status).toBe(201);
  });

  it('second-decision-accepted accepts a decision on a decided or withdrawn application', async () => {
    const s = await decisionServer({ mutant: 'second-decision-accepted' });
    const { applicationId } = await s.protectedCase();
    expect((await s.decide(applicationId, rejectBody())).status).toBe(201);
    const app = await s.application((await s.household()).householdId);
    await s.post(`/applications/${app.applicationId}/withdrawal`, { withdrawnOn: '2026-03-05', intentMethod: 'written' });
    expect((await s.decide(app.applicationId, rejectBody())).status).toBe(201);
  });

  it('delay-reason-not-required accepts late notices without a delay reason', async () => {
    const s = await decisionServer({ mutant: 'delay-reason-not-required' });
    const app = await s.application((await s.household()).householdId);
    expect((await s.decide(app.applicationId, rejectBody({ decidedOn: '2026-03-25' }))).status).toBe(201);
  });

  it('ex-officio-urgency-dropped loses the circumstances of urgency', async () => {
    const s = await decisionServer({ mutant: 'ex-officio-urgency-dropped' });
    const res = await s.post(`/households/${(await s.household()).householdId}/ex-officio-start`, exOfficioBody());
    expect(res.status).toBe(201);
    expect(res.body.urgencyText).toBeUndefined();
  });

  it('illegal-transition-accepted suspends a discontinued case', async () => {
    const s = await decisionServer({ mutant: 'illegal-transition-accepted' });
    const { householdId } = await s.protectedCase();
    await s.caseDecision(householdId, caseBody('discontinue', { decidedOn: '2026-03-12', effectiveOn: '2026-03-13' }));
    expect((await s.caseDecision(householdId, caseBody('suspend'))).status).toBe(201);
    expect(s.householdOf(householdId).protectionStatus).toBe('suspended');
  });

  it('sanction-without-hearing and discontinue-without-reason accept what 03.4.10 and 03.4.9 refuse', async () => {
    const a = await decisionServer({ mutant: 'sanction-without-hearing' });
    const caseA = await a.protectedCase();
    expect((await a.caseDecision(caseA.householdId, caseBody('suspend', { instructionViolation: true }))).status).toBe(201);
    const b = await decisionServer({ mutant: 'discontinue-without-reason' });
    const caseB = await b.protectedCase();
    expect((await b.caseDecision(caseB.householdId, caseBody('discontinue', { discontinuationReason: undefined }))).status).toBe(201);
  });

  it('decision-overwritten rewrites the start instead of referring to it', async () => {
    const s = await decisionServer({ mutant: 'decision-overwritten' });
    const { householdId, start } = await s.protectedCase();
    const change = await s.caseDecision(householdId, caseBody('change'));
    expect(change.body.decisionId).toBe(start.decisionId);
    expect(change.body.previousDecisionId).toBeUndefined();
    expect((await s.get(`/households/${householdId}/decisions`)).body.items).toHaveLength(1);
  });

  it('required-field-dropped and notice-without-appeal-instructions break the responses', async () => {
    const a = await decisionServer({ mutant: 'required-field-dropped' });
    const { start } = await a.protectedCase();
    const read = await a.get(`/decisions/${start.decisionId}`);
    expect(read.status === 500 || read.body.reasonText === undefined).toBe(true);
    const b = await decisionServer({ mutant: 'notice-without-appeal-instructions' });
    const caseB = await b.protectedCase();
    const notice = await b.get(`/decisions/${caseB.start.decisionId}/notice`);
    expect(notice.status === 500 || notice.body.appealInstruction === undefined).toBe(true);
  });

  it('transfer-without-discontinuation records no 廃止 decision', async () => {
    const s = await decisionServer({ mutant: 'transfer-without-discontinuation' });
    const { householdId } = await s.protectedCase();
    const res = await s.post(`/households/${householdId}/transfer`, { destinationLgCode: OTHER_LG_CODE, movedOn: '2026-03-20', decidedOn: '2026-03-25', effectiveOn: '2026-03-31', reasonText: '転居' });
    expect(res.status).toBe(201);
    const types = (await s.get(`/households/${householdId}/decisions`)).body.items.map((d: { type: string }) => d.type);
    expect(types).toEqual(['start']);
  });
});
