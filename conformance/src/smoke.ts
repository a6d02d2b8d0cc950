import { createHogoClient, type Bilingual, type Edition, type FetchLike, type HogoClient } from '@hogo-kit/sdk';
import { householdInput, uniqueSection } from './checks/data/fixtures.ts';
import { isObject, send } from './checks/support/http.ts';
import { tokenVariable } from './run.ts';
import { timedFetch } from './timed-fetch.ts';

/**
 * `hogo-conformance smoke`: in seconds, whether a target can be checked at all — it answers, it asks for a
 * credential, the configured token is accepted, and one write reads back. Each way it can fail has its own
 * message, so a vendor setting up CI learns what to fix before a full run.
 */

export type SmokeStepId = 'health' | 'authentication' | 'token' | 'round-trip';
export interface SmokeStep {
  id: SmokeStepId;
  status: 'ok' | 'warn' | 'fail' | 'skip';
  message: Bilingual;
  durationMs: number;
}
export interface SmokeOptions {
  baseUrl: string;
  edition: Edition;
  tokens: Record<string, string>;
  fetch?: FetchLike;
  timeoutMs?: number;
}

const msg = (ja: string, en: string): Bilingual => ({ ja, en });
type Outcome = Omit<SmokeStep, 'id' | 'durationMs'>;

/** Why a request got no answer, from the error fetch threw (Node's undici puts the system code in `cause`). */
export function transportFailure(error: unknown, timeoutMs: number): Bilingual {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { name?: string })?.name ?? '';
  if (code === 'TimeoutError' || code === 'AbortError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') {
    return msg(`${timeoutMs} ms 以内に応答がありません（対象が停止しているか、経路が遮断されています）`, `no answer within ${timeoutMs} ms (the target hangs or the route is blocked)`);
  }
  if (code === 'ECONNREFUSED') return msg('接続を拒否されました（URL のポート、又は対象が起動しているかを確認してください）', 'connection refused (check the port in the URL, and that the target is running)');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return msg('ホスト名を解決できません（URL のホスト名を確認してください）', 'the host name does not resolve (check the host in the URL)');
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return msg('接続が途中で切断されました', 'the connection was reset');
  if (/CERT|SSL|TLS/i.test(code) || /certificate/i.test(cause?.message ?? '')) return msg(`TLS 証明書を検証できません（${code}）`, `the TLS certificate cannot be verified (${code})`);
  const text = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return msg(`応答を得られません: ${text}`, `no answer: ${text}`);
}

async function health(fetch: FetchLike, baseUrl: string, timeoutMs: number): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(new Request(new URL('health', `${baseUrl.replace(/\/+$/, '')}/`)));
  } catch (error) {
    const why = transportFailure(error, timeoutMs);
    return { status: 'fail', message: msg(`GET /health: ${why.ja}`, `GET /health: ${why.en}`) };
  }
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (response.status === 404) return { status: 'fail', message: msg('GET /health が 404 です（--target が標準 API のルート URL か確認してください）', 'GET /health answered 404 (is --target the root URL of the standard API?)') };
  if (response.status !== 200) return { status: 'fail', message: msg(`GET /health が状態コード ${response.status} を返しました`, `GET /health answered status ${response.status}`) };
  if (!/json/i.test(type)) return { status: 'fail', message: msg(`GET /health の応答が JSON ではありません（Content-Type: ${type || 'なし'}）`, `GET /health did not answer JSON (Content-Type: ${type || 'none'})`) };
  try {
    JSON.parse(text);
  } catch {
    return { status: 'fail', message: msg('GET /health の応答本文が JSON として読めません', 'the body of GET /health is not valid JSON') };
  }
  return { status: 'ok', message: msg('稼働確認に応答しました', 'the target answers GET /health') };
}

async function unauthenticated(client: HogoClient<Edition>): Promise<Outcome> {
  const answer = await send(client, 'listHouseholds', { query: { limit: 1 } });
  if (answer.status === 401) return { status: 'ok', message: msg('資格情報のない要求は 401 で拒否されました', 'a request without a credential is refused with 401') };
  if (answer.status === 200) return { status: 'fail', message: msg('資格情報のない要求に世帯の一覧が返されました（認証が無効です）', 'a request without a credential got the household list (authentication is off)') };
  return { status: 'fail', message: msg(`資格情報のない GET /households が 401 でなく ${answer.status} を返しました`, `GET /households without a credential answered ${answer.status}, not 401`) };
}

