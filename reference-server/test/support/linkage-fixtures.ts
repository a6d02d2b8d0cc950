/** Fixtures for area 12: a protected member with a 宛名番号 and helpers for the linkage operations. */
import { medicalServer, protectedSingle } from './medical-fixtures.ts';

export const SYSTEMS = ['jumin', 'juminzei', 'kokuho', 'kaigo', 'nenkin', 'jidoteate', 'jidofuyo', 'shogai'];
export const PERSON = '100000000001';
export const APPLICANT = '200000000002';

export const change = (over: Record<string, unknown> = {}) => ({
  system: 'jidofuyo', changeId: 'F-1', addressNumber: PERSON, changeType: 'child-support-allowance-change', effectiveDate: '2026-03-01',
  items: [{ code: 'jidofuyo-status', value: '一部支給' }, { code: 'jidofuyo-monthly-amount', value: '30000' }],
  ...over,
});

export async function linked(nowRef = { now: new Date('2026-04-01T01:00:00Z') }) {
  const server = await medicalServer({ now: () => nowRef.now });
  const s = { ...server, get: (url: string, role = 'caseworker') => server.get(url, role) };
  const household = await s.seed(protectedSingle({ addressNumber: PERSON }));
  const receive = (body: unknown, role = 'linkage') => s.post('/linkage/changes', body, role);
  const inquire = (body: unknown, role = 'caseworker') => s.post('/comprehensive-inquiries', body, role);
  return { s, household, memberId: household.members[0]!.memberId, receive, inquire, nowRef };
}

