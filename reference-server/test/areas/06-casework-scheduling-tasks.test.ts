import { describe, expect, it } from 'vitest';
import { caseRecordBody, caseworkServer, member, type CaseworkServer } from '../support/casework-fixtures.ts';

const proposal = (memberId: string, overrides: Record<string, unknown> = {}) => ({
  memberId,
  proposedStart: '2026-04-10T01:00:00Z',
  proposedEnd: '2026-04-10T02:00:00Z',
  channel: 'sms',
  purpose: '生活状況の確認',
  message: '4月10日10時に訪問します。',
  ...overrides,
});

async function withAppointment() {
  const s = await caseworkServer();
  const hh = await s.household({ members: [member('太郎'), member('花子', '02')] });
  const res = await s.post(`/households/${hh.householdId}/visit-appointments`, proposal(hh.members[1].memberId));
  return { s, hh, householdId: hh.householdId as string, appointment: res.body, res };
}
const respond = (s: CaseworkServer, id: string, body: Record<string, unknown>, as = 'linkage') => s.post(`/visit-appointments/${id}/response`, body, as);

describe('06.7 visit scheduling (2.1)', () => {
  it('06.7.1/06.7.2: proposes a visit and notifies the recipient through the channel', async () => {
    const { s, hh, householdId, appointment, res } = await withAppointment();
    expect(res.status).toBe(201);
    expect(appointment).toMatchObject({ householdId, memberId: hh.members[1].memberId, channel: 'sms', status: 'proposed', proposedBy: 'caseworker-1', proposedAt: '2026-04-01T01:00:00.000Z' });
    const notes = (await s.get(`/notifications?subjectId=${appointment.appointmentId}`)).body.items;
    expect(notes).toEqual([
      expect.objectContaining({ notificationId: appointment.notificationId, notificationType: 'visitProposal', channel: 'sms', householdId, memberId: hh.members[1].memberId, body: '4月10日10時に訪問します。' }),
    ]);
  });

  it('06.7.1: refusals: member of another household, end not after start, inSystem channel', async () => {
    const { s, householdId } = await withAppointment();
    const other = await s.household();
    const url = `/households/${householdId}/visit-appointments`;
    await s.refused(() => s.post(url, proposal(other.members[0].memberId)), 422, 'member-not-in-household', '/body/memberId/0');
    const hh = (await s.get(`/households/${householdId}`)).body;
    const m = hh.members[0].memberId;
    await s.refused(() => s.post(url, proposal(m, { proposedEnd: '2026-04-10T01:00:00Z' })), 422, 'period-reversed');
    await s.refused(() => s.post(url, proposal(m, { channel: 'inSystem' })), 422, 'channel-not-for-recipient');
    await s.refused(() => s.post('/households/H-999999/visit-appointments', proposal(m)), 404);
  });

  it('06.7.3/06.7.6: records the response and notifies the proposing case worker', async () => {
    const { s, appointment, householdId } = await withAppointment();
    const res = await respond(s, appointment.appointmentId, { response: 'accepted', receivedVia: 'sms', comment: 'お待ちしています' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'accepted', response: { response: 'accepted', respondedAt: '2026-04-01T01:00:00.000Z', receivedVia: 'sms', comment: 'お待ちしています' } });
    const notes = (await s.get('/notifications?notificationType=visitResponse&staffId=caseworker-1')).body.items;
    expect(notes).toEqual([expect.objectContaining({ channel: 'inSystem', staffId: 'caseworker-1', householdId, subjectId: appointment.appointmentId })]);
  });

  it('06.7.4: another date needs preferred slots', async () => {
    const { s, appointment } = await withAppointment();
    await s.refused(() => respond(s, appointment.appointmentId, { response: 'rescheduleRequested' }), 422, 'preferred-slots-required', '/body/preferredSlots');
    await s.refused(() => respond(s, appointment.appointmentId, { response: 'rescheduleRequested', preferredSlots: [] }), 422, 'preferred-slots-required');
    const slots = [{ start: '2026-04-12T01:00:00Z', end: '2026-04-12T03:00:00Z' }];
    const res = await respond(s, appointment.appointmentId, { response: 'rescheduleRequested', preferredSlots: slots, respondedAt: '2026-04-01T00:30:00Z' }, 'caseworker');
    expect(res.body).toMatchObject({ status: 'rescheduleRequested', response: { preferredSlots: slots, respondedAt: '2026-04-01T00:30:00Z' } });
  });

  it('06.7.5: an answered proposal cannot be answered again', async () => {
    const { s, appointment } = await withAppointment();
    await respond(s, appointment.appointmentId, { response: 'declined' });
    await s.refused(() => respond(s, appointment.appointmentId, { response: 'accepted' }), 409, 'illegal-transition');
    await s.refused(() => respond(s, 'VA-999999', { response: 'accepted' }), 404);
  });

  it('06.7.7: a visit links to an appointment of the same household and shows it', async () => {
    const { s, appointment, householdId } = await withAppointment();
    const other = await s.household();
    const visit = { visitedOn: '2026-04-01', visitKind: 'home', metRecipient: true };
    await s.refused(() => s.post(`/households/${other.householdId}/visits`, { ...visit, appointmentId: appointment.appointmentId }), 422, 'unknown-reference', '/body/appointmentId');
    const res = await s.post(`/households/${householdId}/visits`, { ...visit, appointmentId: appointment.appointmentId });
    expect(res.body.appointmentId).toBe(appointment.appointmentId);
    expect((await s.get(`/households/${householdId}/visits`)).body.items[0].appointmentId).toBe(appointment.appointmentId);
  });
});

