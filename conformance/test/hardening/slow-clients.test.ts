// Issue #7 (3): slow clients do not hold the server. With the reference server listening on a real port, clients
// that send headers slowly or never finish their body are left hanging while other requests still answer quickly.
import { connect, type Socket } from 'node:net';
import type { ReferenceApp } from '@hogo-kit/reference-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededServer } from './support.ts';

let reference: ReferenceApp;
let port = 0;
let households = 0;
const sockets: Socket[] = [];
const timers: NodeJS.Timeout[] = [];

beforeAll(async () => {
  reference = await seededServer('2.1');
  await reference.app.listen({ port: 0, host: '127.0.0.1' });
  port = (reference.app.server.address() as { port: number }).port;
  households = Object.keys(reference.store.snapshot().collections.Household ?? {}).length;
});
afterAll(async () => {
  for (const t of timers) clearInterval(t);
  for (const s of sockets) s.destroy();
  await reference.app.close();
});

/** Opens a connection and writes `text` (nothing more); answers once the connection is up. */
function open(text: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(text);
      resolve(socket);
    });
    socket.on('error', () => undefined);
    socket.once('error', reject);
    sockets.push(socket);
  });
}

const AUTH = 'Authorization: Bearer dev-caseworker\r\n';

async function timedGet(path: string) {
  const started = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: 'Bearer dev-caseworker' }, signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  return { status: res.status, ms: Date.now() - started };
}

describe('slow clients', () => {
  it('answers other requests while 20 clients hold unfinished bodies and 20 trickle their headers', async () => {
    // Bodies announced (1 MB) but never sent beyond their first byte.
    for (let i = 0; i < 20; i++) {
      await open(`POST /households HTTP/1.1\r\nHost: 127.0.0.1\r\n${AUTH}Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{`);
    }
    // Headers sent one byte every 200 ms, never finished.
    for (let i = 0; i < 20; i++) {
      const socket = await open('GET /households HTTP/1.1\r\n');
      const rest = `Host: 127.0.0.1\r\n${AUTH}X-Slow: ${'a'.repeat(1000)}`;
      let at = 0;
      timers.push(setInterval(() => {
        if (at < rest.length && !socket.destroyed) socket.write(rest[at++]!);
      }, 200));
    }
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await timedGet('/households?limit=1'));
    answers.push(...await Promise.all(Array.from({ length: 10 }, () => timedGet('/health'))));
    expect(answers.map((a) => a.status), 'every other request should answer 200 while the slow clients hang').toEqual(Array(20).fill(200));
    const slowest = Math.max(...answers.map((a) => a.ms));
    expect(slowest, `other requests should answer within 5 s (generous); the slowest took ${slowest} ms`).toBeLessThan(5_000);
    const stillOpen = sockets.filter((s) => !s.destroyed).length;
    expect(stillOpen, 'the slow clients should still be connected (so the test really held them open)').toBeGreaterThan(0);
  }, 20_000);

  it('does not take an unfinished body as a request: nothing is created by it', async () => {
    const list = await fetch(`http://127.0.0.1:${port}/households?limit=100`, { headers: { authorization: 'Bearer dev-caseworker' } });
    const body = (await list.json()) as { items: unknown[] };
    expect(body.items.length, `the ${households} demo households only`).toBe(households);
    expect(households).toBeGreaterThan(0);
  });
});
