/** The child processes of bench/server.ts: a server (reference or bare fastify) on a free port, or 総合照会 in-process. */
import { percentile, SECTIONS, TOKEN, type Edition, type Ready } from './common.ts';
import { busyWait, type Work } from './work.ts';

/** The households of a freshly seeded reference server that have members, with their ETags. */
export async function demoHouseholds(edition: Edition) {
  const { buildApp } = await import('@hogo-kit/reference-server');
  const ref = await buildApp({ edition, seed: 'demo', docs: false });
  const list = await ref.app.inject({ method: 'GET', url: '/households?limit=100', headers: { authorization: TOKEN } });
  const items = (JSON.parse(list.body) as { items: { householdId: string; members?: unknown[] }[] }).items.filter((h) => (h.members?.length ?? 0) > 0);
  return { ref, items };
}

/** Child: the reference server with the demo seed, listening on a free local port. */
export async function serveReference(edition: Edition): Promise<{ close: () => Promise<unknown>; ready: Ready }> {
  const { ref, items } = await demoHouseholds(edition);
  const households = [];
  for (const item of items) {
    const got = await ref.app.inject({ method: 'GET', url: `/households/${item.householdId}`, headers: { authorization: TOKEN } });
    households.push({ id: item.householdId, etag: String(got.headers.etag) });
  }
  await ref.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (ref.app.server.address() as { port: number }).port;
  return { close: () => ref.app.close(), ready: { port, households } };
}

/**
 * Child: bare fastify serving the same household payload through the same compiled JSON Schemas, nothing else; with
 * `work`, each request also busy-waits that many µs (the calibration target bare-work, work.ts).
 */
export async function serveBare(edition: Edition, work?: Work): Promise<{ close: () => Promise<unknown>; ready: Ready }> {
  const { default: Fastify } = await import('fastify');
  const { editionSchemas } = await import('../../sdk/src/engine/schemas.ts');
  const { ref, items } = await demoHouseholds(edition);
  const payloads = new Map<string, Record<string, unknown>>();
  for (const item of items) {
    const got = await ref.app.inject({ method: 'GET', url: `/households/${item.householdId}`, headers: { authorization: TOKEN } });
    payloads.set(item.householdId, JSON.parse(got.body) as Record<string, unknown>);
  }
  await ref.app.close();
  const schemas = editionSchemas(edition);
  const validator = (id: string) => {
    const found = schemas.body.getSchema(id);
    if (!found) throw new Error(`no schema ${id}`);
    return found;
  };
  const household = validator('Household.json');
  const householdPatch = validator('HouseholdPatch.json');
  const idParams = schemas.params.compile({ type: 'object', required: ['householdId'], properties: { householdId: { type: 'string', maxLength: 64 } } });
  const app = Fastify({ logger: false });
  // The SDK's validators stand in for fastify's own compiler: the same schemas, the same ajv options.
  app.setValidatorCompiler(({ schema }) => ((schema as { $id?: string }).$id === 'HouseholdPatch.json' ? householdPatch : idParams));
  const respond = (value: Record<string, unknown> | undefined) => {
    if (value === undefined) return { status: 404, body: { title: 'Not Found' } };
    if (!household(value)) throw new Error('response violates Household.json');
    return { status: 200, body: value };
  };
  app.get('/households/:householdId', { schema: { params: { $id: 'params' } } }, async (request, reply) => {
    if (work) busyWait(work.read);
    const out = respond(payloads.get((request.params as { householdId: string }).householdId));
    return reply.code(out.status).send(out.body);
  });
  app.patch('/households/:householdId', { schema: { params: { $id: 'params' }, body: { $id: 'HouseholdPatch.json' } } }, async (request, reply) => {
    if (work) busyWait(work.write);
    const id = (request.params as { householdId: string }).householdId;
    const current = payloads.get(id);
    const out = respond(current && { ...current, ...(request.body as Record<string, unknown>) });
    return reply.code(out.status).send(out.body);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  return { close: () => app.close(), ready: { port, households: items.map((h) => ({ id: h.householdId, etag: '"bare"' })) } };
}

export async function serveChild(target: 'reference' | 'bare', edition: Edition, work?: Work): Promise<void> {
  const server = target === 'reference' ? await serveReference(edition) : await serveBare(edition, work);
  process.stdout.write(`${JSON.stringify(server.ready)}\n`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop()); // the parent went away
  process.stdin.resume();
}

/** Child: 総合照会 in-process (app.inject), warm-up then 200 timed requests; figures as JSON on stdout. */
export async function inquiryChild(edition: Edition): Promise<void> {
  const { ref, items } = await demoHouseholds(edition);
  const got = await ref.app.inject({ method: 'GET', url: `/households/${items[0]!.householdId}`, headers: { authorization: TOKEN } });
  const member = (JSON.parse(got.body) as { members: { memberId: string; addressNumber?: string }[] }).members.find((m) => m.addressNumber);
  if (!member) throw new Error('no demo member with a 宛名番号');
  const inquire = () => ref.app.inject({
    method: 'POST', url: '/comprehensive-inquiries', headers: { authorization: TOKEN, 'content-type': 'application/json' },
    payload: { memberId: member.memberId, purpose: 'review' },
  });
  const first = await inquire();
  if (first.statusCode >= 300) throw new Error(`POST /comprehensive-inquiries answered ${first.statusCode}: ${first.body}`);
  const systems = (JSON.parse(first.body) as { results: unknown[] }).results.length;
  for (let i = 0; i < 20; i++) await inquire();
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    const res = await inquire();
    times.push(performance.now() - started);
    if (res.statusCode >= 300) throw new Error(`POST /comprehensive-inquiries answered ${res.statusCode}`);
  }
  await ref.app.close();
  process.stdout.write(JSON.stringify({ systems, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) }));
}