const taskBody = (overrides: Record<string, unknown> = {}) => ({ title: '収入申告書の督促', assignee: 'caseworker-2', section: '第一係', dueOn: '2026-04-10', ...overrides });

describe('06.6 tasks (2.1)', () => {
  it('06.6.1/06.6.7: registers a task and notifies the assignee', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    const entry = (await s.post(`/households/${householdId}/case-records`, caseRecordBody())).body;
    const res = await s.post('/tasks', taskBody({ householdId, caseRecordId: entry.recordId, detail: '3月分未提出' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ householdId, caseRecordId: entry.recordId, assignee: 'caseworker-2', status: 'open', overdue: false, createdBy: 'caseworker-1' });
    const notes = (await s.get('/notifications?staffId=caseworker-2')).body.items;
    expect(notes).toEqual([expect.objectContaining({ notificationType: 'taskAssigned', channel: 'inSystem', subjectId: res.body.taskId, householdId })]);
    // an office task without a household
    const office = await s.post('/tasks', taskBody({ title: '月次統計の確認' }), 'manager');
    expect(office.status).toBe(201);
    expect(office.body.householdId).toBeUndefined();
  });

  it('06.6.1: unknown household, or a case record of another household, is refused', async () => {
    const s = await caseworkServer();
    const { householdId } = await s.household();
    const other = await s.household();
    const foreign = (await s.post(`/households/${other.householdId}/case-records`, caseRecordBody())).body;
    await s.refused(() => s.post('/tasks', taskBody({ householdId: 'H-999999' })), 422, 'unknown-reference', '/body/householdId');
    await s.refused(() => s.post('/tasks', taskBody({ householdId, caseRecordId: foreign.recordId })), 422, 'unknown-reference', '/body/caseRecordId');
    await s.refused(() => s.post('/tasks', taskBody({ caseRecordId: 'CR-999999' })), 422, 'unknown-reference');
  });

  it('06.6.2/06.6.3: every assignee\'s tasks, soonest due first, by assignee, status and overdue on asOf', async () => {
    const s = await caseworkServer();
    const a = (await s.post('/tasks', taskBody({ dueOn: '2026-03-31', assignee: 'caseworker-1' }))).body;
    const b = (await s.post('/tasks', taskBody({ dueOn: '2026-04-01', assignee: 'caseworker-2' }))).body;
    const c = (await s.post('/tasks', taskBody({ dueOn: '2026-03-01', assignee: 'caseworker-2', section: '第二係' }))).body;
    const ids = async (q = '', as = 'supervisor') => (await s.get(`/tasks${q}`, as)).body.items.map((t: { taskId: string }) => t.taskId);
    expect(await ids()).toEqual([c.taskId, a.taskId, b.taskId]);
    expect(await ids('', 'manager')).toEqual([c.taskId, a.taskId, b.taskId]);
    expect(await ids('?assignee=caseworker-2')).toEqual([c.taskId, b.taskId]);
    expect(await ids(`?section=${encodeURIComponent('第二係')}`)).toEqual([c.taskId]);
    expect(await ids('?overdue=true')).toEqual([c.taskId, a.taskId]);
    expect(await ids('?overdue=true&asOf=2026-03-31')).toEqual([c.taskId]);
    expect(await ids('?overdue=false')).toEqual([b.taskId]);
    await s.post(`/tasks/${c.taskId}/completion`, { note: '対応済' }, 'caseworker-2');
    expect(await ids('?status=done')).toEqual([c.taskId]);
    expect(await ids('?status=open&overdue=true')).toEqual([a.taskId]);
    const done = (await s.get('/tasks?status=done')).body.items[0];
    expect(done.overdue).toBe(false);
  });

  it('06.6.4/06.6.6: the assignee, a supervisor or a manager completes; others may not', async () => {
    const s = await caseworkServer();
    const t1 = (await s.post('/tasks', taskBody())).body;
    await s.refused(() => s.post(`/tasks/${t1.taskId}/completion`, { note: '対応済' }), 403, 'not-assignee');
    const res = await s.post(`/tasks/${t1.taskId}/completion`, { note: '電話で督促した' }, 'caseworker-2');
    expect(res.body).toMatchObject({ status: 'done', completedBy: 'caseworker-2', completedAt: '2026-04-01T01:00:00.000Z', completionNote: '電話で督促した' });
    for (const as of ['supervisor', 'manager']) {
      const t = (await s.post('/tasks', taskBody())).body;
      expect((await s.post(`/tasks/${t.taskId}/completion`, { note: '代行' }, as)).body.completedBy).toBe(`${as}-1`);
    }
    await s.refused(() => s.post('/tasks/TK-999999/completion', { note: 'x' }), 404);
  });

  it('06.6.5: a done task cannot be completed again', async () => {
    const s = await caseworkServer();
    const t = (await s.post('/tasks', taskBody())).body;
    await s.post(`/tasks/${t.taskId}/completion`, { note: '対応済' }, 'caseworker-2');
    await s.refused(() => s.post(`/tasks/${t.taskId}/completion`, { note: 'もう一度' }, 'caseworker-2'), 409, 'illegal-transition');
  });
});
