import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { expectBody } from '../../data/households.ts';
import { addDays, expectEqual, failWith, listAllApplications, pastDate, readApplication, registerApplication, writtenApplication, type Fault } from './support.ts';

/** 01.3.1, 01.3.2: the 14-day deadline (申請日＋14日) and the 30-day one, and overdue from the day after. */
export const decisionDeadlines = defineCheck({
  id: 'application.decision-deadline-14-days',
  title: { ja: '決定期限（申請日から14日）・延長期限（30日）を表示し、14日を経過した未決定の申請を基準日で抽出できる', en: 'The 14- and 30-day deadlines are shown, and undecided applications past 14 days are listed for a given day' },
  verifies: ['01.3.1', '01.3.2'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const date = pastDate();
    const app = await registerApplication(ctx, intake, writtenApplication(date));
    const id = String(app.applicationId);
    const faults: Fault[] = [];
    const onDue = await readApplication(ctx, intake, id, addDays(date, 14));
    expectEqual(faults, { ja: '決定期限', en: 'decisionDueDate' }, onDue.decisionDueDate, addDays(date, 14));
    expectEqual(faults, { ja: '延長期限', en: 'extendedDecisionDueDate' }, onDue.extendedDecisionDueDate, addDays(date, 30));
    expectEqual(faults, { ja: '14日目の決定期限超過', en: 'decisionOverdue on day 14' }, onDue.decisionOverdue, false);
    const after = await readApplication(ctx, intake, id, addDays(date, 15));
    expectEqual(faults, { ja: '15日目の決定期限超過', en: 'decisionOverdue on day 15' }, after.decisionOverdue, true);
    expectEqual(faults, { ja: '基準日', en: 'asOf' }, after.asOf, addDays(date, 15));
    const listedOnDue = await listAllApplications(ctx, intake, { decisionOverdue: true, asOf: addDays(date, 14), fiscalYear: 2024 });
    if (listedOnDue.some((a) => a.applicationId === id)) faults.push({ ja: '14日目の基準日で期限超過として一覧された', en: 'listed as overdue with asOf on day 14' });
    const listedAfter = await listAllApplications(ctx, intake, { decisionOverdue: true, asOf: addDays(date, 15), fiscalYear: 2024 });
    if (!listedAfter.some((a) => a.applicationId === id)) faults.push({ ja: '15日目の基準日で期限超過として一覧されない', en: 'not listed as overdue with asOf on day 15' });
    failWith(ctx, { ja: '決定期限', en: 'the decision deadline' }, faults);
  },
});

/** 01.3.3: undecided and not withdrawn after 30 days → みなし却下; a withdrawn one is not. */
export const deemedRejection = defineCheck({
  id: 'application.deemed-rejection-after-30-days',
  title: { ja: '30日を経過して決定も取下げもない申請をみなし却下として識別する', en: 'An application neither decided nor withdrawn after 30 days is identified as deemed rejected' },
  verifies: ['01.3.3'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const date = pastDate();
    const open = await registerApplication(ctx, intake, writtenApplication(date));
    const withdrawn = await registerApplication(ctx, intake, writtenApplication(date));
    const answer = await send(intake, 'withdrawApplication', { path: { applicationId: String(withdrawn.applicationId) }, body: { withdrawnOn: addDays(date, 3), intentMethod: 'written' } });
    expectBody(ctx, answer, 200, { ja: '取下げ（withdrawApplication）', en: 'withdrawing (withdrawApplication)' });
    const faults: Fault[] = [];
    const day30 = await readApplication(ctx, intake, String(open.applicationId), addDays(date, 30));
    expectEqual(faults, { ja: '30日目のみなし却下', en: 'deemedRejected on day 30' }, day30.deemedRejected, false);
    const day31 = await readApplication(ctx, intake, String(open.applicationId), addDays(date, 31));
    expectEqual(faults, { ja: '31日目のみなし却下', en: 'deemedRejected on day 31' }, day31.deemedRejected, true);
    const w31 = await readApplication(ctx, intake, String(withdrawn.applicationId), addDays(date, 31));
    expectEqual(faults, { ja: '取り下げた申請の31日目のみなし却下', en: 'deemedRejected of the withdrawn application on day 31' }, w31.deemedRejected, false);
    const listed = await listAllApplications(ctx, intake, { deemedRejected: true, asOf: addDays(date, 31), fiscalYear: 2024 });
    const ids = listed.map((a) => a.applicationId);
    if (!ids.includes(open.applicationId)) faults.push({ ja: '31日目の基準日でみなし却下として一覧されない', en: 'not listed as deemed rejected with asOf on day 31' });
    if (ids.includes(withdrawn.applicationId)) faults.push({ ja: '取り下げた申請がみなし却下として一覧された', en: 'the withdrawn application is listed as deemed rejected' });
    failWith(ctx, { ja: 'みなし却下の識別', en: 'identifying deemed rejections' }, faults);
  },
});

