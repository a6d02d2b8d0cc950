import type { Bilingual, Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext, CheckDefinition } from '../../../engine/types.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, registerHousehold } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { isRefusal, resultFaults, TableLookup, vectorsById, type ExpectedResult, type Vector } from './vectors.ts';

/**
 * Case calculations (04.5.3–04.5.6): a registered household is calculated without re-keying, the result is
 * stored, listed and read by id, never changes, and a recalculation is a new calculation showing the difference.
 * The household is F1's (grade 1-1, region VI, 千代田区, rent 60,000, one member born 2001-04-02), so the
 * expected results are F1's (2021-07-01) and D1's (2021-12-01) from the standard's vectors.
 */

type Json = Record<string, unknown>;

function expectedOf(vector: Vector): ExpectedResult {
  if (isRefusal(vector.expected)) throw new Error(`vector ${vector.id} is a refusal`);
  return vector.expected;
}

/** The vector's household, registered through the API (its member the only one). */
async function registerVectorHousehold(ctx: CheckContext, client: HogoClient<Edition>, vector: Vector): Promise<string> {
  const input = vector.input as { grade: string; winterRegion: string; lgCode: string; monthlyRent: number; members: { birthDate: string }[] };
  const household = await registerHousehold(
    ctx,
    client,
    householdInput(uniqueSection(), {
      grade: input.grade,
      winterRegion: input.winterRegion,
      monthlyRent: input.monthlyRent,
      members: input.members.map((m) => member({ birthDate: m.birthDate })),
    }),
  );
  if (typeof household.householdId !== 'string') return ctx.fail({ ja: '登録した世帯に世帯番号がない', en: 'the registered household has no householdId' });
  return household.householdId;
}

async function createCalculation(ctx: CheckContext, client: HogoClient<Edition>, householdId: string, date: string): Promise<Json> {
  const answer = await send(client, 'createCaseCalculation', { path: { householdId }, body: { date } });
  const body = expectBody(ctx, answer, 201, { ja: `世帯の保護費算定（createCaseCalculation、${date}）`, en: `the case calculation (createCaseCalculation, ${date})` });
  if (typeof body.calculationId !== 'string' || body.calculationId === '') ctx.fail({ ja: '保存した算定結果に算定番号がない', en: 'the stored calculation has no calculationId' });
  return body;
}

async function readCalculation(ctx: CheckContext, client: HogoClient<Edition>, calculationId: string): Promise<Json> {
  const answer = await send(client, 'getCalculation', { path: { calculationId } });
  return expectBody(ctx, answer, 200, { ja: `算定結果 ${calculationId} の照会（getCalculation）`, en: `reading calculation ${calculationId} (getCalculation)` });
}

const failWith = (ctx: CheckContext, faults: Bilingual[]) => {
  if (faults.length > 0) ctx.fail({ ja: faults.map((f) => f.ja).join('。'), en: faults.map((f) => f.en).join('; ') });
};

