import type { SeedApi } from './api.ts';
import { changeCases, paymentRuns, pendingApplications, startCases, startExOfficio } from './demo/cases.ts';
import { casework, claims, tickets } from './demo/casework.ts';
import type { DemoContext, Edition } from './demo/context.ts';
import { DEMO_HOUSEHOLDS, DEMO_WITHDRAWN_APPLICANT, demoHouseholdInput } from './demo/households.ts';
import { changeAlerts, comprehensiveInquiries, linkageBaseline } from './demo/linkage.ts';
import { SeedRun, type SeedReport } from './run.ts';

export interface DemoOptions {
  edition: Edition;
  /** The system's today (YYYY-MM-DD, Japan time): every date of the demo is relative to it. */
  today: string;
}

/**
 * Loads the demo data set through the API only, so that everything it creates passed the system's validation and
 * rules: thirteen households covering every 世帯類型 and every flow — cases started five months ago with their
 * regular payments, a suspension and its end, a change, a discontinuation, a transfer, an ex-officio start; a
 * pending application on day 12 of 14, one past day 30 (みなし却下), a rejection and a withdrawal; a 78条 claim with
 * instalments and a 78条の2 agreement, a 63条 claim paid in full; 医療券・調剤券 (one cancelled and re-issued) and a
 * 介護券; visit plans and visits (one household overdue); case records; approvals (one approved, one waiting); a
 * DV-restricted member; and in 2.1 the eight simulated systems' records, a 児童扶養手当 change alert and 総合照会.
 * Steps whose operation the system does not serve are skipped; the report names them.
 */
export async function seedDemo(api: SeedApi, options: DemoOptions): Promise<SeedReport> {
  const run = new SeedRun('demo', api);
  const ctx: DemoContext = { run, edition: options.edition, today: options.today, households: {}, applications: {}, claims: {} };
  for (const [index, h] of DEMO_HOUSEHOLDS.entries()) {
    ctx.households[h.key] = await run.step(`${h.key}: household`, {}, () => run.call('createHousehold', { body: demoHouseholdInput(h, index, options.today) }, 'intake'));
    if (ctx.households[h.key]) run.households[h.key] = ctx.households[h.key]!.householdId;
  }
  if (options.edition === '2.1') await linkageBaseline(ctx);
  await startCases(ctx);
  await paymentRuns(ctx, [-4, -3]);
  await changeCases(ctx);
  await startExOfficio(ctx);
  await paymentRuns(ctx, [-2, -1, 0]);
  await claims(ctx);
  await tickets(ctx);
  await casework(ctx);
  await pendingApplications(ctx, DEMO_WITHDRAWN_APPLICANT);
  if (options.edition === '2.1') {
    await changeAlerts(ctx);
    await comprehensiveInquiries(ctx);
  }
  return run.report();
}
