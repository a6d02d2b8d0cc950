import { defineCheck } from '../../engine/registry.ts';
import type { Fault } from '../data/refusals.ts';
import { requireClient } from '../support/roles.ts';
import { must } from '../support/steps.ts';
import { APPLIED_ON, newApplication, newHousehold, plusDays, rejectBody, startBody } from '../areas/03/cases.ts';
import { refusedIn, type Attempt, type FlowResource } from './support.ts';

const on = (days: number) => plusDays(APPLIED_ON, days);
const application = (applicationId: string): FlowResource => ({
  flow: 'application', read: 'getApplication', path: { applicationId }, stateItem: 'status', name: { ja: '申請', en: 'application' },
});
const investigate = (applicationId: string, day: number): Attempt => ({
  operation: 'startInvestigation', ja: '調査の開始', input: { path: { applicationId }, body: { startedOn: on(day) } },
});
const withdraw = (applicationId: string, day: number): Attempt => ({
  operation: 'withdrawApplication', ja: '取下げ', input: { path: { applicationId }, body: { withdrawnOn: on(day), intentMethod: 'written' } },
});
const decide = (applicationId: string, body: Record<string, unknown>): Attempt => ({
  operation: 'decideApplication', ja: body.type === 'start' ? '開始の決定' : '却下の決定', input: { path: { applicationId }, body },
});

/**
 * 01.2.9 / 01.2.11 / 03.1.7 / 03.1.8 (flow application): an application is driven into each state from which
 * its flow allows only some operations — investigating, rejected, started, withdrawn — and read right before
 * every operation the flow does not allow there (a second investigation start; investigation, withdrawal or
 * a decision once decided or withdrawn): each is refused with 409 and the application stays as it was.
 */
export const applicationIllegalOperations = defineCheck({
  id: 'flow.application-illegal-operations-refused',
  title: {
    ja: '申請の状態が許さない操作（調査中の申請の調査開始、開始・却下・取下げの申請の調査開始・取下げ・決定）は409で拒否され、申請は変わらない',
    en: 'Operations the application flow does not allow from its state (a second investigation start; investigation, withdrawal or decision once decided or withdrawn) are refused with 409 and change nothing',
  },
  verifies: ['01.2.9', '01.2.11', '03.1.7', '03.1.8'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const householdId = await newHousehold(ctx, worker);
    const made = (what: Fault) => ({ ja: `${what.ja}（試験用の申請）`, en: `${what.en} (test application)` });

    // rejected first: the household is not yet in protection, so a start on it would be a legal case transition.
    const rejected = await newApplication(ctx, worker, householdId);
    await must(ctx, worker, 'decideApplication', { path: { applicationId: rejected }, body: rejectBody(on(7)) }, 201, made({ ja: '却下の決定', en: 'the rejection' }));
    await refusedIn(ctx, worker, application(rejected), 'rejected', [investigate(rejected, 8), withdraw(rejected, 8), decide(rejected, startBody(on(8)))]);

    const started = await newApplication(ctx, worker, householdId);
    await must(ctx, worker, 'decideApplication', { path: { applicationId: started }, body: startBody(on(7)) }, 201, made({ ja: '開始の決定', en: 'the start' }));
    await refusedIn(ctx, worker, application(started), 'started', [investigate(started, 8), withdraw(started, 8), decide(started, rejectBody(on(8)))]);

    const investigating = await newApplication(ctx, worker, householdId);
    await must(ctx, worker, 'startInvestigation', { path: { applicationId: investigating }, body: { startedOn: on(1) } }, 200, made({ ja: '調査の開始', en: 'starting the investigation' }));
    await refusedIn(ctx, worker, application(investigating), 'investigating', [investigate(investigating, 2)]);

    const withdrawn = await newApplication(ctx, worker, householdId);
    await must(ctx, worker, 'withdrawApplication', { path: { applicationId: withdrawn }, body: { withdrawnOn: on(1), intentMethod: 'written' } }, 200, made({ ja: '取下げ', en: 'the withdrawal' }));
    await refusedIn(ctx, worker, application(withdrawn), 'withdrawn', [investigate(withdrawn, 2), withdraw(withdrawn, 2), decide(withdrawn, rejectBody(on(2)))]);
  },
});
