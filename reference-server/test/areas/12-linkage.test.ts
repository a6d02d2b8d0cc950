import { describe, expect, it } from 'vitest';
import { protectedSingle } from '../support/medical-fixtures.ts';
import { APPLICANT, change, linked, PERSON, SYSTEMS } from '../support/linkage-fixtures.ts';

describe('12.3 連携インタフェース', () => {
  it('lists the eight systems in code-list order with status and last receipt (12.3.1)', async () => {
    const { s, receive } = await linked();
    const list = await s.get('/linkage/systems', 'intake');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { system: string }) => i.system)).toEqual(SYSTEMS);
    expect(list.body.items[0]).toMatchObject({ status: 'available', lastReceivedAt: null, receivedCount: 0 });
    await receive(change());
    const after = (await s.get('/linkage/systems', 'linkage')).body.items.find((i: { system: string }) => i.system === 'jidofuyo');
    expect(after).toMatchObject({ status: 'available', lastReceivedAt: '2026-04-01T01:00:00.000Z', receivedCount: 1 });
  });

  it('receives a change only from the linkage role (12.3.3)', async () => {
    const { s, receive } = await linked();
    const before = s.snapshot();
    for (const role of ['caseworker', 'supervisor', 'system-admin', 'manager']) expect((await receive(change(), role)).status).toBe(403);
    expect(s.snapshot()).toEqual(before);
    expect((await receive(change())).status).toBe(201);
  });

  it('answers a re-sent change as a duplicate and stores and raises nothing (12.3.4)', async () => {
    const { s, receive, memberId } = await linked();
    const first = await receive(change());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ duplicate: false, matchedMemberIds: [memberId] });
    expect(first.body.alertIds).toHaveLength(1);
    const before = s.snapshot();
    const again = await receive(change({ items: [{ code: 'jidofuyo-monthly-amount', value: '99999' }] }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, alertIds: [], receivedAt: first.body.receivedAt, changeId: 'F-1' });
    expect(s.snapshot()).toEqual(before);
    expect((await s.get('/change-alerts')).body.items).toHaveLength(1);
    // the same change id from another system is a different change
    expect((await receive(change({ system: 'jidoteate', changeType: 'child-allowance-change', items: [{ code: 'jidoteate-monthly-amount', value: '10000' }] }))).body.duplicate).toBe(false);
  });

  it('refuses the whole change when an item belongs to another system (12.3.5)', async () => {
    const { s, receive } = await linked();
    const before = s.snapshot();
    const res = await receive(change({ items: [{ code: 'jidofuyo-status', value: '全部支給' }, { code: 'jidoteate-monthly-amount', value: '10000' }] }));
    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('/body/items/1/code');
    expect(s.snapshot()).toEqual(before);
  });

  it('lets the system administrator suspend and resume a linkage; suspended changes are refused (12.3.6, 12.1.3)', async () => {
    const { s, receive, inquire } = await linked();
    await receive(change());
    expect((await s.post('/linkage/systems/jidofuyo/status', { status: 'suspended', reason: '保守' }, 'caseworker')).status).toBe(403);
    expect((await s.post('/linkage/systems/unknown/status', { status: 'suspended', reason: '保守' }, 'system-admin')).status).toBe(404);
    expect((await s.post('/linkage/systems/jidofuyo/status', { status: 'available', reason: '再開' }, 'system-admin')).status).toBe(409);
    const suspended = await s.post('/linkage/systems/jidofuyo/status', { status: 'suspended', reason: 'システム更改のため' }, 'system-admin');
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ system: 'jidofuyo', status: 'suspended', statusReason: 'システム更改のため', statusChangedAt: '2026-04-01T01:00:00.000Z', receivedCount: 1 });
    const before = s.snapshot();
    const refused = await receive(change({ changeId: 'F-2' }));
    expect(refused.status).toBe(409);
    expect((await s.post('/linkage/systems/jidofuyo/status', { status: 'suspended', reason: '再度' }, 'system-admin')).status).toBe(409);
    expect(s.snapshot()).toEqual(before);
    const list = await inquire({ addressNumber: PERSON, purpose: 'review' });
    const result = list.body.results.find((r: { system: string }) => r.system === 'jidofuyo');
    expect(result).toEqual({ system: 'jidofuyo', status: 'unavailable', dataAsOf: null, reason: 'システム更改のため', items: [] });
    const resumed = await s.post('/linkage/systems/jidofuyo/status', { status: 'available', reason: '更改完了' }, 'system-admin');
    expect(resumed.body.status).toBe('available');
    expect(resumed.body.statusReason).toBeUndefined();
    expect((await receive(change({ changeId: 'F-2' }))).status).toBe(201);
  });
});

