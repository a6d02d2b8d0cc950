/**
 * An open-loop load at a fixed rate, for the p99 "at half the peak load" of bench/server.ts.
 *
 * autocannon's `overallRate` lets each connection send as fast as it can until its share of the second is used up and
 * then wait for the next second: at half the peak every connection runs flat out for half of each second, so its p99
 * is the p99 of the peak. Here request i is due at start + i / rate (evenly spaced); on every timer tick (1 ms) each
 * due request goes out on an idle keep-alive connection, or waits for one (at most `connections`). A latency runs
 * from the tick on which the request fell due, not from when a connection took it, so a server that falls behind
 * shows it in the figures instead of silently lowering the rate (no coordinated omission); the timer's own lag
 * (≤ about a tick) is not counted against the server. The first `settle` seconds of the same load are not counted.
 *
 * The client is raw sockets with a parser per connection (http-parser-js, as autocannon uses), not node:http: that
 * one costs enough CPU per request on a 2-core machine to become the bottleneck at the bare route's half peak.
 */
import net from 'node:net';
import { HTTPParser } from 'http-parser-js';
import { MostlyErrors, percentile, type Pass } from './common.ts';

/** One request to send; `done` sees the answer (status 0 for a broken connection) and its headers, names lower-cased. */
export interface PacedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  done?: (status: number, headers: Record<string, string>) => void;
}

/** The next request, or undefined when none can be made now (a write's households all in flight): it waits. */
export type NextRequest = () => PacedRequest | undefined;

/** `rps` is the rate served: answers counted per second from the start of the measured part to the last answer. */
export interface PacedPass extends Pass {
  /** Answers counted (those of requests that fell due in the measured part). */
  answered: number;
}

const TICK_MS = 1;

function serialise(request: PacedRequest, host: string): string {
  let head = `${request.method} ${request.path} HTTP/1.1\r\nhost: ${host}\r\n`;
  for (const [name, value] of Object.entries(request.headers)) head += `${name}: ${value}\r\n`;
  if (request.body !== undefined) head += `content-length: ${Buffer.byteLength(request.body)}\r\n`;
  return `${head}\r\n${request.body ?? ''}`;
}

/** One keep-alive connection: one request at a time; `settled` is called with the answer. */
class Connection {
  readonly socket: net.Socket;
  #current: { due: number; request: PacedRequest } | undefined;
  #status = 0;
  #headers: string[] = [];

  constructor(port: number, hostname: string, private readonly host: string, private readonly settled: (due: number, request: PacedRequest, status: number, headers: string[]) => void) {
    this.socket = net.connect({ port, host: hostname, noDelay: true });
    const parser = new HTTPParser(HTTPParser.RESPONSE);
    parser[HTTPParser.kOnHeadersComplete] = (info) => {
      this.#status = info.statusCode;
      this.#headers = info.headers;
    };
    parser[HTTPParser.kOnBody] = () => {};
    parser[HTTPParser.kOnMessageComplete] = () => this.#settle(this.#status, this.#headers);
    this.socket.on('data', (chunk) => {
      if (parser.execute(chunk) instanceof Error) this.socket.destroy();
    });
    this.socket.on('error', () => this.#settle(0, []));
    this.socket.on('close', () => this.#settle(0, []));
  }

  /** No request in flight on it. */
  get free(): boolean {
    return this.#current === undefined;
  }

  get idle(): boolean {
    return this.free && !this.socket.destroyed;
  }

  send(due: number, request: PacedRequest): void {
    this.#current = { due, request };
    this.socket.write(serialise(request, this.host));
  }

  #settle(status: number, headers: string[]): void {
    const current = this.#current;
    if (!current) return;
    this.#current = undefined;
    this.settled(current.due, current.request, status, headers);
  }
}

const headerRecord = (flat: string[]) => {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) out[flat[i]!.toLowerCase()] = flat[i + 1]!;
  return out;
};

export interface PacedOptions {
  /** Requests per second, evenly spaced. */
  rate: number;
  /** Seconds measured. */
  seconds: number;
  /** Connections at most (a due request waits when all are busy). */
  connections: number;
  /** Seconds of the same load before the measured part (sent, not counted: new connections, the JIT, a GC started while idle). */
  settle?: number;
}

export async function paced(url: string, options: PacedOptions, next: NextRequest): Promise<PacedPass> {
  const { rate, seconds, connections, settle = 1 } = options;
  const { hostname, port, host } = new URL(url);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let answered = 0;
  let inFlight = 0;
  let lastAnswer = 0;
  let measured = Infinity; // requests that fall due from then on are counted
  const waiting: number[] = []; // when requests not sent yet fell due (no idle connection, or no request to make)
  const pool: Connection[] = [];
  let wake = () => {};

  const sendWaiting = () => {
    for (const [i, conn] of pool.entries()) if (conn.socket.destroyed && conn.free) pool[i] = new Connection(Number(port), hostname, host, settled);
    while (waiting.length > 0) {
      const conn = pool.find((c) => c.idle);
      if (!conn) return;
      const request = next();
      if (!request) return;
      inFlight++;
      conn.send(waiting.shift()!, request);
    }
  };
  const settled = (due: number, request: PacedRequest, status: number, headers: string[]) => {
    inFlight--;
    const now = performance.now();
    if (due >= measured) {
      answered++;
      lastAnswer = now;
      if (status === 0) errors++;
      else if (status >= 200 && status < 300) latencies.push(now - due);
      else non2xx++;
    }
    request.done?.(status, headerRecord(headers));
    sendWaiting();
    wake();
  };
  for (let i = 0; i < connections; i++) pool.push(new Connection(Number(port), hostname, host, settled));
  await Promise.all(pool.map((c) => new Promise((resolve, reject) => c.socket.once('connect', resolve).once('error', reject))));

  const interval = 1000 / rate;
  const start = performance.now();
  measured = start + settle * 1000;
  const end = measured + seconds * 1000;
  let issued = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      for (let due = start + issued * interval; due <= now && due < end; due = start + issued * interval) {
        issued++;
        waiting.push(now);
      }
      sendWaiting();
      if (start + issued * interval < end) setTimeout(tick, TICK_MS);
      else {
        wake = () => {
          if (inFlight === 0 && waiting.length === 0) resolve();
        };
        wake();
      }
    };
    tick();
  });
  for (const conn of pool) conn.socket.destroy();
  const ok = latencies.length;
  if (non2xx + errors >= ok) throw new MostlyErrors(`most answers were not 2xx: ${ok} 2xx, ${non2xx} non-2xx, ${errors} errors`);
  return { rps: answered / ((lastAnswer - measured) / 1000), answered, p50: percentile(latencies, 50), p99: percentile(latencies, 99), non2xx, errors };
}
