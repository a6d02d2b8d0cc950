import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { flowsOf } from '../../catalogue.ts';
import type { CheckContext } from '../../engine/types.ts';
import { expectUnchanged, failWith, type Fault } from '../data/refusals.ts';
import { send, type SendInput } from '../support/http.ts';
import { must, type Json } from '../support/steps.ts';

/**
 * What the flow checks share: a resource of a business flow read through the standard API (so that its state
 * is seen right before an operation), and the operations its flow does not allow from that state, each of
 * which must be refused with 409 (the contract's answer to an illegal transition: 現在の状態では実行できません)
 * and change nothing.
 */

type Client = HogoClient<Edition>;

/** A resource of a flow (its id in spec/src/flows): the operation that reads it, its path, its state item and its name. */
export interface FlowResource {
  flow: string;
  read: string;
  path: Record<string, string>;
  stateItem: string;
  name: Fault;
}

/** The state as the standard names it in Japanese, with its id: 差戻し（rejected）. */
function stateJa(edition: Edition, resource: FlowResource, state: string): string {
  const states = flowsOf(edition).find((f) => f.id === resource.flow)?.states as { id: string; ja?: string }[] | undefined;
  return `${states?.find((s) => s.id === state)?.ja ?? state}（${state}）`;
}

/** An operation sent to the resource (by `client` when given), named in Japanese for the report. */
export interface Attempt {
  operation: string;
  ja: string;
  input: SendInput;
  client?: Client;
}

/** Reads the resource; the check fails unless it is in `state` (a legal transition did not lead there). */
export async function readIn(ctx: CheckContext, client: Client, resource: FlowResource, state: string): Promise<Json> {
  const read = await must(ctx, client, resource.read, { path: resource.path }, 200, { ja: `${resource.name.ja}の照会`, en: `reading the ${resource.name.en}` });
  const actual = read[resource.stateItem];
  if (actual !== state) {
    ctx.fail({
      ja: `${resource.name.ja}の状態（${resource.stateItem}）が${stateJa(ctx.edition, resource, state)}でなく ${String(actual)}`,
      en: `the ${resource.name.en}'s ${resource.stateItem} is ${String(actual)}, not ${state}`,
    });
  }
  return read;
}

/**
 * Reads the resource in `state`, sends each attempt (the flow allows none of them from that state): each must
 * answer 409; then reads it again: still as it was. Every attempt is tried; any fault then ends the check (an
 * accepted attempt leaves the resource in a state the rest of the check did not plan for).
 */
export async function refusedIn(ctx: CheckContext, client: Client, resource: FlowResource, state: string, attempts: Attempt[]): Promise<void> {
  const faults: Fault[] = [];
  const before = await readIn(ctx, client, resource, state);
  for (const attempt of attempts) {
    const answer = await send(attempt.client ?? client, attempt.operation, attempt.input);
    if (answer.status !== 409) {
      faults.push({
        ja: `${attempt.ja}（${attempt.operation}）が 409 で拒否されなかった（状態コード ${answer.status}）`,
        en: `${attempt.operation} on the ${resource.name.en} in state ${state} was not refused with 409 (status ${answer.status})`,
      });
    }
  }
  const after = await must(ctx, client, resource.read, { path: resource.path }, 200, { ja: `拒否の後の${resource.name.ja}の照会`, en: `reading the ${resource.name.en} after the refusals` });
  expectUnchanged(before, after, { ja: `${stateJa(ctx.edition, resource, state)}の${resource.name.ja}`, en: `the ${resource.name.en} in state ${state}` }, faults);
  failWith(ctx, { ja: `${stateJa(ctx.edition, resource, state)}の${resource.name.ja}に対し、業務の流れが認めない操作が拒否されない`, en: `Operations the flow does not allow on the ${resource.name.en} in state ${state} are not refused` }, faults);
}