async function token(client: HogoClient<Edition>, role: string, edition: Edition): Promise<Outcome> {
  const answer = await send(client, 'getDeclaration');
  if (answer.status === 401) return { status: 'fail', message: msg(`役割 ${role} のトークンが拒否されました（401）`, `the ${role} token is refused (401)`) };
  if (answer.status === 403) return { status: 'fail', message: msg(`役割 ${role} のトークンでは適合宣言を読めません（403）`, `the ${role} token may not read the declaration (403)`) };
  if (answer.status !== 200 || !isObject(answer.body)) {
    return { status: 'fail', message: msg(`適合宣言（GET /conformance）が状態コード ${answer.status} を返しました`, `the declaration (GET /conformance) answered status ${answer.status}`) };
  }
  const declaration = answer.body as { edition?: unknown; product?: { name?: unknown; version?: unknown } };
  const product = `${String(declaration.product?.name ?? '?')} ${String(declaration.product?.version ?? '')}`.trim();
  if (declaration.edition !== edition) {
    return { status: 'warn', message: msg(`適合宣言の版は ${String(declaration.edition)} です（検証する版は ${edition}）: ${product}`, `the declaration is for edition ${String(declaration.edition)} (checking ${edition}): ${product}`) };
  }
  return { status: 'ok', message: msg(`役割 ${role} のトークンが受け付けられました: ${product}`, `the ${role} token is accepted: ${product}`) };
}

async function roundTrip(client: HogoClient<Edition>): Promise<Outcome> {
  const body = householdInput(uniqueSection());
  const created = await send(client, 'createHousehold', { body });
  const id = isObject(created.body) ? created.body.householdId : undefined;
  if (created.status !== 201 || typeof id !== 'string') {
    return { status: 'fail', message: msg(`試験用の世帯の登録（POST /households）が状態コード ${created.status} を返しました`, `registering a synthetic household (POST /households) answered status ${created.status}`) };
  }
  const read = await send(client, 'getHousehold', { path: { householdId: id } });
  if (read.status !== 200 || !isObject(read.body) || read.body.section !== body.section) {
    return { status: 'fail', message: msg(`登録した世帯 ${id} を読み返せないか、内容が異なります（状態コード ${read.status}）`, `household ${id} cannot be read back as registered (status ${read.status})`) };
  }
  return { status: 'ok', message: msg(`試験用の世帯を1件登録し、読み返しました（${id}）`, `registered one synthetic household and read it back (${id})`) };
}

/** Runs the smoke steps in order; a step whose ground failed is skipped, saying which. */
export async function smoke(options: SmokeOptions): Promise<{ ok: boolean; steps: SmokeStep[] }> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const fetch = timedFetch(options.fetch ?? ((request) => globalThis.fetch(request)), timeoutMs);
  const client = (token?: string) => createHogoClient<Edition>({ baseUrl: options.baseUrl, edition: options.edition, fetch, retry: false, ...(token && { token }) });
  const role = options.tokens.caseworker !== undefined ? 'caseworker' : Object.keys(options.tokens)[0];
  const steps: SmokeStep[] = [];
  const step = async (id: SmokeStepId, run: () => Promise<Outcome>, needs?: SmokeStepId) => {
    const started = Date.now();
    const ground = steps.find((s) => s.id === needs);
    let outcome: Outcome;
    if (ground && (ground.status === 'fail' || ground.status === 'skip')) outcome = { status: 'skip', message: msg(`前の段階（${needs}）が失敗したため実行しません`, `not tried: ${needs} failed`) };
    else {
      try {
        outcome = await run();
      } catch (error) {
        const why = transportFailure(error, timeoutMs);
        outcome = { status: 'fail', message: why };
      }
    }
    steps.push({ id, ...outcome, durationMs: Date.now() - started });
  };
  await step('health', () => health(fetch, options.baseUrl, timeoutMs));
  await step('authentication', () => unauthenticated(client()), 'health');
  await step('token', async () => role === undefined
    ? { status: 'fail', message: msg(`トークンが設定されていません（hogo.config.json の tokens、又は環境変数 ${tokenVariable('caseworker')} など）`, `no token configured (tokens in hogo.config.json, or ${tokenVariable('caseworker')} etc.)`) }
    : token(client(options.tokens[role]), role, options.edition), 'health');
  await step('round-trip', async () => options.tokens.caseworker === undefined
    ? { status: 'skip', message: msg('役割 caseworker のトークンがないため、登録と読み返しは行いません', 'no caseworker token: the write and read-back was not tried') }
    : roundTrip(client(options.tokens.caseworker)), 'token');
  return { ok: steps.every((s) => s.status === 'ok' || s.status === 'warn' || (s.id === 'round-trip' && s.status === 'skip')), steps };
}
