import type { Bilingual } from '@hogo-kit/sdk';
import type { CheckResult, Evidence } from './types.ts';

/**
 * Transition coverage of the standard's business flows, read from what the checks actually did: the recorded
 * exchanges of each check, in order. A resource's state is observed in any answer that carries its id and its
 * state item; a legal transition counts as exercised when a resource was seen in its `from` state, the
 * transition's operation then succeeded, and the resource was next seen in its `to` state. An illegal
 * transition (an operation of the flow on a resource in a state none of its transitions starts from) counts as
 * refused when the operation, sent for that resource, answered 4xx — the resource named in the request, or, when it
 * names none of the flow's, the one an id of its path was seen linked to (a decision on an application → the
 * application's household). A batch operation whose request names no resource of the flow (a payment run) counts
 * as refusing an illegal transition when it succeeded between two readings of the resource in the same state.
 * Nothing is assumed that was not seen.
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
  operation: string | undefined;
  status: number | undefined;
  /** Resource ids the request names (path segments and body items). */
  named: ReadonlySet<string>;
  /** Path segments of the request (ids of other resources, e.g. the application a decision is made on). */
  path: string[];
  /** State observations in the answer: resource id → state. */
  seen: ReadonlyMap<string, string>;
  /** Links in the answer: another id an object carries → the flow resource it belongs to (applicationId → householdId). */
  links: ReadonlyMap<string, string>;
}

/** An object of an answer that carries an id item (…Id), with its string id items listed once for every flow. */
interface Identified {
  record: Record<string, unknown>;
  ids: [string, string][];
}

/** The objects of an answer that carry an id item (…Id), down to a few levels: walked once for every flow. */
function identified(body: unknown, into: Identified[] = [], depth = 0): Identified[] {
  if (depth > 4 || body === null || typeof body !== 'object') return into;
  if (Array.isArray(body)) {
    for (const item of body) identified(item, into, depth + 1);
    return into;
  }
  const record = body as Record<string, unknown>;
  const ids: [string, string][] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && typeof value === 'object') identified(value, into, depth + 1);
    else if (typeof value === 'string' && key.endsWith('Id')) ids.push([key, value]);
  }
  if (ids.length > 0) into.push({ record, ids });
  return into;
}

interface Exchange {
  operation?: string;
  status?: number;
  path: string[];
  /** The path's segments as a set (shared by every flow's step that names nothing more). */
  pathSet: ReadonlySet<string>;
  requestBody?: Record<string, unknown>;
  /** Objects with an id in a success answer, under each id item they carry (householdId → the objects with one). */
  objectsBy: Map<string, Identified[]>;
}

/** The readings and links of a step whose answer carries nothing of the flow (shared, never written). */
const NO_IDS: ReadonlyMap<string, string> = new Map();

/** A check's exchanges, read once (the same for every flow). */
function exchangesOf(evidence: Evidence[], operationOf: OperationOf): Exchange[] {
  return evidence.filter((e) => e.request).map((e) => {
    const operation = operationOf(e.request!.method, e.request!.url);
    const body = e.request!.body;
    const path = new URL(e.request!.url).pathname.split('/').map(decodeURIComponent);
    const objectsBy = new Map<string, Identified[]>();
    for (const object of e.response && e.response.status < 300 ? identified(e.response.body) : []) {
      for (const [key] of object.ids) {
        const list = objectsBy.get(key);
        if (list) list.push(object);
        else objectsBy.set(key, [object]);
      }
    }
    return {
      ...(operation && { operation }),
      ...(e.response && { status: e.response.status }),
      path,
      pathSet: new Set(path),
      ...(body !== null && typeof body === 'object' && !Array.isArray(body) && { requestBody: body as Record<string, unknown> }),
      objectsBy,
    };
  });
}

