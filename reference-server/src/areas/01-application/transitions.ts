import type { components, HogoAdapter } from '@hogo-kit/sdk';
import type { Transaction } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { conflict } from '@hogo-kit/sdk';
import { illegalTransition, missing, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { applicationView } from './deadlines.ts';

type Application = components['schemas']['Application'];
type TownHeadNote = NonNullable<Application['townHeadNote']>;

const STATE_JA: Record<Application['status'], string> = {
  received: '申請受付',
  investigating: '調査中',
  started: '開始',
  rejected: '却下',
  withdrawn: '取下げ',
};

function load(tx: Transaction, applicationId: string): Application {
  const record = tx.get<Application>('Application', applicationId);
  if (!record) throw missing('申請', 'application');
  return record.value;
}

function notBeforeApplication(app: Application, date: string, pointer: string, ja: string, en: string): void {
  if (date < app.applicationDate) {
    throw ruleBroken('before-application-date', pointer, {
      ja: `${ja}（${date}）が申請日（${app.applicationDate}）より前です。`,
      en: `${en} (${date}) is before the application date (${app.applicationDate}).`,
    });
  }
}

/** The application flow's startInvestigation and withdraw transitions, and the 町村長's forwarding (01.4.x). */
export function applicationTransitions(env: AreaEnv): Pick<HogoAdapter, 'startInvestigation' | 'withdrawApplication' | 'recordApplicationForwarding'> {
  const applicationAsOf = applicationView(env);
  const save = (tx: Transaction, app: Application) => {
    const shown = applicationAsOf(app, env.clock.today());
    tx.put('Application', app.applicationId, shown);
    return shown;
  };

  return {
    // received → investigating (01.2.9, 01.2.11); never waits for a support inquiry (01.5.2).
    async startInvestigation({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const app = load(tx, path.applicationId);
        if (app.status !== 'received' && !(app.status === 'investigating' && hasMutant(env, 'investigation-started-twice'))) throw illegalTransition('application', `${STATE_JA[app.status]} ${app.status}`, '調査の開始 startInvestigation');
        if (!hasMutant(env, 'investigation-before-application-date')) notBeforeApplication(app, body.startedOn, '/body/startedOn', '調査開始日', 'The start date');
        if (body.householdId !== undefined) {
          if (!tx.get('Household', body.householdId)) throw unknownReference('/body/householdId', '世帯', 'household');
          if (app.householdId !== undefined && app.householdId !== body.householdId) {
            throw ruleBroken('household-mismatch', '/body/householdId', {
              ja: `この申請は既に別の世帯（${app.householdId}）に関連付けられています。`,
              en: `The application is already linked to another household (${app.householdId}).`,
            });
          }
        }
        return save(tx, {
          ...app,
          status: 'investigating',
          investigationStartedOn: body.startedOn,
          caseworker: body.caseworker ?? ctx.principal.staffId,
          ...(body.householdId !== undefined ? { householdId: body.householdId } : {}),
        });
      });
    },

    // received | investigating → withdrawn, only on the applicant's expressed intent (01.2.10, 01.2.11, 01.5.4).
    async withdrawApplication({ path, body }) {
      return env.store.transact((tx) => {
        const app = load(tx, path.applicationId);
        const open = app.status === 'received' || app.status === 'investigating' || (app.status === 'started' && hasMutant(env, 'withdraw-decided-application'));
        if (!open) {
          throw illegalTransition('application', `${STATE_JA[app.status]} ${app.status}`, '取下げ withdraw');
        }
        notBeforeApplication(app, body.withdrawnOn, '/body/withdrawnOn', '取下げ日', 'The withdrawal date');
        return save(tx, {
          ...app,
          status: 'withdrawn',
          withdrawnOn: body.withdrawnOn,
          // Seeded defect withdrawal-intent-not-recorded: withdrawn without keeping how the applicant expressed it.
          ...(hasMutant(env, 'withdrawal-intent-not-recorded') ? {} : { withdrawalIntentMethod: body.intentMethod }),
          ...(body.reason !== undefined ? { withdrawalReason: body.reason } : {}),
        });
      });
    },

    // 生活保護法第24条第10項: the day the 町村長 forwarded the application and the note sent with it.
    async recordApplicationForwarding({ path, body }) {
      return env.store.transact((tx) => {
        const app = load(tx, path.applicationId);
        if (!app.viaTownHead) {
          throw ruleBroken('not-via-town-head', '/body/forwardedOn', {
            ja: 'この申請は町村長を経由した申請ではありません。',
            en: 'The application was not lodged with a town head.',
          });
        }
        if (app.forwardedOn !== undefined) {
          throw conflict('forwarding-already-recorded', {
            ja: `町村長の送付は既に記録されています（送付日 ${app.forwardedOn}）。`,
            en: `The forwarding is already recorded (forwarded on ${app.forwardedOn}).`,
          });
        }
        notBeforeApplication(app, body.forwardedOn, '/body/forwardedOn', '町村長送付日', 'The forwarding date');
        const receivedOn = body.receivedOn ?? body.forwardedOn;
        if (receivedOn < body.forwardedOn) {
          throw ruleBroken('received-before-forwarded', '/body/receivedOn', {
            ja: `送付受理日（${receivedOn}）が町村長送付日（${body.forwardedOn}）より前です。`,
            en: `The day received (${receivedOn}) is before the day forwarded (${body.forwardedOn}).`,
          });
        }
        const note: TownHeadNote = {};
        if (body.supportObligorNote !== undefined) note.supportObligorNote = body.supportObligorNote;
        // Seeded defect town-head-note-partial: only the note on liable relatives is kept.
        if (body.assetIncomeNote !== undefined && !hasMutant(env, 'town-head-note-partial')) note.assetIncomeNote = body.assetIncomeNote;
        if (body.otherNote !== undefined && !hasMutant(env, 'town-head-note-partial')) note.otherNote = body.otherNote;
        return save(tx, {
          ...app,
          forwardedOn: body.forwardedOn,
          forwardingReceivedOn: receivedOn,
          ...(Object.keys(note).length > 0 ? { townHeadNote: note } : {}),
        });
      });
    },
  };
}