/** 01.4.1–01.4.3: a 町村長 application, its forwarding with the note, and the 5-day limit. */
export const townHeadForwarding = defineCheck({
  id: 'application.town-head-forwarding-5-days',
  title: { ja: '町村長経由の申請の送付日と添付書面を記録し、5日を超えた送付を識別する', en: 'A town-head application records its forwarding and note, and forwarding after 5 days is flagged' },
  verifies: ['01.4.1', '01.4.2', '01.4.3'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const date = pastDate();
    const via = { viaTownHead: true, townLgCode: '131016', townName: '見本町' };
    const onTime = await registerApplication(ctx, intake, writtenApplication(date, via));
    const late = await registerApplication(ctx, intake, writtenApplication(date, via));
    const faults: Fault[] = [];
    // Not yet forwarded: due on day 5, overdue from day 6.
    const day5 = await readApplication(ctx, intake, String(late.applicationId), addDays(date, 5));
    expectEqual(faults, { ja: '送付期限', en: 'forwardingDueDate' }, day5.forwardingDueDate, addDays(date, 5));
    expectEqual(faults, { ja: '未送付・5日目の送付期限超過', en: 'forwardingOverdue unforwarded on day 5' }, day5.forwardingOverdue, false);
    const day6 = await readApplication(ctx, intake, String(late.applicationId), addDays(date, 6));
    expectEqual(faults, { ja: '未送付・6日目の送付期限超過', en: 'forwardingOverdue unforwarded on day 6' }, day6.forwardingOverdue, true);
    const note = { supportObligorNote: '長男あり（県外在住）', assetIncomeNote: '資産なし・年金なし', otherNote: '町の民生委員が同行' };
    const fOnTime = await send(intake, 'recordApplicationForwarding', { path: { applicationId: String(onTime.applicationId) }, body: { forwardedOn: addDays(date, 5), ...note } });
    expectBody(ctx, fOnTime, 200, { ja: '5日目の送付の記録', en: 'recording a forwarding on day 5' });
    const fLate = await send(intake, 'recordApplicationForwarding', { path: { applicationId: String(late.applicationId) }, body: { forwardedOn: addDays(date, 6) } });
    expectBody(ctx, fLate, 200, { ja: '6日目の送付の記録', en: 'recording a forwarding on day 6' });
    const asOf = addDays(date, 40);
    const readOnTime = await readApplication(ctx, intake, String(onTime.applicationId), asOf);
    expectEqual(faults, { ja: '5日目に送付した申請の送付期限超過', en: 'forwardingOverdue when forwarded on day 5' }, readOnTime.forwardingOverdue, false);
    expectEqual(faults, { ja: '町村長送付日', en: 'forwardedOn' }, readOnTime.forwardedOn, addDays(date, 5));
    expectEqual(faults, { ja: '経由町村', en: 'the town' }, [readOnTime.viaTownHead, readOnTime.townLgCode], [true, '131016']);
    expectEqual(faults, { ja: '町村長の添付書面', en: "the town head's note" }, readOnTime.townHeadNote, note);
    const readLate = await readApplication(ctx, intake, String(late.applicationId), asOf);
    expectEqual(faults, { ja: '6日目に送付した申請の送付期限超過', en: 'forwardingOverdue when forwarded on day 6' }, readLate.forwardingOverdue, true);
    const listed = await listAllApplications(ctx, intake, { forwardingOverdue: true, asOf, fiscalYear: 2024 });
    const ids = listed.map((a) => a.applicationId);
    if (!ids.includes(late.applicationId) || ids.includes(onTime.applicationId)) faults.push({ ja: '送付期限超過の一覧が正しくない', en: 'the forwardingOverdue listing is wrong' });
    failWith(ctx, { ja: '町村長経由の申請', en: 'applications lodged with a town head' }, faults);
  },
});
