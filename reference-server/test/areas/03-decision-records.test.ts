import { describe, expect, it } from 'vitest';
import { caseBody, decisionServer, LG_CODE, rejectBody, startBody, type DecisionServer } from '../support/03-decision.ts';

/** An approval of subjectType decision for the household, approved by a supervisor unless told. */
async function approval(s: DecisionServer, householdId: string, { subjectType = 'decision', approve = true } = {}) {
  const req = await s.post('/approvals', { subjectType, householdId, title: '保護開始決定', route: [{ approverRole: 'supervisor' }], ...(subjectType !== 'decision' && { subjectId: householdId }) });
  if (req.status !== 201) throw new Error(`requestApproval answered ${req.status}: ${JSON.stringify(req.body)}`);
  if (approve) expect((await s.post(`/approvals/${req.body.approvalId}/approval`, {}, 'supervisor')).status).toBe(200);
  return req.body.approvalId as string;
}

/** A single man aged 20 on 2021-07-01 (the 2020-10 tables hold his rows, as in fixture F1). */
const young = { members: [{ name: { family: '佐藤', given: '一郎' }, birthDate: '2001-05-10', sex: '1', relationship: '01' }] };

/** A complete case calculation of the household through createCaseCalculation. */
async function calculation(s: DecisionServer, householdId: string) {
  const res = await s.post(`/households/${householdId}/calculations`, { date: '2021-07-01' });
  if (res.status !== 201) throw new Error(`createCaseCalculation answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as { calculationId: string; minimumCost: number; recognisedIncome: number; payment: number };
}

describe('03 decision records (03.5.4–03.5.6)', () => {
  it('lists the household decisions by decidedOn, then registration order (03.5.5)', async () => {
    const s = await decisionServer();
    const { householdId, start } = await s.protectedCase();
    const late = await s.caseDecision(householdId, caseBody('change', { decidedOn: '2026-03-28' }));
    const early = await s.caseDecision(householdId, caseBody('change', { decidedOn: '2026-03-20' }));
    const sameDay = await s.caseDecision(householdId, caseBody('change', { decidedOn: '2026-03-20' }));
    const rejected = await s.application(householdId, '2026-03-15');
    const reject = await s.decide(rejected.applicationId, rejectBody({ decidedOn: '2026-03-16' }));
    const list = await s.get(`/households/${householdId}/decisions`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { decisionId: string }) => d.decisionId)).toEqual(
      [start, reject.body, early.body, sameDay.body, late.body].map((d) => d.decisionId),
    );
    const page1 = await s.get(`/households/${householdId}/decisions?limit=2`);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await s.get(`/households/${householdId}/decisions?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items[0].decisionId).toBe(early.body.decisionId);
    await s.refused(() => s.get('/households/H-999999/decisions'), 404);
  });

  it('reads one decision with type, dates and reasons (03.5.4) and answers 404 for an unknown one', async () => {
    const s = await decisionServer();
    const { start } = await s.protectedCase();
    const read = await s.get(`/decisions/${start.decisionId}`);
    expect(read.body).toMatchObject({ type: 'start', decidedOn: '2026-03-10', notifiedOn: '2026-03-10', effectiveOn: '2026-03-01', reasonText: startBody().reasonText });
    expect(read.etag).toBeDefined();
    await s.refused(() => s.get('/decisions/DEC-999999'), 404);
  });

  it('has no way to update or delete a decision (03.5.6)', async () => {
    const s = await decisionServer();
    const { start } = await s.protectedCase();
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const before = s.store.snapshot();
      const res = await s.call(method, `/decisions/${start.decisionId}`, method === 'DELETE' ? undefined : { reasonText: '書換え' });
      expect([404, 405]).toContain(res.status);
      expect(s.store.snapshot()).toEqual(before);
    }
    expect((await s.get(`/decisions/${start.decisionId}`)).body).toEqual(start);
  });
});

describe('03 links: calculation (03.1.5), approval (03.5.9), change alert (03.4.13)', () => {
  it('copies the amounts of a linked calculation of the household onto start and change decisions', async () => {
    const s = await decisionServer();
    const hh = await s.household(young);
    const calc = await calculation(s, hh.householdId);
    const app = await s.application(hh.householdId);
    const amounts = { minimumCost: calc.minimumCost, recognisedIncome: calc.recognisedIncome, payment: calc.payment };
    expect(calc.minimumCost).toBeGreaterThan(0);
    const res = await s.decide(app.applicationId, startBody({ calculationId: calc.calculationId }));
    expect(res.body).toMatchObject({ calculationId: calc.calculationId, ...amounts });
    const change = await s.caseDecision(hh.householdId, caseBody('change', { calculationId: calc.calculationId }));
    expect(change.body).toMatchObject({ calculationId: calc.calculationId, ...amounts });
    const notice = await s.get(`/decisions/${res.body.decisionId}/notice`);
    expect(notice.body).toMatchObject(amounts);
  });

  it('refuses an unknown calculation or one of another household', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const other = await s.household(young);
    const calc = await calculation(s, other.householdId);
    await s.refused(() => s.caseDecision(householdId, caseBody('change', { calculationId: 'CALC-NONE' })), 422, 'unknown-reference');
    await s.refused(() => s.caseDecision(householdId, caseBody('change', { calculationId: calc.calculationId })), 422, 'calculation-of-another-household');
  });

  it('links an approved approval of a decision for the household, and refuses any other', async () => {
    const s = await decisionServer();
    const hh = await s.household();
    const app = await s.application(hh.householdId);
    const pending = await approval(s, hh.householdId, { approve: false });
    await s.refused(() => s.decide(app.applicationId, startBody({ approvalId: pending })), 422, 'approval-not-approved');
    await s.refused(() => s.decide(app.applicationId, startBody({ approvalId: 'AP-999999' })), 422, 'unknown-reference');
    const other = await s.household();
    const foreign = await approval(s, other.householdId);
    await s.refused(() => s.decide(app.applicationId, startBody({ approvalId: foreign })), 422, 'approval-of-another-household');
    const approved = await approval(s, hh.householdId);
    const res = await s.decide(app.applicationId, startBody({ approvalId: approved }));
    expect(res.status).toBe(201);
    expect(res.body.approvalId).toBe(approved);
  });

  it('links a change alert of the household on an ex-officio decision (2.1) and refuses others', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const other = await s.protectedCase();
    await s.store.transact((tx) => {
      for (const [alertId, hh] of [['AL-1', householdId], ['AL-2', other.householdId]] as const) tx.put('ChangeAlert', alertId, { alertId, householdId: hh });
    });
    await s.refused(() => s.caseDecision(householdId, caseBody('change', { changeAlertId: 'AL-9' })), 422, 'unknown-reference');
    await s.refused(() => s.caseDecision(householdId, caseBody('change', { changeAlertId: 'AL-2' })), 422, 'change-alert-of-another-household');
    const res = await s.caseDecision(householdId, caseBody('change', { changeAlertId: 'AL-1' }));
    expect(res.body.changeAlertId).toBe('AL-1');
    const s20 = await decisionServer({ edition: '2.0' });
    const case20 = await s20.protectedCase();
    await s20.refused(() => s20.caseDecision(case20.householdId, caseBody('change', { changeAlertId: 'AL-1' })), 400);
  });
});