function stepsOf(exchanges: Exchange[], flow: FlowDefinition): Step[] {
  const idProperty = idPropertyOf(flow);
  return exchanges.map((x) => {
    const own = x.requestBody?.[idProperty];
    const named = typeof own === 'string' && !x.pathSet.has(own) ? new Set([...x.pathSet, own]) : x.pathSet;
    // Only the objects that carry the flow's id item (a string, as identified() lists them) say anything of it.
    const objects = x.objectsBy.get(idProperty);
    if (objects === undefined) return { operation: x.operation, status: x.status, named, path: x.path, seen: NO_IDS, links: NO_IDS };
    const seen = new Map<string, string>();
    const linked = new Map<string, string>();
    for (const { record, ids } of objects) {
      const id = record[idProperty] as string;
      const state = record[flow.stateProperty];
      if (typeof state === 'string') seen.set(id, state);
      for (const [key, value] of ids) if (key !== idProperty) linked.set(value, id);
    }
    return { operation: x.operation, status: x.status, named, path: x.path, seen, links: linked };
  });
}

/** True when the step's request names a resource already seen (or linked to one): it is not a batch operation. */
function namesKnown(step: Step, last: ReadonlyMap<string, unknown>, linkedTo: ReadonlyMap<string, string>): boolean {
  for (const n of step.named) if (last.has(n) || linkedTo.has(n)) return true;
  return false;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function flowCoverage(flows: readonly FlowDefinition[], results: readonly CheckResult[], operationOf: OperationOf): FlowCoverage[] {
  const exchanges = new Map(results.map((r) => [r.checkId, exchangesOf(r.evidence, operationOf)]));
  return flows.map((flow) => {
    const legal = flow.transitions.map((t) => ({ ...t, exercisedBy: new Set<string>() }));
    const operations = new Set(flow.transitions.filter((t) => t.from.length > 0).map((t) => t.operation));
    const illegal = [...operations].flatMap((operation) => {
      const allowed = new Set(flow.transitions.filter((t) => t.operation === operation).flatMap((t) => t.from));
      return flow.states.filter((s) => !allowed.has(s.id)).map((s) => ({ state: s.id, operation, refusedBy: new Set<string>() }));
    });
    // Indexed by state: an answer's reading can only complete a transition into its state or keep an illegal pair of it.
    const legalInto = groupBy(legal, (t) => t.to);
    const illegalOf = groupBy(illegal, (p) => p.state);
    const idProperty = idPropertyOf(flow);
    for (const result of results) {
      const own = exchanges.get(result.checkId)!;
      // Nothing is recorded for a flow without a reading of one of its resources (states and links come from those).
      if (!own.some((x) => x.objectsBy.has(idProperty))) continue;
      const steps = stepsOf(own, flow);
      const last = new Map<string, { state: string; at: number }>();
      const linkedTo = new Map<string, string>();
      steps.forEach((step, at) => {
        if (step.operation && step.status !== undefined && step.status >= 400 && step.status < 500) {
          // The resource the request names; when it names none of the flow, the one its path's ids were seen linked to.
          const direct = [...step.named].filter((id) => last.has(id));
          const targets = direct.length > 0 ? direct : step.path.flatMap((id) => (linkedTo.has(id) ? [linkedTo.get(id)!] : []));
          for (const id of targets) {
            const before = last.get(id);
            const pair = before && illegal.find((p) => p.operation === step.operation && p.state === before.state);
            if (pair) pair.refusedBy.add(result.checkId);
          }
        }
        for (const [id, owner] of step.links) linkedTo.set(id, owner);
        for (const [id, state] of step.seen) {
          const before = last.get(id);
          // A batch operation (its request names no resource of the flow, e.g. a payment run over every household)
          // that succeeded between two readings in the same state left a resource in a state it must not move from.
          const pairs = before && before.state === state ? (illegalOf.get(state) ?? []) : [];
          if (pairs.length > 0) {
            const batches = new Set<string>();
            for (let i = before!.at + 1; i <= at; i++) {
              const s = steps[i]!;
              if (s.operation && s.status !== undefined && s.status < 300 && !namesKnown(s, last, linkedTo)) batches.add(s.operation);
            }
            for (const p of pairs) if (batches.has(p.operation)) p.refusedBy.add(result.checkId);
          }
          for (const t of legalInto.get(state) ?? []) {
            const created = t.from.length === 0 && !before && step.operation === t.operation;
            const moved = before && t.from.includes(before.state) &&
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
