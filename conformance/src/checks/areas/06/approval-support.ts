import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../../engine/types.ts';
import { isObject } from '../../support/http.ts';
import { allItems, must, type Json, type Step } from '../../support/steps.ts';

/**
 * Fixtures of the 決裁 checks (area 06 group 4): an assistance plan to submit (an item to approve in both
 * editions), the body of a request, and reading an approval back — all through the standard API.
 */

type Client = HogoClient<Edition>;

/** An assistance plan written by `client` (createdBy is the author's staff id, kept as `author`). */
export async function entryBy(ctx: CheckContext, client: Client, householdId: string, title: string): Promise<Json> {
  const body = { establishedOn: '2025-04-01', issues: title, goal: '生活の安定', measures: '定期的な訪問による助言' };
  const plan = await must(ctx, client, 'createAssistancePlan', { path: { householdId }, body }, 201, { ja: '決裁対象の援助方針の登録', en: 'registering the plan to approve' });
  return { ...plan, title, author: plan.createdBy };
}

/** The body of a request for approval of an assistance plan along `route`. */
export const approvalInput = (householdId: string, entry: Json, route: Json[]) => ({
  subjectType: 'assistancePlan',
  subjectId: entry.planId,
  householdId,
  title: `援助方針の決裁（${String(entry.title)}）`,
  route,
});

/** A request that must be accepted (201); answers the approval. */
export function requestOf(ctx: CheckContext, client: Client, body: Json, step: Step): Promise<Json> {
  return must(ctx, client, 'requestApproval', { body }, 201, step);
}

/** The approval as it reads back (status and steps). */
export function readApproval(ctx: CheckContext, client: Client, approvalId: string): Promise<Json> {
  return must(ctx, client, 'getApproval', { path: { approvalId } }, 200, { ja: '決裁の照会', en: 'reading the approval' });
}

export function stepsOf(approval: Json): Json[] {
  return Array.isArray(approval.steps) ? approval.steps.filter(isObject) : [];
}

/** The approvals of a household as listed with `query` (sorted ids, for comparing sets). */
export async function approvalIds(ctx: CheckContext, client: Client, query: Record<string, string | boolean>, what: Step): Promise<string> {
  const items = await allItems(ctx, client, 'listApprovals', { query }, what);
  return items.map((a) => String(a.approvalId)).sort().join(',');
}

/** Sorted ids of approvals, for comparing with approvalIds. */
export const idsOf = (...approvals: Json[]) => approvals.map((a) => String(a.approvalId)).sort().join(',');
