import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../engine/types.ts';
import { isObject, send, type Answer } from '../support/http.ts';

export type Json = Record<string, unknown>;

/** Registers a household (the fixture of a check); a refusal ends the check, naming what was refused. */
export async function registerHousehold(ctx: CheckContext, client: HogoClient<Edition>, body: Json): Promise<Json> {
  const answer = await send(client, 'createHousehold', { body });
  return expectBody(ctx, answer, 201, { ja: '試験用の世帯の登録（createHousehold）', en: 'registering the test household (createHousehold)' });
}

/** The body of an answer of the expected status; otherwise the check fails naming the step. */
export function expectBody(ctx: CheckContext, answer: Answer, status: number, step: { ja: string; en: string }): Json {
  if (answer.status !== status || !isObject(answer.body)) {
    return ctx.fail({
      ja: `${step.ja}が ${status} で応答しなかった（状態コード ${answer.status}）`,
      en: `${step.en} did not answer ${status} (status ${answer.status})`,
    });
  }
  return answer.body;
}

/** The households of a section (listHouseholds filtered by 係, one page of up to 100). */
export async function householdsIn(ctx: CheckContext, client: HogoClient<Edition>, section: string): Promise<Json[]> {
  const answer = await send(client, 'listHouseholds', { query: { section, limit: 100 } });
  const body = expectBody(ctx, answer, 200, { ja: `係「${section}」の世帯の一覧（listHouseholds）`, en: `listing the households of section "${section}" (listHouseholds)` });
  return Array.isArray(body.items) ? body.items.filter(isObject) : [];
}

/** The members of a household body. */
export function membersOf(household: Json): Json[] {
  return Array.isArray(household.members) ? household.members.filter(isObject) : [];
}

/** Text as its code points (U+XXXX …), to show exactly what differs. */
export function codePoints(text: unknown): string {
  if (typeof text !== 'string') return String(text);
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