describe('12.1 総合照会', () => {
  it('answers one result per system: answered with items, as-of dates and receipt time, or not-held (12.1.1, 12.1.2, 12.1.4, 12.1.5, 12.3.2)', async () => {
    const { receive, inquire, memberId, household, nowRef } = await linked();
    await receive(change({ items: [{ code: 'jidofuyo-status', value: '全部支給', asOf: '2025-11-01' }, { code: 'jidofuyo-monthly-amount', value: '45500' }] }));
    nowRef.now = new Date('2026-04-02T00:00:00Z');
    await receive({ system: 'jumin', changeId: 'J-1', addressNumber: PERSON, changeType: 'address-change', effectiveDate: '2026-02-01', items: [{ code: 'jumin-address', value: '千代田二丁目2番2号' }, { code: 'jumin-status', value: '住民' }] });
    const res = await inquire({ memberId, purpose: 'review', note: '定期調査' });
    expect(res.status).toBe(201);
    const list = res.body;
    expect(list).toMatchObject({ subject: { addressNumber: PERSON, memberId, householdId: household.householdId }, purpose: 'review', requestedBy: 'caseworker-1', requestedAt: '2026-04-02T00:00:00.000Z', viewingRestricted: false, previousInquiryId: null, note: '定期調査' });
    expect(list.results.map((r: { system: string }) => r.system)).toEqual(SYSTEMS);
    const jidofuyo = list.results.find((r: { system: string }) => r.system === 'jidofuyo');
    expect(jidofuyo).toEqual({
      system: 'jidofuyo', status: 'answered', dataAsOf: '2026-04-01T01:00:00.000Z',
      items: [{ code: 'jidofuyo-status', value: '全部支給', asOf: '2025-11-01' }, { code: 'jidofuyo-monthly-amount', value: '45500', asOf: '2026-03-01' }],
    });
    const jumin = list.results.find((r: { system: string }) => r.system === 'jumin');
    expect(jumin).toMatchObject({ status: 'answered', dataAsOf: '2026-04-02T00:00:00.000Z' });
    expect(jumin.items.map((i: { code: string }) => i.code)).toEqual(['jumin-status', 'jumin-address']);
    for (const r of list.results.filter((x: { system: string }) => !['jumin', 'jidofuyo'].includes(x.system))) {
      expect(r).toEqual({ system: r.system, status: 'not-held', dataAsOf: null, items: [] });
    }
  });

  it('keeps the later value by as-of date, not by arrival', async () => {
    const { receive, inquire } = await linked();
    await receive(change({ changeId: 'A', effectiveDate: '2026-03-01', items: [{ code: 'jidofuyo-monthly-amount', value: '30000' }] }));
    await receive(change({ changeId: 'B', effectiveDate: '2026-01-01', items: [{ code: 'jidofuyo-monthly-amount', value: '20000' }] }));
    const item = (await inquire({ addressNumber: PERSON, purpose: 'review' })).body.results.find((r: { system: string }) => r.system === 'jidofuyo').items[0];
    expect(item).toEqual({ code: 'jidofuyo-monthly-amount', value: '30000', asOf: '2026-03-01' });
  });

  it('requires a purpose and records requester and time (12.1.6); answers getComprehensiveInquiry', async () => {
    const { s, inquire, memberId } = await linked();
    const before = s.snapshot();
    expect((await inquire({ memberId })).status).toBe(400);
    expect((await inquire({ memberId, purpose: 'curiosity' })).status).toBe(400);
    expect((await inquire({ memberId, addressNumber: PERSON, purpose: 'review' })).status).toBe(400);
    expect(s.snapshot()).toEqual(before);
    const made = await inquire({ memberId, purpose: 'collection' }, 'supervisor');
    expect(made.body).toMatchObject({ purpose: 'collection', requestedBy: 'supervisor-1', requestedAt: '2026-04-01T01:00:00.000Z' });
    const got = await s.get(`/comprehensive-inquiries/${made.body.inquiryId}`, 'intake');
    expect(got.status).toBe(200);
    expect(got.body).toEqual(made.body);
    expect((await s.get('/comprehensive-inquiries/CI-999999', 'caseworker')).status).toBe(404);
    expect((await inquire({ memberId, purpose: 'review' }, 'medical-clerk')).status).toBe(403);
  });

  it('inquires about an applicant by 宛名番号 (12.1.7); refuses an unknown member (404) or one without 宛名番号 (422)', async () => {
    const { s, receive, inquire } = await linked();
    await receive({ system: 'juminzei', changeId: 'Z-1', addressNumber: APPLICANT, changeType: 'income-change', effectiveDate: '2025-06-01', items: [{ code: 'juminzei-tax-year', value: '2025' }, { code: 'juminzei-total-income', value: '1200000' }] });
    const res = await inquire({ addressNumber: APPLICANT, purpose: 'application' }, 'intake');
    expect(res.status).toBe(201);
    expect(res.body.subject).toEqual({ addressNumber: APPLICANT });
    expect(res.body.results.find((r: { system: string }) => r.system === 'juminzei').status).toBe('answered');
    expect((await inquire({ memberId: 'M-999999', purpose: 'review' })).status).toBe(404);
    const noNumber = await s.seed(protectedSingle());
    const before = s.snapshot();
    const refused = await inquire({ memberId: noNumber.members[0]!.memberId, purpose: 'review' });
    expect(refused.status).toBe(422);
    expect(s.snapshot()).toEqual(before);
    expect((await inquire({ addressNumber: APPLICANT, purpose: 'application', applicationId: 'A-999999' })).status).toBe(422);
  });

  it('keeps the list as made when changes arrive later (12.1.8)', async () => {
    const { s, receive, inquire } = await linked();
    await receive(change());
    const made = await inquire({ addressNumber: PERSON, purpose: 'review' });
    await receive(change({ changeId: 'F-2', effectiveDate: '2026-04-01', items: [{ code: 'jidofuyo-monthly-amount', value: '10000' }] }));
    await receive({ system: 'nenkin', changeId: 'N-1', addressNumber: PERSON, changeType: 'pension-change', effectiveDate: '2026-04-01', items: [{ code: 'nenkin-pension-annual', value: '800000' }] });
    expect((await s.get(`/comprehensive-inquiries/${made.body.inquiryId}`)).body).toEqual(made.body);
  });

  it('asks only the chosen systems, in code-list order (option 12.1.9)', async () => {
    const { inquire } = await linked();
    const res = await inquire({ addressNumber: PERSON, purpose: 'review', systems: ['shogai', 'jumin', 'kaigo'] });
    expect(res.body.results.map((r: { system: string }) => r.system)).toEqual(['jumin', 'kaigo', 'shogai']);
  });

  it('marks values changed since the previous inquiry on the same person (option 12.1.10)', async () => {
    const { receive, inquire } = await linked();
    await receive(change());
    const first = await inquire({ addressNumber: PERSON, purpose: 'review' });
    expect(first.body.previousInquiryId).toBeNull();
    expect(first.body.results.find((r: { system: string }) => r.system === 'jidofuyo').items[0].changedSincePreviousInquiry).toBeUndefined();
    await receive(change({ changeId: 'F-2', effectiveDate: '2026-03-20', items: [{ code: 'jidofuyo-monthly-amount', value: '10000' }] }));
    const second = await inquire({ addressNumber: PERSON, purpose: 'review' });
    expect(second.body.previousInquiryId).toBe(first.body.inquiryId);
    const items = second.body.results.find((r: { system: string }) => r.system === 'jidofuyo').items;
    expect(items).toEqual([
      { code: 'jidofuyo-status', value: '一部支給', asOf: '2026-03-01', changedSincePreviousInquiry: false },
      { code: 'jidofuyo-monthly-amount', value: '10000', asOf: '2026-03-20', changedSincePreviousInquiry: true },
    ]);
  });
});

