import { describe, expect, it } from 'vitest';
import { medicalServer, protectedSingle } from '../support/medical-fixtures.ts';
import { change, linked, PERSON } from '../support/linkage-fixtures.ts';

describe('12.4 異動検知', () => {
  it('raises an alert for members of households in protection only, assigned to the case worker, with before and after (12.4.1–12.4.3)', async () => {
    const { s, receive, household, memberId } = await linked();
    const suspended = await s.seed({ ...protectedSingle({ addressNumber: '300000000003' }), decisions: [{ type: 'start', effectiveOn: '2025-01-01' }, { type: 'suspend', effectiveOn: '2026-03-01' }], assignedCaseworker: 'caseworker-2' });
    const ended = await s.seed({ ...protectedSingle({ addressNumber: '400000000004' }), decisions: [{ type: 'start', effectiveOn: '2025-01-01' }, { type: 'discontinue', effectiveOn: '2026-03-01' }] });
    await receive(change({ changeId: 'F-0', effectiveDate: '2025-04-01', items: [{ code: 'jidofuyo-monthly-amount', value: '45500' }] }));
    const res = await receive(change());
    expect(res.body.matchedMemberIds).toEqual([memberId]);
    const alerts = (await s.get(`/change-alerts?householdId=${household.householdId}`)).body.items;
    expect(alerts).toHaveLength(2);
    const alert = alerts.find((a: { alertId: string }) => a.alertId === res.body.alertIds[0]);
    expect(alert).toMatchObject({
      type: 'child-support-allowance-change', system: 'jidofuyo', changeId: 'F-1', householdId: household.householdId, caseNumber: household.caseNumber,
      memberId, addressNumber: PERSON, assignedTo: 'caseworker-1', section: '第一係', effectiveDate: '2026-03-01', status: 'open',
      before: [{ code: 'jidofuyo-monthly-amount', value: '45500', asOf: '2025-04-01' }],
      after: [{ code: 'jidofuyo-status', value: '一部支給', asOf: '2026-03-01' }, { code: 'jidofuyo-monthly-amount', value: '30000', asOf: '2026-03-01' }],
      acknowledgedBy: null, disposition: null,
    });
    const susp = await receive(change({ changeId: 'S-1', addressNumber: '300000000003' }));
    expect(susp.body.alertIds).toHaveLength(1);
    expect((await s.get(`/change-alerts?assignedTo=caseworker-2`)).body.items.map((a: { householdId: string }) => a.householdId)).toEqual([suspended.householdId]);
    const none = await receive(change({ changeId: 'E-1', addressNumber: '400000000004' }));
    expect(none.body).toMatchObject({ matchedMemberIds: [ended.members[0]!.memberId], alertIds: [] });
    const stranger = await receive(change({ changeId: 'X-1', addressNumber: '999' }));
    expect(stranger.body).toMatchObject({ matchedMemberIds: [], alertIds: [] });
  });

  it('tells the kinds of change apart (12.4.4)', async () => {
    const { s, receive } = await linked();
    const kinds: [string, string, string][] = [
      ['jumin', 'household-change', 'jumin-household-size'], ['jumin', 'move-out', 'jumin-moved-out-on'], ['jumin', 'death', 'jumin-death-date'],
      ['juminzei', 'income-change', 'juminzei-taxable-income'], ['nenkin', 'pension-change', 'nenkin-pension-annual'],
      ['jidoteate', 'child-allowance-change', 'jidoteate-monthly-amount'], ['jidofuyo', 'child-support-allowance-change', 'jidofuyo-monthly-amount'],
    ];
    for (const [i, [system, changeType, code]] of kinds.entries()) {
      expect((await receive({ system, changeId: `K-${i}`, addressNumber: PERSON, changeType, effectiveDate: '2026-03-01', items: [{ code, value: '1' }] })).body.alertIds).toHaveLength(1);
    }
    for (const [system, type] of kinds) {
      const items = (await s.get(`/change-alerts?type=${type}`)).body.items;
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ type, system });
    }
    expect((await s.get('/change-alerts?system=jumin')).body.items).toHaveLength(3);
  });

  it('acknowledges with disposition and note, recording who and when, once (12.4.5) and links a decision (option 12.4.6)', async () => {
    const { s, receive, household } = await linked();
    const [a1] = (await receive(change())).body.alertIds;
    const [a2] = (await receive(change({ changeId: 'F-2' }))).body.alertIds;
    expect((await s.post(`/change-alerts/${a1}/acknowledgement`, { disposition: 'no-effect', note: '確認' }, 'intake')).status).toBe(403);
    expect((await s.post('/change-alerts/CA-999999/acknowledgement', { disposition: 'no-effect', note: '確認' }, 'caseworker')).status).toBe(404);
    expect((await s.post(`/change-alerts/${a1}/acknowledgement`, { disposition: 'no-effect' }, 'caseworker')).status).toBe(400);
    const ack = await s.post(`/change-alerts/${a1}/acknowledgement`, { disposition: 'no-effect', note: '収入認定済みのため影響なし' }, 'caseworker');
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'caseworker-1', acknowledgedAt: '2026-04-01T01:00:00.000Z', disposition: 'no-effect', note: '収入認定済みのため影響なし', decisionId: null });
    const before = s.snapshot();
    expect((await s.post(`/change-alerts/${a1}/acknowledgement`, { disposition: 'investigation', note: '再' }, 'supervisor')).status).toBe(409);
    expect((await s.post(`/change-alerts/${a2}/acknowledgement`, { disposition: 'decision', note: '変更決定', decisionId: 'DEC-999999' }, 'caseworker')).status).toBe(422);
    const other = await s.seed(protectedSingle());
    const afterSeed = s.snapshot();
    const otherDecision = Object.keys(afterSeed.collections.Decision!).find((id) => !(id in before.collections.Decision!))!;
    expect((await s.post(`/change-alerts/${a2}/acknowledgement`, { disposition: 'decision', note: '変更決定', decisionId: otherDecision }, 'caseworker')).status).toBe(422);
    expect(s.snapshot()).toEqual(afterSeed);
    expect(other.householdId).not.toBe(household.householdId);
    const decision = await s.decide(household.householdId, { type: 'change', effectiveOn: '2026-03-01', fujo: [{ fujoType: '01', monthlyAmount: 60_000, inKind: false } as never] });
    const linkedAck = await s.post(`/change-alerts/${a2}/acknowledgement`, { disposition: 'decision', note: '変更決定', decisionId: decision.decisionId }, 'supervisor');
    expect(linkedAck.body).toMatchObject({ status: 'acknowledged', decisionId: decision.decisionId, acknowledgedBy: 'supervisor-1' });
    expect((await s.get('/change-alerts?status=open')).body.items).toHaveLength(0);
    expect((await s.get('/change-alerts?status=acknowledged')).body.items).toHaveLength(2);
  });

  it('lists open alerts per case worker, oldest first, with open days, longest open first on request (12.4.2, option 12.4.7)', async () => {
    const nowRef = { now: new Date('2026-03-01T01:00:00Z') };
    const { s, receive } = await linked(nowRef);
    const [old] = (await receive(change({ changeId: 'F-old' }))).body.alertIds;
    nowRef.now = new Date('2026-03-20T01:00:00Z');
    const [recent] = (await receive(change({ changeId: 'F-new' }))).body.alertIds;
    nowRef.now = new Date('2026-03-25T01:00:00Z');
    const [middle] = (await receive(change({ changeId: 'F-mid' }))).body.alertIds;
    await s.post(`/change-alerts/${middle}/acknowledgement`, { disposition: 'investigation', note: '調査中' }, 'caseworker');
    const list = (await s.get('/change-alerts?assignedTo=caseworker-1&status=open&asOf=2026-04-01')).body.items;
    expect(list.map((a: { alertId: string; openDays: number }) => [a.alertId, a.openDays])).toEqual([[old, 31], [recent, 12]]);
    const sorted = (await s.get('/change-alerts?sort=openDays&asOf=2026-04-01')).body.items;
    expect(sorted.map((a: { alertId: string }) => a.alertId)).toEqual([old, recent, middle]);
    expect(sorted[2].openDays).toBeUndefined();
    expect((await s.get('/change-alerts?assignedTo=caseworker-2')).body.items).toEqual([]);
    expect((await s.get('/change-alerts', 'intake')).status).toBe(403);
  });
});

describe('simulated systems for seeds', () => {
  it('loads a change through applyLinkageChange as the operation would (store, alert, duplicate)', async () => {
    const { s } = await linked();
    const { applyLinkageChange } = await import('../../src/areas/12-linkage/changes.ts');
    const receipt = await s.store.transact((tx) => applyLinkageChange(tx, change() as never, '2026-03-31T00:00:00Z'));
    expect(receipt).toMatchObject({ duplicate: false, receivedAt: '2026-03-31T00:00:00Z' });
    expect(receipt.alertIds).toHaveLength(1);
    const again = await s.store.transact((tx) => applyLinkageChange(tx, change() as never, '2026-04-01T00:00:00Z'));
    expect(again).toMatchObject({ duplicate: true, alertIds: [] });
    expect((await s.get('/change-alerts')).body.items).toHaveLength(1);
    expect(PERSON).toBe(receipt.addressNumber);
  });

  it('is absent from edition 2.0 (404)', async () => {
    const s = await medicalServer({ edition: '2.0' });
    expect((await s.get('/linkage/systems', 'caseworker')).status).toBe(404);
    expect((await s.post('/linkage/changes', change(), 'linkage')).status).toBe(404);
  });
});
