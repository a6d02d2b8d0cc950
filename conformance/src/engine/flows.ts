import type { Bilingual } from '@hogo-kit/sdk';
import type { CheckResult, Evidence } from './types.ts';

/**
 * Transition coverage of the standard's business flows, read from what the checks actually did: the recorded
 * exchanges of each check, in order. A resource's state is observed in any answer that carries its id and its
 * state item; a legal transition counts as exercised when a resource was seen in its `from` state, the
 * transition's operation then succeeded, and the resource was next seen in its `to` state. An illegal
 * transition (an operation of the flow on a resource in a state none of its transitions starts from) counts as
 * refused when the operation, sent for that resource, answered 4xx. Nothing is assumed that was not seen.
 */

export interface FlowDefinition {
  id: string;
  name: Bilingual;
  schema: string;
  stateProperty: string;
  states: { id: string }[];
  transitions: { id: string; from: string[]; to: string; operation: string }[];
}

export interface FlowCoverage {
  id: string;
  name: Bilingual;
  legal: { id: string; from: string[]; to: string; operation: string; exercisedBy: string[] }[];
  illegal: { state: string; operation: string; refusedBy: string[] }[];
  summary: { legal: number; exercised: number; illegal: number; refused: number };
}

export type OperationOf = (method: string, url: string) => string | undefined;

/** The id item of a flow's resource: applicationId for Application, householdId for Household, ticketId for tickets … */
const idPropertyOf = (flow: FlowDefinition) =>
  ({ Household: 'householdId', MedicalTicket: 'ticketId', CareTicket: 'ticketId' })[flow.schema] ?? `${flow.schema[0]!.toLowerCase()}${flow.schema.slice(1)}Id`;

interface Step {
  operation?: string;
  status?: number;
  /** Resource ids the request names (path segments and body items). */
  named: Set<string>;
  /** State observations in the answer: resource id → state. */
  seen: Map<string, string>;
}

function observations(body: unknown, idProperty: string, stateProperty: string, into: Map<string, string>, depth = 0): void {
  if (depth > 4 || body === null || typeof body !== 'object') return;
  if (Array.isArray(body)) {
    for (const item of body) observations(item, idProperty, stateProperty, into, depth + 1);
    return;
  }
  const record = body as Record<string, unknown>;
  if (typeof record[idProperty] === 'string' && typeof record[stateProperty] === 'string') into.set(record[idProperty], record[stateProperty]);
  for (const value of Object.values(record)) if (value !== null && typeof value === 'object') observations(value, idProperty, stateProperty, into, depth + 1);
}

function stepsOf(evidence: Evidence[], flow: FlowDefinition, operationOf: OperationOf): Step[] {
  const idProperty = idPropertyOf(flow);
  return evidence.filter((e) => e.request).map((e) => {
    const named = new Set(new URL(e.request!.url).pathname.split('/').map(decodeURIComponent));
    const body = e.request!.body as Record<string, unknown> | undefined;
    if (body && typeof body === 'object' && typeof body[idProperty] === 'string') named.add(body[idProperty]);
    const seen = new Map<string, string>();
    if (e.response && e.response.status < 300) observations(e.response.body, idProperty, flow.stateProperty, seen);
    const operation = operationOf(e.request!.method, e.request!.url);
    return { ...(operation && { operation }), ...(e.response && { status: e.response.status }), named, seen };
  });
}

export function flowCoverage(flows: readonly FlowDefinition[], results: readonly CheckResult[], operationOf: OperationOf): FlowCoverage[] {
  return flows.map((flow) => {
    const legal = flow.transitions.map((t) => ({ ...t, exercisedBy: new Set<string>() }));
    const operations = new Set(flow.transitions.filter((t) => t.from.length > 0).map((t) => t.operation));
    const illegal = [...operations].flatMap((operation) => {
      const allowed = new Set(flow.transitions.filter((t) => t.operation === operation).flatMap((t) => t.from));
      return flow.states.filter((s) => !allowed.has(s.id)).map((s) => ({ state: s.id, operation, refusedBy: new Set<string>() }));
    });
    for (const result of results) {
      const steps = stepsOf(result.evidence, flow, operationOf);
      const last = new Map<string, { state: string; at: number }>();
      steps.forEach((step, at) => {
        if (step.operation && step.status !== undefined && step.status >= 400 && step.status < 500) {
          for (const id of step.named) {
            const before = last.get(id);
            const pair = before && illegal.find((p) => p.operation === step.operation && p.state === before.state);
            if (pair) pair.refusedBy.add(result.checkId);
          }
        }
        for (const [id, state] of step.seen) {
          const before = last.get(id);
          for (const t of legal) {
            const created = t.from.length === 0 && !before && step.operation === t.operation && state === t.to;
            const moved = before && t.from.includes(before.state) && state === t.to &&
              steps.slice(before.at + 1, at + 1).some((s) => s.operation === t.operation && s.status !== undefined && s.status < 300 && (before.state !== state || s.named.has(id)));
            if (created || moved) t.exercisedBy.add(result.checkId);
          }
          last.set(id, { state, at });
        }
      });
    }
    const legalOut = legal.map((t) => ({ id: t.id, from: t.from, to: t.to, operation: t.operation, exercisedBy: [...t.exercisedBy].sort() }));
    const illegalOut = illegal.map((p) => ({ state: p.state, operation: p.operation, refusedBy: [...p.refusedBy].sort() }));
    return {
      id: flow.id,
      name: flow.name,
      legal: legalOut,
      illegal: illegalOut,
      summary: {
        legal: legalOut.length, exercised: legalOut.filter((t) => t.exercisedBy.length > 0).length,
        illegal: illegalOut.length, refused: illegalOut.filter((p) => p.refusedBy.length > 0).length,
      },
    };
  });
}
