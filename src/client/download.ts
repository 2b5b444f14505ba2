/**
 * File answers (operations whose 2xx content is not JSON): a {@link DownloadedFile} whose body is
 * the response stream itself, never buffered unless the caller asks. The stream errors (a typed
 * ConnectionError or TimeoutError) when the body breaks off, stalls, or ends short of its
 * Content-Length, so a truncated file is never read as a complete one.
 */
import { ConnectionError, TimeoutError, type CallSite } from '../core/errors.js';
import { MAX_TIMER_MS } from '../core/sleep.js';
import type { Answer } from '../http/transport.js';

/**
 * A file an operation answered with.
 *
 * @example
 * const file = await hss.downloadTaskFile(task);
 * await pipeline(Readable.fromWeb(file.body), createWriteStream(file.name ?? 'export.zip'));
 */
export interface DownloadedFile {
  /** From `Content-Disposition` (`filename*` preferred), reduced to a bare file name. */
  name?: string;
  contentType?: string;
  /** From `Content-Length`, when the server sent one (and no content encoding). */
  size?: number;
  /** The bytes, as they arrive. Read it once: with `arrayBuffer()`, or piped to a file. */
  body: ReadableStream<Uint8Array>;
  /** Reads the whole body into memory. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A bare file name: no directory part, no control characters, not `.` or `..`. */
function bareName(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const base = name.replace(/[\u0000-\u001f\u007f]/g, '').split(/[/\\]/).pop()!.trim();
  return base === '' || base === '.' || base === '..' ? undefined : base;
}

/** Decodes an RFC 5987 `charset'language'value`; undefined when it is malformed or not UTF-8/Latin-1. */
function extValue(value: string): string | undefined {
  const m = /^([\w!#$%&+^`{}~-]*)'[^']*'(.*)$/.exec(value);
  if (!m) return undefined;
  const charset = m[1]!.toLowerCase();
  try {
    if (charset === 'utf-8') return decodeURIComponent(m[2]!);
    if (charset === 'iso-8859-1') return m[2]!.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  } catch {
    // Malformed percent-encoding: fall back to `filename`.
  }
  return undefined;
}

/**
 * The file name of a `Content-Disposition` header (RFC 6266): `filename*` (RFC 5987) wins over
 * `filename`; the result is reduced to a bare name so it is safe to use as a path.
 *
 * @example
 * fileNameOf(`attachment; filename="a.zip"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.zip`); // '报告.zip'
 */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const params = new Map<string, string>();
  for (const m of disposition.matchAll(/;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const raw = m[2]!.trim();
    params.set(m[1]!.toLowerCase(), raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw);
  }
  const extended = params.has('filename*') ? extValue(params.get('filename*')!) : undefined;
  const name = extended ?? params.get('filename');
  return name === undefined ? undefined : bareName(name);
}

/**
 * The stream handed to the caller: the response body, checked as it is read. A pause longer than
 * `idleMs` cancels the download with a TimeoutError; an end before `size` bytes, or a broken
 * connection, is a ConnectionError.
 */
function checkedBody(body: ReadableStream<Uint8Array> | null | undefined, size: number | undefined, site: CallSite, idleMs: number, release: () => void): ReadableStream<Uint8Array> {
  const where = `${site.service} ${site.operation}`;
  if (!body) {
    release();
    return new ReadableStream({ start: (c) => (size ? c.error(new ConnectionError(`${where}: the download ended after 0 of ${size} bytes`)) : c.close()) });
  }
  const reader = body.getReader();
  let received = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stalled: TimeoutError | undefined;
  const stop = () => {
    clearTimeout(timer);
    release();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let next: ReadableStreamReadResult<Uint8Array>;
      // Only the wait for the server counts: a slow consumer is not a stalled download.
      timer = setTimeout(() => {
        stalled = new TimeoutError(`${where}: the download stalled for ${idleMs} ms after ${received} bytes`, idleMs);
        void reader.cancel(stalled).catch(() => undefined);
      }, Math.min(idleMs, MAX_TIMER_MS));
      try {
        next = await reader.read();
      } catch (error) {
        stop();
        if (stalled) throw stalled;
        const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
        throw new ConnectionError(`${where}: the download broke off after ${received}${size === undefined ? '' : ` of ${size}`} bytes (${reason})`, { cause: error });
      }
      clearTimeout(timer);
      if (stalled) {
        stop();
        throw stalled;
      }
      if (next.done) {
        stop();
        if (size !== undefined && received < size) throw new ConnectionError(`${where}: the download ended after ${received} of ${size} bytes`);
        controller.close();
        return;
      }
      received += next.value.byteLength;
      controller.enqueue(next.value);
    },
    cancel(reason) {
      stop();
      return reader.cancel(reason);
    },
  });
}

/** The {@link DownloadedFile} of a 2xx streaming answer; `idleMs` bounds each pause of the body. */
export function downloadedFile(answer: Answer, site: CallSite, idleMs: number): DownloadedFile {
  const headers = answer.headers;
  const length = Number(headers.get('content-length') ?? NaN);
  // With a content encoding, the length counts encoded bytes, not the bytes read.
  const encoded = (headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
  const size = Number.isSafeInteger(length) && length >= 0 && !encoded ? length : undefined;
  const body = checkedBody(answer.body, size, site, idleMs, answer.release ?? (() => undefined));
  const file: DownloadedFile = { body, arrayBuffer: () => new Response(body).arrayBuffer() };
  const name = fileNameOf(headers.get('content-disposition'));
  const contentType = headers.get('content-type');
  if (name !== undefined) file.name = name;
  if (contentType) file.contentType = contentType;
  if (size !== undefined) file.size = size;
  return file;
}
