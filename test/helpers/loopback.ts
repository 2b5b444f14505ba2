/**
 * Test-only loopback HTTP server: a real node:http server on 127.0.0.1 (port 0) whose answers each test
 * scripts per request, with a record of everything it received.
 *
 * Scripting: `server.enqueue(h1, h2, …)` queues one handler per request, in order; when the queue is
 * empty the fallback handler answers (default: 200 `{}` JSON; change it with `server.fallback = h`).
 * `server.reset()` forgets requests, queue and fallback between tests.
 *
 * Handlers for the common shapes: {@link json}, {@link text}, {@link resetConnection},
 * {@link delayHeaders}, {@link slowBody}, {@link chunked}, {@link redirect}.
 *
 * Only 127.0.0.1 is ever bound or contacted.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyReceivedRequest, type VerificationResult } from './independent-verifier.js';

/** One request exactly as the server received it. */
export interface RecordedRequest {
  method: string;
  /** The raw request-target (`req.url`): path and query as sent on the wire. */
  url: string;
  /** Header map (names lower-cased by node:http). */
  headers: IncomingHttpHeaders;
  /** Raw header list [name, value, name, value, …] with the names' original spelling. */
  rawHeaders: string[];
  body: Buffer;
  /** `Date.now()` when the request's headers arrived. */
  receivedAt: number;
  /** The parsed path (percent-decoded per segment is up to the test) and query of `url`. */
  path: string;
  query: URLSearchParams;
}

/** Answers one request. It may be async; it must end (or destroy) the response eventually. */
export type Handler = (req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest) => void | Promise<void>;

export interface Loopback {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Every request received since the last reset, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Answers requests when the queue is empty. */
  fallback: Handler;
  /** Queues handlers, one per upcoming request. */
  enqueue(...handlers: Handler[]): void;
  /** Forgets recorded requests, queued handlers and the fallback; closes idle keep-alive connections. */
  reset(): void;
  /** Resolves once `count` requests have been received (or rejects after `timeoutMs`). */
  waitForRequests(count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  /** Verifies request `index` with the independent SDK-HMAC-SHA256 verifier. */
  verify(index: number, sk: string): VerificationResult;
  close(): Promise<void>;
}

const DEFAULT_FALLBACK: Handler = json(200, {});

/** Starts a loopback server on 127.0.0.1 with an OS-chosen port. */
export async function startLoopback(): Promise<Loopback> {
  const requests: RecordedRequest[] = [];
  let queue: Handler[] = [];
  const waiters = new Set<() => void>();
  const server: Server = createServer((req, res) => {
    const receivedAt = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '';
      // Prefixed, not resolved: a target such as `//x` is a path, not a protocol-relative URL.
      const parsed = new URL(url.startsWith('/') ? `http://127.0.0.1${url}` : url, 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url,
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
        receivedAt,
        path: parsed.pathname,
        query: parsed.searchParams,
      };
      requests.push(recorded);
      for (const wake of [...waiters]) wake();
      const handler = queue.shift() ?? loopback.fallback;
      Promise.resolve()
        .then(() => handler(req, res, recorded))
        .catch((error: unknown) => {
          if (!res.headersSent) res.writeHead(599, { 'content-type': 'text/plain' });
          res.end(`loopback handler failed: ${String(error)}`);
        });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const loopback: Loopback = {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    fallback: DEFAULT_FALLBACK,
    enqueue(...handlers) {
      queue.push(...handlers);
    },
    reset() {
      requests.length = 0;
      queue = [];
      loopback.fallback = DEFAULT_FALLBACK;
      server.closeIdleConnections();
    },
    waitForRequests(count, timeoutMs = 10_000) {
      if (requests.length >= count) return Promise.resolve([...requests]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`loopback: expected ${count} requests within ${timeoutMs} ms, got ${requests.length}`));
        }, timeoutMs);
        const check = () => {
          if (requests.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve([...requests]);
        };
        waiters.add(check);
      });
    },
    verify(index, sk) {
      const r = requests[index];
      if (!r) throw new Error(`loopback: no request #${index} (got ${requests.length})`);
      return verifyReceivedRequest({ method: r.method, target: r.url, headers: r.headers, body: r.body }, sk);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return loopback;
}

/** Runs `fn` after `ms` unless the connection closed first (so no timer outlives a test's socket). */
function later(res: ServerResponse, ms: number, fn: () => void): void {
  const timer = setTimeout(() => {
    if (!res.destroyed && !res.writableEnded) fn();
  }, ms);
  res.on('close', () => clearTimeout(timer));
}

/** A JSON answer. `body` is serialised with JSON.stringify unless it is already a string. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    const payload = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), ...headers });
    res.end(payload);
  };
}

/** A raw answer: any body bytes, any headers (nothing added but what node:http adds). */
export function text(status: number, body: string | Buffer, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  };
}

/** Destroys the socket without answering: the client sees a reset / "other side closed". */
export function resetConnection(): Handler {
  return (req) => {
    req.socket.destroy();
  };
}

/** Waits `ms` before letting `then` answer (nothing, not even headers, is sent before). */
export function delayHeaders(ms: number, then: Handler = json(200, {})): Handler {
  return (req, res, recorded) => {
    later(res, ms, () => void then(req, res, recorded));
  };
}

/**
 * Sends headers (with the full content-length) and the first `firstBytes` of `body` at once, then the rest
 * only after `restAfterMs`: a body that trickles in too slowly.
 */
export function slowBody(body: string, restAfterMs: number, firstBytes = 1, headers: Record<string, string> = { 'content-type': 'application/json' }): Handler {
  return (_req, res) => {
    const bytes = Buffer.from(body);
    res.writeHead(200, { 'content-length': String(bytes.byteLength), ...headers });
    res.write(bytes.subarray(0, firstBytes));
    later(res, restAfterMs, () => res.end(bytes.subarray(firstBytes)));
  };
}

/** Sends `body` with chunked transfer encoding (no content-length), in chunks of `chunkSize`. */
export function chunked(status: number, body: string, chunkSize = 1024, headers: Record<string, string> = { 'content-type': 'application/json' }): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    const bytes = Buffer.from(body);
    for (let i = 0; i < bytes.byteLength; i += chunkSize) res.write(bytes.subarray(i, i + chunkSize));
    res.end();
  };
}

/** A redirect to `location` (relative to this server or absolute). */
export function redirect(status: number, location: string): Handler {
  return text(status, 'moved', { location, 'content-type': 'text/plain' });
}
