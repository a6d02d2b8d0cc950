/** What the parts of bench/server.ts share: autocannon's typing, paths, the kinds of target and result, small helpers. */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The part of autocannon's API used here (the package ships no types; @types/autocannon is not a dependency). */
export declare namespace autocannon {
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers?: Record<string, string>) => void;
  }
  interface Result { requests: { average: number }; non2xx: number; errors: number; timeouts: number }
}
export type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: autocannon.Result) => void) => { on: (event: 'response', listener: (client: unknown, status: number, bytes: number, time: number) => void) => void };
export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SELF = fileURLToPath(new URL('../server.ts', import.meta.url));
export const README = fileURLToPath(new URL('../README.md', import.meta.url));
export const START = '<!-- server:start -->';
export const END = '<!-- server:end -->';
export const TOKEN = 'Bearer dev-caseworker';
export const SECTIONS = ['第1係', '第2係'];

export type Edition = '2.0' | '2.1';
export type TargetName = 'reference' | 'bare' | 'bare-work' | 'prism';
export type OperationName = 'read' | 'write';

/** What a server child reports once it listens. */
export interface Ready {
  port: number;
  /** Household ids with members, and their current ETags (the first one is the read target). */
  households: { id: string; etag: string }[];
}

export interface Pass {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface Measured {
  target: TargetName;
  operation: OperationName;
  peak?: Pass & { runs: number[] };
  /** The paced pass: `rate` asked for, `rps` served. */
  half?: Pass & { rate: number };
  failed?: string;
  /** The server answered, but mostly not 2xx: the run fails (a server answering errors quickly is no comparison). */
  mostlyErrors?: boolean;
}

/** Most answers of a pass (or the first answer of a server) were not 2xx. */
export class MostlyErrors extends Error {}

export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
