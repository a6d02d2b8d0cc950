/**
 * The embedded default target — the CLI's edge, the one module of the kit that may load the reference
 * server (ARCHITECTURE.md R3), and only dynamically: the in-memory reference server with the demo seed,
 * reached through the SDK client over an inject fetch like any other target.
 */
import type { Edition, FetchLike } from '@hogo-kit/sdk';
import { injectFetch, type Injectable } from './inject-fetch.ts';

export interface EmbeddedTarget {
  baseUrl: string;
  fetch: FetchLike;
  /** The development tokens `dev-<role>` of every role. */
  tokens: Record<string, string>;
  close(): Promise<void>;
}

/** Base URL of the embedded target: never resolved, every request goes through inject. */
export const EMBEDDED_BASE_URL = 'http://reference-server.invalid';

export interface EmbeddedOptions {
  mutant?: string;
  seed?: 'demo' | 'empty';
  /** Run the server in a worker thread (its work on a second core); default: in this thread. */
  thread?: boolean;
}

export async function startEmbedded(edition: Edition, options: EmbeddedOptions = {}): Promise<EmbeddedTarget> {
  if (options.thread) {
    const { startEmbeddedThread } = await import('./embedded-thread.ts');
    return startEmbeddedThread(edition, options, EMBEDDED_BASE_URL);
  }
  const { buildApp, ROLES } = await import('@hogo-kit/reference-server');
  const tokens = Object.fromEntries(ROLES.map((role) => [role, `dev-${role}`]));
  const { app } = await buildApp({ edition, seed: options.seed ?? 'demo', docs: false, ...(options.mutant ? { mutant: options.mutant } : {}) });
  await app.ready();
  return {
    baseUrl: EMBEDDED_BASE_URL,
    fetch: injectFetch(app as unknown as Injectable),
    tokens,
    close: () => app.close(),
  };
}

/** A seeded defect of the reference server, as its catalogue describes it. */
export interface EmbeddedMutant {
  id: string;
  requirements: string[];
  description: { ja: string; en: string };
  editions?: Edition[];
}

/** The reference server's catalogue of seeded defects (for the kill matrix). */
export async function embeddedMutants(): Promise<readonly EmbeddedMutant[]> {
  const { MUTANTS } = await import('@hogo-kit/reference-server');
  return MUTANTS;
}
