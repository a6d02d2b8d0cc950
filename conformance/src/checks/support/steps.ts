import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../engine/types.ts';
import { householdInput, uniqueSection } from '../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold, type Json } from '../data/households.ts';
import { isObject, send, type Answer, type SendInput } from './http.ts';

export type { Json };
export type Step = { ja: string; en: string };

/** A synthetic household of its own section, with the id of its (single) member. */
export async function newHousehold(ctx: CheckContext, client: HogoClient<Edition>): Promise<{ householdId: string; memberId: string; section: string }> {
  const section = uniqueSection();
  const household = await registerHousehold(ctx, client, householdInput(section));
  const memberId = membersOf(household)[0]?.memberId;
  if (typeof household.householdId !== 'string' || typeof memberId !== 'string') {
    return ctx.fail({ ja: '登録した世帯に世帯番号又は世帯員番号がない', en: 'the registered household has no householdId or memberId' });
  }
  return { householdId: household.householdId, memberId, section };
}

/** Sends and expects the status; the body otherwise ends the check as failed naming the step. */
export async function must(ctx: CheckContext, client: HogoClient<Edition>, operationId: string, input: SendInput, status: number, step: Step): Promise<Json> {
  return expectBody(ctx, await send(client, operationId, input), status, { ja: `${step.ja}（${operationId}）`, en: `${step.en} (${operationId})` });
}

/** A refusal: a 4xx other than 401 (the request was understood, authenticated, and refused). */
export const isRefusal = (answer: Answer) => answer.status >= 400 && answer.status < 500 && answer.status !== 401;

/** Sends what the standard says must be refused; an acceptance (or an odd status) fails the check. */
export async function mustRefuse(ctx: CheckContext, client: HogoClient<Edition>, operationId: string, input: SendInput, what: Step, allowed?: number[]): Promise<Answer> {
  const answer = await send(client, operationId, input);
  const ok = allowed ? allowed.includes(answer.status) : isRefusal(answer);
  if (!ok) {
    ctx.fail({
      ja: `${what.ja}が拒否されなかった（${operationId} の状態コード ${answer.status}${allowed ? `、期待 ${allowed.join('/')}` : ''}）`,
      en: `${what.en} was not refused (${operationId} answered ${answer.status}${allowed ? `, expected ${allowed.join('/')}` : ''})`,
    });
  }
  return answer;
}

/** The items of a page body. */
export const itemsOf = (body: Json): Json[] => (Array.isArray(body.items) ? body.items.filter(isObject) : []);

/** Every item of a list operation (following nextCursor, at most `maxPages` pages of 100). */
export async function allItems(ctx: CheckContext, client: HogoClient<Edition>, operationId: string, input: SendInput, step: Step, maxPages = 50): Promise<Json[]> {
  const all: Json[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const query = { ...(input.query ?? {}), limit: 100, ...(cursor !== undefined && { cursor }) };
    const body = await must(ctx, client, operationId, { ...input, query }, 200, step);
    all.push(...itemsOf(body));
    if (typeof body.nextCursor !== 'string' || body.nextCursor === '') break;
    cursor = body.nextCursor;
  }
  return all;
}

/** A date (YYYY-MM-DD) `days` from today. */
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A case-record entry input. */
export const caseRecordInput = (overrides: Json = {}): Json => ({
  recordedOn: '2025-04-01',
  category: 'visit',
  title: '家庭訪問',
  body: '見本 太郎 宅を訪問し、生活状況を確認した。',
  ...overrides,
});
