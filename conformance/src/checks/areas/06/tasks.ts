import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { addDays } from '../../data/protection.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, caseRecordInput, daysFromToday, must, mustRefuse, newHousehold, type Json, type Step } from '../../support/steps.ts';

type Client = HogoClient<Edition>;

/** The staff id of a client's user, as the system records it (the author of a case-record entry). */
async function staffIdOf(ctx: CheckContext, client: Client, householdId: string): Promise<string> {
  const entry = await must(ctx, client, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ title: '職員番号の確認' }) }, 201, { ja: 'ケース記録の登録', en: 'registering an entry' });
  return typeof entry.recordedBy === 'string' ? entry.recordedBy : ctx.fail({ ja: 'ケース記録に記録者がない', en: 'the entry has no author' });
}

/** The case worker, supervisor and manager, a household of their own, and the staff ids of the first two. */
async function taskTeam(ctx: CheckContext) {
  const cw = requireClient(ctx, 'caseworker');
  const sv = requireClient(ctx, 'supervisor');
  const mg = requireClient(ctx, 'manager');
  const { householdId } = await newHousehold(ctx, cw);
  const [cwId, svId] = [await staffIdOf(ctx, cw, householdId), await staffIdOf(ctx, sv, householdId)];
  return { cw, sv, mg, householdId, cwId, svId };
}

/** A task of the household assigned to `assignee`, due on `dueOn`. */
function newTask(ctx: CheckContext, client: Client, householdId: string, assignee: string, title: string, dueOn = daysFromToday(30)): Promise<Json> {
  return must(ctx, client, 'createTask', { body: { householdId, title, assignee, dueOn } }, 201, { ja: '要処理事項の登録', en: 'registering a task' });
}

const complete = (ctx: CheckContext, client: Client, task: Json, step: Step) =>
  must(ctx, client, 'completeTask', { path: { taskId: String(task.taskId) }, body: { note: '処理した。' } }, 200, step);

const taskIds = (items: Json[]) => items.map((t) => String(t.taskId)).sort().join(',');
const idsOf = (...tasks: Json[]) => taskIds(tasks);

/** 06.6.2: a supervisor and a manager list every assignee's tasks, by assignee and by status. */
export const taskListForManagers = defineCheck({
  id: 'casework.task-list-for-supervisors',
  title: { ja: '査察指導員及び課長が全ての担当者の要処理事項を担当者別・処理状況別に一覧できる', en: "Supervisors and managers list every assignee's tasks by assignee and status" },
  verifies: ['06.6.2'],
  editions: ['2.1'],
  async run(ctx) {
    const { cw, sv, mg, householdId, cwId, svId } = await taskTeam(ctx);
    const open = await newTask(ctx, cw, householdId, cwId, '収入申告書の督促');
    const others = await newTask(ctx, cw, householdId, svId, '援助方針の確認');
    const done = await newTask(ctx, cw, householdId, cwId, '通院状況の確認');
    await complete(ctx, cw, done, { ja: '要処理事項の処理完了', en: 'completing a task' });
    const cases: [Client, Record<string, string>, string, Step][] = [
      [sv, { householdId, assignee: cwId }, idsOf(open, done), { ja: '査察指導員による担当者別の一覧', en: "a supervisor's list by assignee" }],
      [sv, { householdId, assignee: cwId, status: 'open' }, idsOf(open), { ja: '査察指導員による担当者別・未処理の一覧', en: "a supervisor's list by assignee, open" }],
      [sv, { householdId, status: 'done' }, idsOf(done), { ja: '査察指導員による処理済の一覧', en: "a supervisor's list of done tasks" }],
      [mg, { householdId }, idsOf(open, others, done), { ja: '課長による全担当者の一覧', en: "a manager's list of every assignee" }],
      [mg, { householdId, assignee: svId }, idsOf(others), { ja: '課長による担当者別の一覧', en: "a manager's list by assignee" }],
    ];
    for (const [client, query, want, what] of cases) {
      const got = taskIds(await allItems(ctx, client, 'listTasks', { query }, what));
      if (got !== want) ctx.fail({ ja: `${what.ja}が ${want} でなく ${got || 'なし'}`, en: `${what.en} gives ${got || 'nothing'} instead of ${want}` });
    }
  },
});

