import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { createCaseDecision } from './03-decision/case-decision.ts';
import { createChangeApplication, getChangeApplication } from './03-decision/change-application.ts';
import { decideApplication } from './03-decision/decide-application.ts';
import { startExOfficio } from './03-decision/ex-officio.ts';
import { getDecisionNotice, listDecisionNotices } from './03-decision/notice.ts';
import { getDecision, listDecisions } from './03-decision/read.ts';
import { transferCase } from './03-decision/transfer.ts';

/** Area 03 決定: the operations of spec/src/openapi/paths/03-decision.yaml over the in-memory store. */
export function area03(env: AreaEnv): Partial<HogoAdapter> {
  return {
    decideApplication: decideApplication(env),
    startExOfficio: startExOfficio(env),
    createChangeApplication: createChangeApplication(env),
    getChangeApplication: getChangeApplication(env),
    createCaseDecision: createCaseDecision(env),
    listDecisions: listDecisions(env),
    getDecision: getDecision(env),
    getDecisionNotice: getDecisionNotice(env),
    listDecisionNotices: listDecisionNotices(env),
    transferCase: transferCase(env),
  };
}
