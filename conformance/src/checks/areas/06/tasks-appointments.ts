import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { caseRecordInput, daysFromToday, must, mustRefuse, newHousehold } from '../../support/steps.ts';

/** 06.6.1, 06.6.4, 06.6.5: a task registered, completed with a result, and not completed again. */
export const taskCompletedOnce = defineCheck({
  id: 'casework.task-completed-once',
  title: { ja: '要処理事項を処理済にでき、処理済の事項の再完了は状態の矛盾として拒否される', en: 'A task is completed once; completing a done task is refused as a state conflict' },
  verifies: ['06.6.1', '06.6.4', '06.6.5'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const entry = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput() }, 201, { ja: 'ケース記録の登録', en: 'registering an entry' });
    const assignee = entry.recordedBy;
    if (typeof assignee !== 'string') return ctx.fail({ ja: 'ケース記録に記録者がない', en: 'the entry has no author' });
    const dueOn = daysFromToday(30);
    const task = await must(ctx, cw, 'createTask', { body: { householdId, title: '収入申告書の提出確認', assignee, dueOn } }, 201, { ja: '要処理事項の登録', en: 'registering a task' });
    if (task.assignee !== assignee || task.dueOn !== dueOn || task.householdId !== householdId) {
      ctx.fail({ ja: `登録した要処理事項の担当者・処理期限・世帯が指定したとおりでない（処理期限 ${String(task.dueOn)}、指定 ${dueOn}）`, en: `the task's assignee, due date or household is not as given (due ${String(task.dueOn)}, given ${dueOn})` });
    }
    const taskId = String(task.taskId);
    const done = await must(ctx, cw, 'completeTask', { path: { taskId }, body: { note: '提出を確認した。' } }, 200, { ja: '要処理事項の処理完了', en: 'completing the task' });
    if (done.status !== 'done') ctx.fail({ ja: `処理完了後の状況が処理済（done）でなく ${String(done.status)}`, en: `after completion the status is ${String(done.status)}, not done` });
    await mustRefuse(ctx, cw, 'completeTask', { path: { taskId }, body: { note: '再度完了' } }, { ja: '処理済の要処理事項の再完了', en: 'completing a done task again' }, [409]);
  },
});

/** 06.7.1, 06.7.3, 06.7.5: a proposal answered once; a second answer is refused as a state conflict. */
export const appointmentAnsweredOnce = defineCheck({
  id: 'casework.visit-appointment-answered-once',
  title: { ja: '訪問日程の提案への回答を記録でき、回答済みの提案への再回答は拒否される', en: 'A visit proposal is answered once; a second answer is refused as a state conflict' },
  verifies: ['06.7.1', '06.7.3', '06.7.5'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, cw);
    const day = daysFromToday(14);
    const proposed = await must(ctx, cw, 'createVisitAppointment', {
      path: { householdId },
      body: { memberId, proposedStart: `${day}T10:00:00+09:00`, proposedEnd: `${day}T11:00:00+09:00`, channel: 'sms', purpose: '定期訪問' },
    }, 201, { ja: '訪問日程の提案', en: 'proposing a visit' });
    const sameTime = (a: unknown, b: string) => typeof a === 'string' && Date.parse(a) === Date.parse(b);
    if (proposed.channel !== 'sms' || !sameTime(proposed.proposedStart, `${day}T10:00:00+09:00`) || !sameTime(proposed.proposedEnd, `${day}T11:00:00+09:00`)) {
      ctx.fail({ ja: `提案の連絡手段・予定日時が指定したとおりでない（連絡手段 ${String(proposed.channel)}、指定 sms）`, en: `the proposal's channel or times are not as given (channel ${String(proposed.channel)}, given sms)` });
    }
    const appointmentId = String(proposed.appointmentId);
    const answered = await must(ctx, cw, 'respondToVisitAppointment', { path: { appointmentId }, body: { response: 'accepted', receivedVia: 'sms' } }, 200, { ja: '承諾の回答の記録', en: 'recording an acceptance' });
    if (answered.status === 'proposed') {
      ctx.fail({ ja: '回答を記録した提案が回答済みにならない', en: 'the answered proposal is not shown as answered' });
    }
    await mustRefuse(ctx, cw, 'respondToVisitAppointment', { path: { appointmentId }, body: { response: 'declined', receivedVia: 'sms' } }, { ja: '回答済みの提案への再回答', en: 'a second answer to an answered proposal' }, [409]);
  },
});