/** 06.6.3: an open task is overdue from the day after its due date; a done task never is. */
export const overdueTasks = defineCheck({
  id: 'casework.task-overdue',
  title: { ja: '基準日時点で処理期限を過ぎた未処理の要処理事項を期限超過として識別できる', en: 'Open tasks past their due date on asOf are identified as overdue' },
  verifies: ['06.6.3'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const cwId = await staffIdOf(ctx, cw, householdId);
    const dueOn = daysFromToday(30);
    const open = await newTask(ctx, cw, householdId, cwId, '未処理の事項', dueOn);
    const done = await newTask(ctx, cw, householdId, cwId, '処理済の事項', dueOn);
    await complete(ctx, cw, done, { ja: '要処理事項の処理完了', en: 'completing a task' });
    const list = (query: Record<string, string | boolean>) => allItems(ctx, cw, 'listTasks', { query: { householdId, ...query } }, { ja: '要処理事項の一覧', en: 'listing tasks' });
    const overdueOf = (items: Json[], task: Json) => items.find((t) => t.taskId === task.taskId)?.overdue;
    const onDue = await list({ asOf: dueOn });
    if (overdueOf(onDue, open) !== false) ctx.fail({ ja: `処理期限当日（${dueOn}）の未処理の事項が期限超過でないと示されない`, en: `an open task on its due date (${dueOn}) is not shown as not overdue` });
    const dayAfter = addDays(dueOn, 1);
    const after = await list({ asOf: dayAfter });
    if (overdueOf(after, open) !== true) ctx.fail({ ja: `処理期限の翌日（${dayAfter}）に未処理の事項が期限超過とされない`, en: `an open task is not overdue the day after its due date (${dayAfter})` });
    if (overdueOf(after, done) !== false) ctx.fail({ ja: '処理済の事項が期限超過とされた', en: 'a done task is shown as overdue' });
    const flagged = taskIds(await list({ asOf: dayAfter, overdue: true }));
    if (flagged !== idsOf(open)) ctx.fail({ ja: `期限超過のみの一覧が ${idsOf(open)} でなく ${flagged || 'なし'}`, en: `the overdue-only list gives ${flagged || 'nothing'} instead of ${idsOf(open)}` });
  },
});

/** 06.6.6: only the assignee, a supervisor or a manager completes a task; another case worker is refused. */
export const whoCompletesTasks = defineCheck({
  id: 'casework.task-completed-by-assignee-or-manager',
  title: { ja: '要処理事項を処理済にできるのは担当者、査察指導員又は課長に限られる', en: 'Only the assignee, a supervisor or a manager completes a task' },
  verifies: ['06.6.6'],
  editions: ['2.1'],
  async run(ctx) {
    const { cw, sv, mg, householdId, cwId, svId } = await taskTeam(ctx);
    const notMine = await newTask(ctx, cw, householdId, svId, '他の職員の担当事項');
    await mustRefuse(ctx, cw, 'completeTask', { path: { taskId: String(notMine.taskId) }, body: { note: '代わりに処理' } }, { ja: '担当者でない地区担当員による処理完了', en: 'completion by a case worker who is not the assignee' });
    const stillOpen = taskIds(await allItems(ctx, cw, 'listTasks', { query: { householdId, status: 'open' } }, { ja: '未処理の要処理事項の一覧', en: 'listing open tasks' }));
    if (stillOpen !== idsOf(notMine)) ctx.fail({ ja: '拒否された処理完了で要処理事項が処理済になった', en: 'the refused completion marked the task done' });
    await complete(ctx, mg, notMine, { ja: '課長による他の職員の事項の処理完了', en: "a manager completing someone else's task" });
    await complete(ctx, cw, await newTask(ctx, cw, householdId, cwId, '自らの担当事項'), { ja: '担当者自身による処理完了', en: 'completion by the assignee' });
    await complete(ctx, sv, await newTask(ctx, cw, householdId, cwId, '査察指導員が処理する事項'), { ja: '査察指導員による他の職員の事項の処理完了', en: "a supervisor completing someone else's task" });
  },
});

/** 06.6.7 (option): registering a task creates an in-system notice to its assignee. */
export const taskNotice = defineCheck({
  id: 'casework.task-assignee-notified',
  title: { ja: '要処理事項を登録したとき担当者あてのシステム内通知が作成される', en: 'Registering a task creates an in-system notice to the assignee' },
  verifies: ['06.6.7'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const { householdId } = await newHousehold(ctx, cw);
    const svId = await staffIdOf(ctx, sv, householdId);
    const task = await newTask(ctx, cw, householdId, svId, '援助方針の見直し');
    const notices = await allItems(ctx, sv, 'listNotifications', { query: { subjectId: String(task.taskId) } }, { ja: '通知の一覧', en: 'listing notifications' });
    const toAssignee = notices.filter((n) => n.notificationType === 'taskAssigned' && n.staffId === svId && n.channel === 'inSystem');
    if (toAssignee.length !== 1) {
      ctx.fail({ ja: `要処理事項の担当者（${svId}）あてのシステム内通知が1件でない（${toAssignee.length} 件）`, en: `not exactly one in-system notice to the assignee ${svId} (${toAssignee.length})` });
    }
  },
});
