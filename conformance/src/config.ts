import { readFile } from 'node:fs/promises';
import { codeLists, isEdition, type Edition } from '@hogo-kit/sdk';
import { UsageError } from './engine/plan.ts';
import type { Declaration } from './run.ts';
import { tokenVariable } from './run.ts';

/** hogo.config.json: the target and how to reach it. Secrets may come from the environment instead. */
export interface KitConfig {
  target?: string;
  edition?: Edition;
  /** Bearer token per role (職員の役割); HOGO_TOKEN_<ROLE> overrides. */
  tokens: Record<string, string>;
  timeoutMs?: number;
  concurrency?: number;
  /** A local declaration (file path, relative to the working directory) used instead of GET /conformance. */
  declaration?: string;
}

const KEYS = new Set(['target', 'edition', 'tokens', 'timeoutMs', 'concurrency', 'declaration', '$schema']);

/** Reads and checks the config file (none: an empty config); a bad file is a usage error. */
export async function loadConfig(path: string | undefined): Promise<KitConfig> {
  if (path === undefined) return { tokens: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the config ${path}: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`The config ${path} must be a JSON object`);
  const config = raw as Record<string, unknown>;
  const unknown = Object.keys(config).filter((k) => !KEYS.has(k));
  if (unknown.length > 0) throw new UsageError(`Unknown key(s) in ${path}: ${unknown.join(', ')} (known: ${[...KEYS].join(', ')})`);
  const tokens = config.tokens ?? {};
  if (typeof tokens !== 'object' || tokens === null || Object.values(tokens).some((t) => typeof t !== 'string')) {
    throw new UsageError(`tokens in ${path} must map roles to token strings`);
  }
  if (config.edition !== undefined && !isEdition(config.edition)) throw new UsageError(`edition in ${path} must be 2.0 or 2.1`);
  for (const key of ['timeoutMs', 'concurrency'] as const) {
    if (config[key] !== undefined && !(typeof config[key] === 'number' && (config[key] as number) > 0)) throw new UsageError(`${key} in ${path} must be a positive number`);
  }
  for (const key of ['target', 'declaration'] as const) {
    if (config[key] !== undefined && typeof config[key] !== 'string') throw new UsageError(`${key} in ${path} must be a string`);
  }
  return { ...(config as Omit<KitConfig, 'tokens'>), tokens: tokens as Record<string, string> };
}

/** The roles of the standard (code list role). */
export const ROLE_CODES: readonly string[] = Object.keys(codeLists.role.codes);

/** The config's tokens, with HOGO_TOKEN_<ROLE> from the environment taking precedence. */
export function tokensFrom(config: KitConfig, env: NodeJS.ProcessEnv): Record<string, string> {
  const tokens = { ...config.tokens };
  for (const role of ROLE_CODES) {
    const value = env[tokenVariable(role)];
    if (value !== undefined && value !== '') tokens[role] = value;
  }
  return tokens;
}

/** A local declaration file; a bad one is a usage error. */
export async function loadDeclaration(path: string): Promise<Declaration> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Declaration;
    if (typeof value.edition !== 'string' || !Array.isArray(value.options) || typeof value.product !== 'object') throw new Error('needs edition, product and options');
    return value;
  } catch (error) {
    throw new UsageError(`Cannot use the declaration ${path}: ${(error as Error).message}`);
  }
}