describe('03 decision notices (03.6.1–03.6.7, 03.6.9)', () => {
  it('produces the start notice with the decision, assistance, reasons, addressee, issuer and instructions', async () => {
    const s = await decisionServer();
    const { start, householdId } = await s.protectedCase();
    const res = await s.get(`/decisions/${start.decisionId}/notice`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      decisionId: start.decisionId, householdId, caseNumber: s.householdOf(householdId).caseNumber, noticeTitle: '保護開始決定通知書',
      issuedOn: '2026-03-10', issuer: { lgCode: LG_CODE }, addressee: { name: { family: '山田', given: '花子' }, address: { lgCode: LG_CODE } },
      decisionType: 'start', origin: 'application', decidedOn: '2026-03-10', effectiveOn: '2026-03-01', fujoBreakdown: start.fujoBreakdown,
      reasonText: start.reasonText, reasonCategory: '働きによる収入の減少・喪失（定年・失業）',
      appealInstruction: { authority: '東京都知事', periodMonths: 3 },
      litigationInstruction: { periodMonths: 6, exhaustionRequired: true },
    });
    expect(res.body.appealInstruction.text).toContain('3か月');
    expect(res.body.appealInstruction.text).toContain('東京都知事');
    expect(res.body.litigationInstruction.text).toContain('裁決を経た後');
    expect(res.body.delayReason).toBeUndefined();
    await s.refused(() => s.get('/decisions/DEC-999999/notice'), 404);
  });

  it('carries the delay reason of a notice issued more than 14 days after the application (03.6.3)', async () => {
    const s = await decisionServer();
    const app = await s.application((await s.household()).householdId);
    const res = await s.decide(app.applicationId, rejectBody({ decidedOn: '2026-03-20', delayReason: '資産調査の回答待ち' }));
    const notice = await s.get(`/decisions/${res.body.decisionId}/notice`);
    expect(notice.body).toMatchObject({ noticeTitle: '保護申請却下通知書', delayReason: '資産調査の回答待ち', reasonCategory: '活用可能な資産がある' });
    expect(notice.body.effectiveOn).toBeUndefined();
  });

  it('titles the notices of case decisions and addresses them to the head of household', async () => {
    const s = await decisionServer();
    const { householdId } = await s.protectedCase();
    const titles: Record<string, string> = { suspend: '保護停止決定通知書', resume: '保護停止解除決定通知書', discontinue: '保護廃止決定通知書' };
    for (const type of ['suspend', 'resume', 'discontinue']) {
      const d = await s.caseDecision(householdId, caseBody(type));
      const notice = (await s.get(`/decisions/${d.body.decisionId}/notice`)).body;
      expect(notice).toMatchObject({ noticeTitle: titles[type], origin: 'ex-officio', addressee: { name: { family: '山田' } } });
    }
  });

  it('lists the notices of a notice-date range and section in bulk (03.6.9)', async () => {
    const s = await decisionServer();
    const a = await s.protectedCase();
    const b = await s.protectedCase({ section: '第二係' });
    const change = await s.caseDecision(a.householdId, caseBody('change', { decidedOn: '2026-03-12' }));
    const all = await s.get('/decision-notices?notifiedFrom=2026-03-10&notifiedTo=2026-03-12');
    expect(all.status).toBe(200);
    expect(all.body.items.map((n: { decisionId: string }) => n.decisionId)).toEqual([a.start.decisionId, b.start.decisionId, change.body.decisionId]);
    const second = await s.get(`/decision-notices?notifiedFrom=2026-03-10&notifiedTo=2026-03-12&section=${encodeURIComponent('第二係')}`);
    expect(second.body.items.map((n: { decisionId: string }) => n.decisionId)).toEqual([b.start.decisionId]);
    const later = await s.get('/decision-notices?notifiedFrom=2026-03-11&notifiedTo=2026-03-31');
    expect(later.body.items.map((n: { decisionId: string }) => n.decisionId)).toEqual([change.body.decisionId]);
    const s20 = await decisionServer({ edition: '2.0' });
    expect((await s20.get('/decision-notices?notifiedFrom=2026-03-10&notifiedTo=2026-03-12')).status).toBe(404);
  });
});
