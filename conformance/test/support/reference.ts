// Test-only: the reference server as a target, reached through the SDK client exactly as any other system
// is. The checks themselves never import it (ARCHITECTURE.md R3); only these tests do.
import requirements20 from '@hogo-kit/spec/dist/2.0/requirements.json' with { type: 'json' };
import requirements21 from '@hogo-kit/spec/dist/2.1/requirements.json' with { type: 'json' };
import { buildApp, type AppOptions } from '@hogo-kit/reference-server';
import { createHogoClient, type Edition } from '@hogo-kit/sdk';
import { injectFetch, type Injectable } from '../../src/inject-fetch.ts';
import type { ClientFactory } from '../../src/engine/execute.ts';
import { runChecks } from '../../src/engine/runner.ts';
import type { CheckDefinition, CheckResult } from '../../src/engine/types.ts';

export const BASE_URL = 'http://reference.test';

/** The reference server (empty, or as the options say) and the run options that reach it through the SDK. */
export async function referenceTarget(edition: Edition, options: AppOptions = {}) {
  const reference = await buildApp({ edition, docs: false, ...options });
  await reference.app.ready();
  const fetch = injectFetch(reference.app as unknown as Injectable);
  const clientFor: ClientFactory = (role, recording) =>
    createHogoClient<Edition>({ baseUrl: BASE_URL, edition, fetch: recording, retry: false, ...(role !== null && { token: `dev-${role}` }) });
  return { reference, fetch, clientFor, close: () => reference.app.close() };
}

const REQUIREMENTS = { '2.0': requirements20, '2.1': requirements21 } as Record<Edition, { id: string; class: string }[]>;
const optionsOf = (edition: Edition) => REQUIREMENTS[edition].filter((r) => r.class === 'option').map((r) => r.id);

/** Runs checks against a fresh reference server of the edition (with a mutant when asked) and closes it. */
export async function runAgainstReference(checks: readonly CheckDefinition[], edition: Edition, options: AppOptions = {}): Promise<CheckResult[]> {
  const target = await referenceTarget(edition, options);
  try {
    return await runChecks(checks, {
      edition,
      clientFor: target.clientFor,
      fetch: target.fetch,
      // The reference server declares every option of its edition (GET /conformance).
      declared: new Set(optionsOf(edition)),
      optionIds: new Set(optionsOf(edition)),
      concurrency: 8,
      timeoutMs: 20_000,
    });
  } finally {
    await target.close();
  }
}

/** A result as one line for a failure message. */
export const summary = (r: CheckResult) => `${r.checkId}: ${r.status}${r.message ? ` — ${r.message.en}` : ''}${r.missing ? ` (missing ${r.missing})` : ''}`;