/** Stable JSON (keys sorted) to compare a stored calculation as read at two times. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

export const caseCalculationFromHousehold = defineCheck({
  id: 'calculation.case.from-registered-household',
  title: { ja: '登録済みの世帯の級地・冬季加算地区・世帯員・家賃を再入力せずに算定し、保存・一覧・照会できる', en: "A registered household is calculated without re-keying, stored, listed and read by id" },
  verifies: ['04.5.3', '04.5.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const [f1] = vectorsById(ctx.edition, ['F1']);
    const householdId = await registerVectorHousehold(ctx, client, f1!);
    // Only the date is sent: everything else must come from the household record.
    const created = await createCalculation(ctx, client, householdId, String(f1!.input.date));
    const faults = (await resultFaults(created, expectedOf(f1!), new TableLookup(client), ctx.edition)).map((f) => ({ ja: `F1 の世帯: ${f.ja}`, en: `F1's household: ${f.en}` }));
    if (created.householdId !== householdId) faults.push({ ja: `算定結果の世帯番号が ${householdId} でない`, en: `householdId ${JSON.stringify(created.householdId)} instead of ${householdId}` });
    const id = String(created.calculationId);
    const read = await readCalculation(ctx, client, id);
    if (canonical(read) !== canonical(created)) faults.push({ ja: `照会した算定結果 ${id} が保存時の結果と異なる`, en: `calculation ${id} as read differs from the one stored` });
    const list = await send(client, 'listCaseCalculations', { path: { householdId }, query: { limit: 100 } });
    const listed = isObject(list.body) && Array.isArray(list.body.items) ? list.body.items.filter(isObject) : [];
    if (list.status !== 200 || !listed.some((c) => c.calculationId === id)) {
      faults.push({ ja: `世帯の算定結果の一覧（${list.status}）に ${id} がない`, en: `listCaseCalculations (${list.status}) does not list ${id}` });
    }
    // Negative: an unknown calculation id is 404.
    const unknown = await send(client, 'getCalculation', { path: { calculationId: `no-such-calculation-${Date.now()}` } });
    if (unknown.status !== 404) faults.push({ ja: `存在しない算定番号の照会が 404 でなく ${unknown.status}`, en: `an unknown calculation id answered ${unknown.status} instead of 404` });
    failWith(ctx, faults);
  },
});

type RawRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<{ response: Response }>;

export const storedCalculationImmutable = defineCheck({
  id: 'calculation.case.stored-never-changes',
  title: { ja: '保存した算定結果は変更・削除できず、再算定は新たな算定結果になる', en: 'A stored calculation cannot be changed or deleted; a recalculation is a new one' },
  verifies: ['04.5.5'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const [f1, d1] = vectorsById(ctx.edition, ['F1', 'D1']);
    const householdId = await registerVectorHousehold(ctx, client, f1!);
    const first = await createCalculation(ctx, client, householdId, String(f1!.input.date));
    const id = String(first.calculationId);
    const before = canonical(await readCalculation(ctx, client, id));
    const faults: Bilingual[] = [];

    // Attempts to change or delete it through the API: none may succeed.
    const request = (client as unknown as { request: RawRequest }).request;
    const change = { payment: 1, minimumCost: 1, note: '変更の試み' };
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const { response } = await request(method, '/calculations/{calculationId}', {
        params: { path: { calculationId: id } },
        ...(method === 'DELETE' ? {} : { body: method === 'PUT' ? { ...first, ...change } : change }),
        headers: { 'If-Match': '*' },
        parseAs: 'text',
      });
      if (response.ok) faults.push({ ja: `${method} /calculations/${id} が ${response.status} で受け付けられた`, en: `${method} /calculations/${id} was accepted (${response.status})` });
    }

    // A recalculation (December) is a new calculation with the standard's December amounts; the first is unchanged.
    const second = await createCalculation(ctx, client, householdId, String(d1!.input.date));
    if (second.calculationId === id) faults.push({ ja: '再算定が同じ算定番号で保存された（前の算定結果の上書き）', en: 'the recalculation was stored under the same calculationId (overwriting)' });
    const d1Faults = await resultFaults(second, expectedOf(d1!), new TableLookup(client), ctx.edition);
    faults.push(...d1Faults.map((f) => ({ ja: `再算定（D1）: ${f.ja}`, en: `recalculation (D1): ${f.en}` })));
    const after = await send(client, 'getCalculation', { path: { calculationId: id } });
    if (after.status !== 200) faults.push({ ja: `算定結果 ${id} が照会できなくなった（${after.status}）`, en: `calculation ${id} can no longer be read (${after.status})` });
    else if (canonical(after.body) !== before) faults.push({ ja: `保存した算定結果 ${id} が変わった`, en: `stored calculation ${id} changed` });
    failWith(ctx, faults);
  },
});

/** 04.5.6 is an option in 2.0 and mandatory in 2.1. */
export const differenceFromPrevious = defineCheck({
  id: 'calculation.case.difference-from-previous',
  title: { ja: '世帯の算定結果に直前の算定結果との保護費の差額が示される', en: "A case calculation shows the difference from the household's previous one" },
  verifies: ['04.5.6'],
  async run(ctx) {
    if (ctx.edition === '2.0' && !ctx.declared.has('04.5.6')) ctx.skip('declaration of the standard option 04.5.6');
    const client = requireClient(ctx, 'caseworker');
    const [f1, d1] = vectorsById(ctx.edition, ['F1', 'D1']);
    const householdId = await registerVectorHousehold(ctx, client, f1!);
    const first = await createCalculation(ctx, client, householdId, String(f1!.input.date));
    const second = await createCalculation(ctx, client, householdId, String(d1!.input.date));
    const faults: Bilingual[] = [];
    // The difference of the standard's payments for the two dates (D1 − F1), from the vectors.
    const difference = expectedOf(d1!).payment - expectedOf(f1!).payment;
    if (second.previousCalculationId !== first.calculationId) {
      faults.push({ ja: `前回算定番号が ${String(first.calculationId)} でなく ${JSON.stringify(second.previousCalculationId)}`, en: `previousCalculationId ${JSON.stringify(second.previousCalculationId)} instead of ${String(first.calculationId)}` });
    }
    if (second.differenceFromPrevious !== difference) {
      faults.push({ ja: `前回との差額が ${difference} 円でなく ${JSON.stringify(second.differenceFromPrevious)}`, en: `differenceFromPrevious ${JSON.stringify(second.differenceFromPrevious)} instead of ${difference}` });
    }
    // Negative: the household's first calculation has no previous one to differ from.
    if (first.differenceFromPrevious !== undefined && first.differenceFromPrevious !== null) {
      faults.push({ ja: '最初の算定結果に前回との差額がある', en: 'the first calculation of the household shows a difference from a previous one' });
    }
    failWith(ctx, faults);
  },
});

export const storedChecks = (): CheckDefinition[] => [caseCalculationFromHousehold, storedCalculationImmutable, differenceFromPrevious];
