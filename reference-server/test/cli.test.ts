import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'hogo-server.js');
const children: ChildProcess[] = [];

/** Starts the CLI on an ephemeral port and resolves with its printed output once it listens. */
function start(args: string[]): Promise<{ child: ChildProcess; output: string; url: string }> {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /^URL: (\S+)$/m.exec(output)?.[1];
      if (url && /dev-linkage-2/.test(output)) resolve({ child, output, url });
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8');
    });
    child.on('exit', (code) => reject(new Error(`hogo-server exited with ${code}: ${errors}`)));
  });
}

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
});

describe('hogo-server CLI', () => {
  it('listens, prints the URL, the docs URL and a development token per role, and serves /health and /docs', async () => {
    const { output, url } = await start(['--seed', 'demo', '--edition', '2.1', '--now', '2026-04-01T10:00:00+09:00']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:[0-9]+$/);
    expect(output).toContain(`Docs: ${url}/docs`);
    expect(output).toMatch(/Seed: demo — 13 households/);
    for (const role of ['intake', 'caseworker', 'supervisor', 'manager', 'medical-clerk', 'accountant', 'system-admin', 'linkage']) {
      expect(output).toContain(`Bearer dev-${role} `);
    }
    expect(output).toMatch(/not credentials/);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const docs = await fetch(`${url}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger/i);
    const households = await fetch(`${url}/households`, { headers: { authorization: 'Bearer dev-caseworker' } });
    expect(households.status).toBe(200);
  }, 60_000);

  it('serves edition 2.0 with an empty store and names the mutant it runs with', async () => {
    const { output, url } = await start(['--seed', 'empty', '--edition', '2.0', '--mutant', 'deadline-off-by-one']);
    expect(output).toMatch(/Seed: empty — 0 households/);
    expect(output).toMatch(/Mutant: deadline-off-by-one/);
    const declaration = await fetch(`${url}/conformance`, { headers: { authorization: 'Bearer dev-manager' } });
    expect(await declaration.json()).toMatchObject({ edition: '2.0' });
  }, 60_000);

  it('refuses an unknown mutant, seed or edition', async () => {
    const cases = [['--mutant', 'no-such-mutant'], ['--seed', 'plenty'], ['--edition', '3.0']];
    const results = await Promise.all(cases.map(run));
    for (const [i, { code, stderr }] of results.entries()) {
      expect(code, cases[i]!.join(' ')).not.toBe(0);
      expect(stderr).toMatch(/invalid/);
    }
  }, 60_000);
});
