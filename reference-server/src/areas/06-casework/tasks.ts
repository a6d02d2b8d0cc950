import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { illegalTransition, missing, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { byKeys, compact, forbiddenActor, staffOf, type Schemas } from './common.ts';
import { notify } from './notifications.ts';

type Task = Schemas['Task'];

/** Roles that may complete anybody's task (06.6.6). */
const MANAGING = ['supervisor', 'manager'];

/** The task as seen on asOf: overdue when open and asOf is after dueOn (06.6.3). */
export const taskOn = (task: Task, asOf: string, fromDueDate = false): Task => ({ ...task, overdue: task.status === 'open' && (asOf > task.dueOn || (fromDueDate && asOf === task.dueOn)) });

export function tasks(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 06.6.1, 06.6.7: a shared to-do with assignee and due date; the assignee is notified. */
    async createTask({ body }, ctx) {
      return env.store.transact((tx) => {
        let householdId = body.householdId;
        if (householdId !== undefined && !tx.get('Household', householdId)) {
          throw unknownReference('/body/householdId', '世帯', 'household');
        }
        if (body.caseRecordId !== undefined) {
          const record = tx.get<Schemas['CaseRecord']>('CaseRecord', body.caseRecordId)?.value;
          if (!record || (householdId !== undefined && record.householdId !== householdId)) {
            throw ruleBroken('unknown-reference', '/body/caseRecordId', {
              ja: '関連ケース記録が当該世帯の記録として存在しません',
              en: 'The case-record entry is not an entry of the household',
            });
          }
          householdId = record.householdId;
        }
        const taskId = newId(tx, 'TK');
        const task: Task = compact({
          taskId,
          householdId,
          caseRecordId: body.caseRecordId,
          title: body.title,
          detail: body.detail,
          assignee: body.assignee,
          section: body.section,
          dueOn: hasMutant(env, 'task-due-date-shifted') ? new Date(Date.parse(`${body.dueOn}T00:00:00+09:00`)).toISOString().slice(0, 10) : body.dueOn,
          status: 'open' as const,
          overdue: false,
          createdBy: staffOf(ctx),
          createdAt: env.clock.now().toISOString(),
        });
        tx.put('Task', taskId, task);
        if (!hasMutant(env, 'task-not-notified')) notify(tx, env, {
          notificationType: 'taskAssigned',
          channel: 'inSystem',
          ...(householdId !== undefined ? { householdId } : {}),
          staffId: body.assignee,
          subjectId: taskId,
          title: `要処理事項: ${body.title}`.slice(0, 200),
          body: `処理期限 ${body.dueOn}`,
        });
        return taskOn(task, env.clock.today());
      });
    },

    /** 06.6.2, 06.6.3: every assignee's tasks, soonest due first, overdue for asOf. */
    async listTasks({ query }, ctx) {
      const asOf = query.asOf ?? env.clock.today();
      const ownOnly = hasMutant(env, 'task-list-own-only');
      const items = env.store
        .records<Task>('Task')
        .map((r) => taskOn(r.value, asOf, hasMutant(env, 'task-overdue-on-due-date')))
        .filter((t) => !ownOnly || t.assignee === ctx.principal.staffId)
        .filter((t) => !query.assignee || t.assignee === query.assignee)
        .filter((t) => !query.section || t.section === query.section)
        .filter((t) => !query.status || t.status === query.status)
        .filter((t) => !query.householdId || t.householdId === query.householdId)
        .filter((t) => query.overdue === undefined || t.overdue === query.overdue)
        .sort(byKeys((t) => t.dueOn, (t) => t.createdAt, (t) => t.taskId));
      return page(items, query);
    },

    /** 06.6.4–06.6.6: done with a note, by the assignee, a supervisor or a manager; once. */
    async completeTask({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const task = tx.get<Task>('Task', path.taskId)?.value;
        if (!task) throw missing('要処理事項', 'task');
        const actor = ctx.principal;
        if (actor.staffId !== task.assignee && !actor.roles.some((r) => MANAGING.includes(r)) && !hasMutant(env, 'task-completed-by-anyone')) {
          throw forbiddenActor('not-assignee', '要処理事項を処理済にできるのは担当者、査察指導員又は課長です', 'Only the assignee, a supervisor or a manager may complete a task');
        }
        if (task.status === 'done' && !hasMutant(env, 'task-completed-twice')) throw illegalTransition('task', task.status, '処理完了');
        const done: Task = {
          ...task,
          status: 'done',
          overdue: false,
          completedAt: env.clock.now().toISOString(),
          completedBy: actor.staffId,
          completionNote: body.note,
        };
        tx.put('Task', task.taskId, done);
        return taskOn(done, env.clock.today());
      });
    },
  };
}
