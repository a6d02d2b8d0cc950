import { describe, expect, it } from 'vitest';
import { contractValidator, operationMatcher } from '../../src/engine/contract.ts';
import { runChecks } from '../../src/engine/runner.ts';
import { defineCheck } from '../../src/engine/registry.ts';
import { createHogoClient, type Edition, type FetchLike } from '@hogo-kit/sdk';

const BASE = 'http://target.test/api/v2';

describe('the contract every answer is held against', () => {
  it('finds the operation by method and path below the base URL, literal segments first', () => {
    const match = operationMatcher('2.1', BASE);
    expect(match('GET', `${BASE}/households/H-1`)).toBe('getHousehold');
    expect(match('PATCH', `${BASE}/households/H-1`)).toBe('updateHousehold');
    expect(match('GET', `${BASE}/households?limit=1`)).toBe('listHouseholds');
    expect(match('GET', `${BASE}/health`)).toBe('getHealth');
    expect(match('GET', 'http://target.test/households/H-1')).toBeUndefined(); // outside the base path
    expect(match('DELETE', `${BASE}/health`)).toBeUndefined();
  });

  it('accepts answers that match their schema and names what does not', () => {
    const validate = contractValidator('2.1', BASE);
    expect(validate('GET', `${BASE}/health`, 200, JSON.stringify({ status: 'ok', checkedAt: '2026-11-22T00:00:00Z' }))).toBeUndefined();
    const problem = { type: 'urn:x', title: '見つかりません', status: 404 };
    expect(validate('GET', `${BASE}/households/H-1`, 404, JSON.stringify(problem))).toBeUndefined();
    expect(validate('GET', `${BASE}/households/H-1`, 404, '<html>not found</html>')?.en).toMatch(/not valid JSON/);
    expect(validate('GET', `${BASE}/households/H-1`, 404, JSON.stringify({ error: 'x' }))?.en).toMatch(/getHousehold \(status 404\) does not match.*required/);
    expect(validate('GET', `${BASE}/households/H-1`, 200, JSON.stringify({ householdId: 5 }))?.ja).toMatch(/スキーマに適合しない/);
    expect(validate('GET', `${BASE}/households/H-1`, 299, '{}')?.en).toMatch(/status 299 is not a response of getHousehold/);
    // A text/csv success answer is held against its schema as text, not parsed as JSON.
    expect(validate('POST', `${BASE}/extractions`, 200, 'household-id\r\nH-1\r\n')).toBeUndefined();
  });

  it('holds the value a caller already parsed from the text, unchanged, instead of parsing it again', () => {
    const validate = contractValidator('2.1', BASE);
    const value = { status: 'ok', checkedAt: '2026-11-22T00:00:00Z' };
    const text = JSON.stringify(value);
    expect(validate('GET', `${BASE}/health`, 200, text, { value })).toBeUndefined();
    expect(validate('GET', `${BASE}/health`, 200, text, { value: { status: 12 } })?.en).toMatch(/getHealth \(status 200\) does not match/);
    expect(value).toEqual(JSON.parse(text));
  });

  it('fails a check that passed on an answer breaking the schema, with the reason', async () => {
    const fetch: FetchLike = async () => new Response(JSON.stringify({ status: 12 }), { status: 200, headers: { 'content-type': 'application/json' } });
    const check = defineCheck({
      id: 'x.health', title: { ja: '稼働確認', en: 'health' }, verifies: ['14.6.3'],
      async run(ctx) {
        await ctx.anonymous().GET('/health' as never);
      },
    });
    const [result] = await runChecks([check], {
      edition: '2.1', declared: new Set(), fetch, contract: contractValidator('2.1', BASE),
      clientFor: (_, recording) => createHogoClient<Edition>({ baseUrl: BASE, edition: '2.1', fetch: recording, retry: false }),
    });
    expect(result?.status).toBe('fail');
    expect(result?.message?.en).toMatch(/getHealth \(status 200\) does not match/);
    expect(result?.evidence[0]?.note).toMatch(/does not match/);
  });
});