describe('12.2 閲覧制限', () => {
  it('flags a restricted member and withholds the location items from roles other than caseworker, supervisor, manager (12.2.1, 12.2.2)', async () => {
    const { s, receive, inquire, memberId } = await linked();
    await receive({ system: 'jumin', changeId: 'J-1', addressNumber: PERSON, changeType: 'move-out', effectiveDate: '2026-03-10', items: [{ code: 'jumin-address', value: '千代田三丁目3番3号' }, { code: 'jumin-moved-out-to', value: '秘匿市秘匿町1番' }, { code: 'jumin-status', value: '転出' }] });
    await s.post(`/members/${memberId}/viewing-restriction`, { restricted: true, reason: '1' }, 'caseworker');
    const byIntake = await inquire({ memberId, purpose: 'review' }, 'intake');
    expect(byIntake.body.viewingRestricted).toBe(true);
    const text = JSON.stringify(byIntake.body);
    expect(text).not.toContain('千代田三丁目');
    expect(text).not.toContain('秘匿市');
    const jumin = byIntake.body.results.find((r: { system: string }) => r.system === 'jumin');
    expect(jumin.items).toEqual([
      { code: 'jumin-status', value: '転出', asOf: '2026-03-10' },
      { code: 'jumin-address', asOf: '2026-03-10', withheld: true },
      { code: 'jumin-moved-out-to', asOf: '2026-03-10', withheld: true },
    ]);
    for (const role of ['caseworker', 'supervisor', 'manager']) {
      const seen = await s.get(`/comprehensive-inquiries/${byIntake.body.inquiryId}`, role);
      expect(JSON.stringify(seen.body)).toContain('秘匿市秘匿町1番');
    }
    expect(JSON.stringify((await s.get(`/comprehensive-inquiries/${byIntake.body.inquiryId}`, 'intake')).body)).not.toContain('秘匿市');
    // asking by 宛名番号 does not bypass the restriction
    expect(JSON.stringify((await inquire({ addressNumber: PERSON, purpose: 'review' }, 'intake')).body)).not.toContain('秘匿市');
  });

  it('does not withhold anything for an unrestricted person', async () => {
    const { receive, inquire } = await linked();
    await receive({ system: 'jumin', changeId: 'J-1', addressNumber: PERSON, changeType: 'address-change', effectiveDate: '2026-03-10', items: [{ code: 'jumin-address', value: '千代田三丁目3番3号' }] });
    const res = await inquire({ addressNumber: PERSON, purpose: 'review' }, 'intake');
    expect(res.body.viewingRestricted).toBe(false);
    expect(JSON.stringify(res.body)).toContain('千代田三丁目3番3号');
  });

  it('treats the resident registry\'s support measure as a restriction (option 12.2.3)', async () => {
    const { receive, inquire } = await linked();
    await receive({ system: 'jumin', changeId: 'J-9', addressNumber: APPLICANT, changeType: 'other', effectiveDate: '2026-01-10', items: [{ code: 'jumin-support-measure', value: 'true' }, { code: 'jumin-address', value: '港区某所' }] });
    const res = await inquire({ addressNumber: APPLICANT, purpose: 'application' }, 'intake');
    expect(res.body.viewingRestricted).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain('港区某所');
  });
});

