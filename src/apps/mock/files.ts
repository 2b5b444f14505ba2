/**
 * Served files: deterministic bytes generated as they are sent (so a test can ask for 1 GB without
 * storing it), byte `i` of every file being `i % 251`, with the name in `Content-Disposition`.
 */
import { Readable } from 'node:stream';

/** Size of a served file when neither the task nor the server says otherwise. */
export const DEFAULT_FILE_SIZE = 1024;

/** The byte at offset `i` of every served file (a prime period, so no power-of-two chunking hides an offset error). */
export const fileByteAt = (i: number): number => i % 251;

// 256 periods: every full block starts at a multiple of 251, so it is the same bytes each time.
const BLOCK = Buffer.from(Array.from({ length: 251 * 256 }, (_, i) => fileByteAt(i)));

/** The extension for a documented content type: `application/zip` → `zip`, `application/octet-stream` → `bin`. */
export function extensionOf(contentType: string | undefined): string {
  const subtype = (contentType ?? '').split(';')[0]!.trim().split('/')[1] ?? '';
  if (subtype === '' || subtype === 'octet-stream') return 'bin';
  return subtype.replace(/^(x-|vnd\.)/, '').replace(/[^a-z0-9]+/gi, '-');
}

/** `attachment` with the name as a quoted ASCII `filename` and, when it is not ASCII, an RFC 5987 `filename*`. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return ascii === name ? `attachment; filename="${name}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The first `size` bytes of the served file, as a stream that honours backpressure. */
export function fileStream(size: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return void this.push(null);
      const chunk = BLOCK.subarray(0, Math.min(BLOCK.length, size - sent));
      sent += chunk.length;
      this.push(chunk);
    },
  });
}
