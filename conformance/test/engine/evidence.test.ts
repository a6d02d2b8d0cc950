import { describe, expect, it } from 'vitest';
import { Secrets } from '../../src/engine/redact.ts';
import { runChecks } from '../../src/engine/runner.ts';
import { check, fakeTarget, json, MY_NUMBER, options, TOKENS, v21 } from './fakes.ts';

describe('evidence', () => {
  it('records every exchange of a check, with tokens and 個人番号 redacted before they are stored', async () => {
    const target = fakeTarget(async (request) => {
      const sent = request.body === null ? null : await request.text();
      // A careless target echoes everything back: the token, the number as a string and as a JSON number.
      return json(200, { echo: sent, authorization: request.headers.get('authorization'), myNumber: Number(MY_NUMBER), [`k${MY_NUMBER}`]: 1 }, {
        'x-trace': `trace ${MY_NUMBER}`,
        'set-cookie': `session=${TOKENS.caseworker}`,
      });
    });
    const checks = [
      check('c.evidence', async (ctx) => {
        const client = v21(ctx.as('caseworker'));
        await client.call('getDeclaration');
        await client.POST('/applications', {
          body: { applicant: { myNumber: MY_NUMBER, note: `番号は${MY_NUMBER}です` } } as never,
          headers: { 'x-my-number': MY_NUMBER },
        });
        await v21(ctx.as('supervisor')).GET('/conformance', { params: { query: { q: MY_NUMBER } as never } });
        await v21(ctx.anonymous()).call('getHealth');
        ctx.note(`looked up ${MY_NUMBER}`);
        ctx.fail({ ja: `個人番号 ${MY_NUMBER} が返された（トークン ${TOKENS.caseworker}）`, en: `returned ${MY_NUMBER}` });
      }),
      check('c.other'),
    ];
    const results = await runChecks(checks, options(target));
    const [result, other] = results;

    // What was sent was not redacted: the target got the real token and number.
    expect(target.seen[0]!.headers.get('authorization')).toBe(`Bearer ${TOKENS.caseworker}`);
    expect(await target.seen[1]!.text()).toContain(MY_NUMBER);

    // What was stored was.
    const text = JSON.stringify(results);
    for (const secret of [MY_NUMBER, TOKENS.caseworker!, TOKENS.supervisor!]) expect(text).not.toContain(secret);
    expect(result!.status).toBe('fail');
    expect(result!.message!.ja).toBe('個人番号 [個人番号] が返された（トークン [redacted]）');
    expect(other!.evidence).toEqual([]); // each check has its own evidence

    const evidence = result!.evidence;
    expect(evidence.map((e) => e.request?.method ?? e.note)).toEqual(['GET', 'POST', 'GET', 'GET', 'looked up [個人番号]']);
    const [first, post, query, anonymous] = evidence;
    expect(first!.request!.url).toBe('https://target.example.lg.jp/api/conformance');
    expect(first!.request!.headers.authorization).toBe('Bearer [redacted]');
    expect(first!.response).toMatchObject({ status: 200, headers: { 'x-trace': 'trace [個人番号]', 'set-cookie': '[redacted]' } });
    expect(first!.response!.body).toMatchObject({ authorization: 'Bearer [redacted]', myNumber: '[個人番号]', 'k[個人番号]': 1 });
    expect(post!.request!.body).toEqual({ applicant: { myNumber: '[個人番号]', note: '番号は[個人番号]です' } });
    expect(post!.request!.headers['x-my-number']).toBe('[個人番号]');
    expect(post!.request!.headers['idempotency-key']).toBeTruthy(); // the request as sent, after the client's own headers
    expect(query!.request!.url).toBe('https://target.example.lg.jp/api/conformance?q=[個人番号]');
    expect(anonymous!.request!.headers).not.toHaveProperty('authorization');
  });

  it('stores non-JSON bodies as text (cut when long) and binary ones as a placeholder', async () => {
    const long = 'あ'.repeat(70_000);
    const huge = JSON.stringify({ households: Array.from({ length: 20_000 }, (_, i) => ({ householdId: `H-${i}`, note: '見本' })) });
    const target = fakeTarget((request) => {
      if (request.url.endsWith('/export')) return new Response(huge, { headers: { 'content-type': 'application/json' } });
      if (request.url.endsWith('/csv')) return new Response(`id,番号\n1,${MY_NUMBER}\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
      if (request.url.endsWith('/long')) return new Response(long, { headers: { 'content-type': 'text/plain' } });
      return new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), { headers: { 'content-type': 'application/pdf' } });
    });
    const [result] = await runChecks([
      check('c.bodies', async (ctx) => {
        const client = ctx.as('caseworker') as unknown as { GET(path: string, init: object): Promise<unknown> };
        for (const path of ['/csv', '/long', '/pdf', '/export']) await client.GET(path, { parseAs: 'text' });
      }),
    ], options(target));
    const bodies = result!.evidence.map((e) => e.response!.body as string);
    expect(bodies[0]).toBe('id,番号\n1,[個人番号]\n');
    expect(bodies[1]!.length).toBeLessThan(70_000);
    expect(bodies[1]!.endsWith('…[cut]')).toBe(true);
    expect(bodies[2]).toMatch(/^\[\d+ characters of application\/pdf\]$/);
    // A JSON body the size of a data set is kept as cut text, not parsed whole into the report.
    expect(huge.length).toBeGreaterThan(300_000);
    expect(typeof bodies[3]).toBe('string');
    expect(bodies[3]!.length).toBeLessThan(70_000);
    expect(bodies[3]!.endsWith('…[cut]')).toBe(true);
  });
});

describe('Secrets', () => {
  it('masks runs of exactly 12 digits (also glued to letters), and tokens it has seen', () => {
    const secrets = new Secrets();
    expect(secrets.text(`${MY_NUMBER} 1234567890123 12345678901 No${MY_NUMBER}`)).toBe('[個人番号] 1234567890123 12345678901 No[個人番号]');
    secrets.headers(new Headers({ authorization: 'Bearer abcdef-secret' }));
    expect(secrets.text('token=abcdef-secret;')).toBe('token=[redacted];');
    expect(secrets.value([123456789012, 12345678901, { n: -123456789012 }])).toEqual(['[個人番号]', 12345678901, { n: '[個人番号]' }]);
  });
});
