/**
 * The body of a request the client built itself, kept beside the Request so that a layer further down (the
 * client's transport, a recording fetch, an in-process fetch) can take the bytes instead of reading the
 * Request's stream once more. Module-private: only a Request made here is in the map, so what it answers is what
 * that Request carries. A Request whose body is not known here is read as before (`arrayBuffer()`).
 */
const bodies = new WeakMap<Request, Uint8Array | string>();
/** Requests made with nothing but a method, headers, a body, a signal and a redirect mode (every other option default). */
const plain = new WeakSet<Request>();
const PLAIN_OPTIONS: ReadonlySet<string> = new Set(['method', 'headers', 'body', 'signal', 'redirect']);
const encoder = new TextEncoder();

/**
 * The bytes of the request's body when the client built the request from text or bytes it knows; undefined when
 * the body is not known here (read the stream) or the request has none. The bytes are shared by every layer that
 * asks: read them, never change or transfer them (copy first).
 */
export function knownBody(request: Request): Uint8Array | undefined {
  const known = bodies.get(request);
  if (typeof known !== 'string') return known;
  // Text is encoded once, on the first ask, as the Request itself encodes it (UTF-8, lone surrogates as U+FFFD).
  const bytes = encoder.encode(known);
  bodies.set(request, bytes);
  return bytes;
}

/**
 * Whether the client made this request (KnownBodyRequest) from a URL with no option but its method, headers, body,
 * signal and redirect mode: a copy made from those alone would be the same request.
 */
export function isPlainRequest(request: Request): boolean {
  return plain.has(request);
}

/**
 * A Request over the given bytes whose body knownBody() then answers. The Request keeps its own copy; the
 * caller must not change `init.body` afterwards.
 */
export function requestWithBody(url: string, init: Omit<RequestInit, 'body'> & { body?: Uint8Array }): Request {
  const request = new Request(url, init as RequestInit); // a Uint8Array over any buffer is a BufferSource
  if (init.body !== undefined) bodies.set(request, init.body);
  return request;
}

/**
 * The Request class the client gives openapi-fetch: a plain Request that also remembers a text or byte body it
 * was made with (openapi-fetch serialises the body to text), so the transport need not read it back.
 */
export class KnownBodyRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    if (typeof input !== 'string' && !(input instanceof URL)) return; // a body taken over from another Request
    let others = false;
    for (const key in init) if (!PLAIN_OPTIONS.has(key) && (init as Record<string, unknown>)[key] !== undefined) others = true;
    if (!others) plain.add(this);
    const body = init?.body;
    if (typeof body === 'string') bodies.set(this, body);
    else if (body instanceof ArrayBuffer) bodies.set(this, new Uint8Array(body.slice(0)));
    else if (ArrayBuffer.isView(body)) bodies.set(this, new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)));
  }
}
