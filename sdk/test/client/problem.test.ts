import { describe, expect, it } from 'vitest';
import { createHogoClient, HogoProblem, isHogoProblem, problemFrom } from '../../src/client/index.ts';
import { BASE, json, recordingFetch } from './recorder.ts';

const validation = {
  type: 'urn:hogo-kit:problem:validation-failed',
  title: '入力内容に誤りがあります',
  status: 400,
  detail: '1 件の項目に誤りがあります。',
  instance: '/households',
  code: 'validation-failed',
  en: { title: 'The request is invalid', detail: '1 field is invalid.' },
  errors: [{ pointer: '/body/members/0/birthDate', code: 'format', message: { ja: '日付の形式ではありません', en: 'Not a date' } }, { nonsense: true }],
};

describe('HogoProblem', () => {
  it('carries every field of a problem+json body and the raw response', async () => {
    const { fetch } = recordingFetch(new Response(JSON.stringify(validation), { status: 400, headers: { 'content-type': 'application/problem+json' } }));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    const error = await client.call('getHousehold', { path: { householdId: 'H1' } }).catch((e: unknown) => e);
    expect(isHogoProblem(error)).toBe(true);
    const p = error as HogoProblem;
    expect(p).toBeInstanceOf(Error);
    expect(p).toMatchObject({
      name: 'HogoProblem',
      status: 400,
      type: 'urn:hogo-kit:problem:validation-failed',
      title: '入力内容に誤りがあります',
      detail: '1 件の項目に誤りがあります。',
      code: 'validation-failed',
      instance: '/households',
      en: { title: 'The request is invalid', detail: '1 field is invalid.' },
      message: '400 validation-failed: The request is invalid (/body/members/0/birthDate Not a date)',
    });
    expect(p.errors).toEqual([validation.errors[0]]);
    expect(p.at('/body/members/0/birthDate')[0]?.message?.en).toBe('Not a date');
    expect(p.response.status).toBe(400);
    expect(p.response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('survives a body that is not JSON', async () => {
    const { fetch } = recordingFetch(new Response('<html><body>Bad Gateway</body></html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    const p = (await client.call('getHealth').catch((e: unknown) => e)) as HogoProblem;
    expect(p).toBeInstanceOf(HogoProblem);
    expect(p).toMatchObject({ status: 502, type: 'about:blank', title: 'Bad Gateway', code: 'http-502', errors: [] });
    expect(p.detail).toContain('Bad Gateway');
    expect(p.en).toBeUndefined();
  });

  it('survives an empty body and JSON that is not a problem', async () => {
    const empty = new HogoProblem(new Response(null, { status: 404 }), undefined);
    expect(empty).toMatchObject({ status: 404, title: 'HTTP 404', code: 'http-404', errors: [] });
    expect(empty.detail).toBeUndefined();
    const odd = new HogoProblem(new Response('[1]', { status: 500 }), [1]);
    expect(odd).toMatchObject({ status: 500, code: 'http-500' });
    const wrongTypes = new HogoProblem(new Response('{}', { status: 409 }), { title: 7, code: null, errors: 'x', en: 'y' });
    expect(wrongTypes).toMatchObject({ status: 409, title: 'HTTP 409', code: 'http-409', errors: [] });
  });

  it('is read from a failed response by problemFrom', async () => {
    const p = await problemFrom(new Response(JSON.stringify(validation), { status: 400 }));
    expect(p.code).toBe('validation-failed');
    const text = await problemFrom(new Response('upstream timed out', { status: 504 }));
    expect(text).toMatchObject({ status: 504, detail: 'upstream timed out', body: 'upstream timed out' });
  });
});

describe('call', () => {
  it('sends path and query parameters and the body, and answers the body', async () => {
    const { fetch, requests } = recordingFetch(json({ items: [], nextCursor: null }), json({ householdId: 'H1' }));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    await client.call('listClaims', { query: { householdId: 'H1', limit: 5 } });
    const updated = await client.call('updateHousehold', { path: { householdId: 'H1' }, body: { section: 'B' } });
    expect(updated).toEqual({ householdId: 'H1' });
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`)).toEqual([
      'GET /api/claims?householdId=H1&limit=5',
      'PATCH /api/households/H1',
    ]);
    expect(requests[1]?.body).toEqual({ section: 'B' });
    expect(requests[1]?.headers['content-type']).toBe('application/json');
  });

  it('answers text for an operation whose success is text/csv', async () => {
    const { fetch } = recordingFetch(new Response('householdId\nH1\n', { status: 200, headers: { 'content-type': 'text/csv' } }));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    await expect(client.call('createExtraction', { body: {} as never })).resolves.toBe('householdId\nH1\n');
  });

  it('refuses an operation the edition does not have', async () => {
    const client = createHogoClient({ baseUrl: BASE, edition: '2.0', fetch: async () => json({}) });
    await expect(client.call('listTasks' as never)).rejects.toThrow(/2\.0 has no operation listTasks/);
  });
});
