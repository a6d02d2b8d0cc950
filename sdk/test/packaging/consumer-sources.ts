/**
 * The consumer project the packaging test writes out: one program, as ESM (consumer.ts) and CJS
 * (consumer.cts), type-checked with tsc against the installed .d.ts and then run with node.
 * The `@ts-expect-error` lines make tsc fail if the types were lost (any) in the build.
 */

const BODY = `
type Adapter = Pick<HogoAdapter, 'createHousehold'>;

/** A toy adapter: one operation, no store. */
const adapter = {
  async createHousehold({ body }) {
    if (body.members.filter((m) => m.relationship === '01').length !== 1) {
      throw unprocessable('one-head-of-household', { ja: '世帯主は1人です。', en: 'Exactly one head of household.' });
    }
    const members = body.members.map((m, i) => ({ ...m, memberId: 'M-' + (i + 1), viewingRestricted: false }));
    return { ...body, householdId: 'H-1', protectionStatus: 'none' as const, members };
  },
} satisfies Adapter;

async function main(): Promise<Record<string, unknown>> {
  const app = Fastify();
  await app.register(hogoPlugin(adapter, {
    edition: '2.1',
    docs: false,
    verifyToken: (token) => (token === 'secret' ? { staffId: 'cw-1', roles: ['caseworker'] } : null),
  }));
  await app.ready();

  // The client speaks to the plugin through app.inject (no port is opened).
  const viaInject = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const payload = request.body ? await request.text() : undefined;
    const res = await app.inject({
      method: request.method as 'GET', url: url.pathname + url.search, headers: Object.fromEntries(request.headers), ...(payload ? { payload } : {}),
    });
    const headers = Object.entries(res.headers).map(([k, v]): [string, string] => [k, String(v)]);
    return new Response(res.body, { status: res.statusCode, headers });
  };
  const client = createHogoClient({ baseUrl: 'http://consumer.invalid', token: 'secret', fetch: viaInject });

  const input = {
    lgCode: '131016',
    address: { lgCode: '131016', text: '千代田1-1' },
    grade: '1-1' as const,
    winterRegion: 'VI' as const,
    members: [{ name: { family: '山田', given: '太郎' }, birthDate: '1985-04-01', sex: '1' as const, relationship: '01' as const }],
  };
  const created = await client.call('createHousehold', { body: input });
  const householdId: string = created.householdId;
  const grade: '1-1' | '1-2' | '2-1' | '2-2' | '3-1' | '3-2' = created.grade;
  void grade;

  const problem = async (run: () => Promise<unknown>) => {
    try { await run(); } catch (error) { if (error instanceof HogoProblem) return error; throw error; }
    throw new Error('expected a problem');
  };
  // @ts-expect-error '9-9' is not a 級地: the client's types refuse it, the server answers 400
  const invalid = await problem(() => client.call('createHousehold', { body: { ...input, grade: '9-9' } }));
  const raw = await app.inject({ method: 'POST', url: '/households', headers: { authorization: 'Bearer secret' }, payload: { ...input, grade: '9-9' } });
  const twoHeads = await problem(() => client.call('createHousehold', { body: { ...input, members: [...input.members, ...input.members] } }));
  await app.close();

  const created201 = await (async () => {
    const again = Fastify();
    await again.register(hogoPlugin(adapter, { edition: '2.1', docs: false, verifyToken: () => ({ staffId: 's', roles: ['intake'] }) }));
    const res = await again.inject({ method: 'POST', url: '/households', headers: { authorization: 'Bearer x' }, payload: input });
    await again.close();
    return res.statusCode;
  })();

  return {
    created: created201, householdId, invalid: invalid.status, invalidPointer: invalid.errors[0]?.pointer,
    problemType: String(raw.headers['content-type']).split(';')[0], domainError: twoHeads.status, clientProblem: twoHeads.code,
  };
}

function neverCalled(client: ReturnType<typeof createHogoClient>) {
  // @ts-expect-error there is no such operation
  void client.call('createHouse', {});
}
void neverCalled;
`;

export const ESM_CONSUMER = `import Fastify from 'fastify';
import { createHogoClient, HogoProblem, unprocessable, type HogoAdapter } from '@hogo-kit/sdk';
import { hogoPlugin } from '@hogo-kit/sdk/fastify';
${BODY}
console.log(JSON.stringify(await main()));
`;

/** CJS: first the client-only entry, and a look at what it loaded, then fastify and the plugin. */
export const CJS_CONSUMER = `import sdk = require('@hogo-kit/sdk');
const fastifyLoaded = Object.keys(require.cache).some((path) => /[\\\\/]node_modules[\\\\/](fastify|msw)[\\\\/]/.test(path));
import Fastify = require('fastify');
import plugin = require('@hogo-kit/sdk/fastify');
const { createHogoClient, HogoProblem, unprocessable } = sdk;
const { hogoPlugin } = plugin;
type HogoAdapter = sdk.HogoAdapter;
${BODY}
main().then((result) => console.log(JSON.stringify({ ...result, fastifyLoaded })), (error) => { console.error(error); process.exit(1); });
`;

export const TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    types: ['node'], skipLibCheck: false, esModuleInterop: true, outDir: '.', rootDir: '.',
  },
  files: ['consumer.ts', 'consumer.cts'],
}, null, 2);
