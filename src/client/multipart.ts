/**
 * multipart/form-data request bodies, encoded by hand so that a file part is never copied: the
 * body is a Blob made of the part headers and the caller's Blob (read again for the hash and for each
 * attempt), or, when a part is a stream, a one-shot stream of known length.
 */
import { sha256HexOfChunks } from '../auth/hmac-sha256.js';
import type { BodyDescriptor } from '../core/descriptors.js';
import { ValidationError } from '../core/errors.js';
import type { UploadBody } from '../http/transport.js';

/**
 * A file part of a multipart body: a `Blob` or `File` (on Node, `await fs.openAsBlob(path)` reads
 * the file lazily), a `Uint8Array` (copied once into the body), or a stream with its length in bytes
 * (sent once, never retried, and signed as `UNSIGNED-PAYLOAD` since it cannot be read twice).
 * `name` and `type` give the part's file name and content type where the value has none.
 *
 * @example
 * await metastudio.importResource({ file: await openAsBlob('assets.zip') });
 */
export type FilePart = Blob | Uint8Array | { stream: ReadableStream<Uint8Array>; size: number; name?: string; type?: string };

type Piece = Uint8Array | Blob | ReadableStream<Uint8Array>;

const utf8 = new TextEncoder();

// The HTML form encoding of names in a part header: quotes and line breaks percent-encoded.
const headerText = (text: string) => text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

function size(piece: Piece, declared: number): number {
  return piece instanceof Uint8Array ? piece.byteLength : piece instanceof Blob ? piece.size : declared;
}

async function* chunksOf(pieces: readonly Piece[]): AsyncGenerator<Uint8Array> {
  for (const piece of pieces) {
    if (piece instanceof Uint8Array) {
      yield piece;
      continue;
    }
    const reader = (piece instanceof Blob ? piece.stream() : piece).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  }
}

/** Why a value cannot be a file part, as [rule, message], or undefined when it can. */
function filePartProblem(value: unknown): [string, string] | undefined {
  if (value instanceof Blob || value instanceof Uint8Array) return undefined;
  const part = value as { stream?: { getReader?: unknown }; size?: unknown } | null;
  if (typeof part?.stream?.getReader === 'function') {
    if (Number.isSafeInteger(part.size) && (part.size as number) >= 0) return undefined;
    return ['file-length', 'is a stream without its length: pass { stream, size } with the size in bytes (the request declares it)'];
  }
  return ['file', `must be a file: a Blob or File (e.g. fs.openAsBlob(path)), a Uint8Array, or { stream, size }; got ${typeof value === 'string' ? 'a string' : String(value)}`];
}

// Hashing reads the Blob in slices: fewer, larger reads than its stream, and at most one slice in memory.
const SLICE_BYTES = 4 * 2 ** 20;

async function* slicesOf(blob: Blob): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < blob.size; at += SLICE_BYTES) yield new Uint8Array(await blob.slice(at, at + SLICE_BYTES).arrayBuffer());
}

/**
 * Encodes a multipart body from the fields in the spec's order: file parts (`format: binary`,
 * already validated as a {@link FilePart}) and text parts (strings; other values as JSON).
 */
export function multipartBody(fields: Readonly<Record<string, unknown>>, body: BodyDescriptor): UploadBody {
  const boundary = `----taskport${crypto.getRandomValues(new Uint32Array(3)).join('')}`;
  const pieces: Piece[] = [];
  let length = 0;
  let streamed = false;
  const add = (piece: Piece, declared = 0) => {
    pieces.push(piece);
    length += size(piece, declared);
  };
  for (const field of body.fields) {
    const name = field.field ?? field.name;
    const value = fields[name];
    if (value === undefined) continue;
    if (field.schema.format === 'binary') {
      const problem = filePartProblem(value);
      if (problem) throw new ValidationError(field.name, problem[0], `body field "${field.name}" ${problem[1]}`);
      const part = value as FilePart;
      const described = part as { name?: unknown; type?: unknown };
      const fileName = typeof described.name === 'string' && described.name !== '' ? described.name : name;
      const type = typeof described.type === 'string' && described.type !== '' ? described.type : 'application/octet-stream';
      add(utf8.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${headerText(name)}"; filename="${headerText(fileName)}"\r\nContent-Type: ${type}\r\n\r\n`));
      if (part instanceof Uint8Array || part instanceof Blob) add(part);
      else {
        add(part.stream, part.size);
        streamed = true;
      }
      add(utf8.encode('\r\n'));
    } else {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      add(utf8.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${headerText(name)}"\r\n\r\n${text}\r\n`));
    }
  }
  add(utf8.encode(`--${boundary}--\r\n`));
  const contentType = `multipart/form-data; boundary=${boundary}`;
  if (streamed) {
    let opened = false;
    return {
      contentType,
      length,
      replayable: false,
      headers: { 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' },
      open() {
        if (opened) throw new Error('a streamed upload can be sent only once');
        opened = true;
        const chunks = chunksOf(pieces);
        return new ReadableStream<Uint8Array>({
          async pull(controller) {
            const next = await chunks.next();
            if (next.done) controller.close();
            else controller.enqueue(next.value);
          },
          cancel: (reason) => void chunks.throw(reason).catch(() => undefined),
        });
      },
      sha256: () => Promise.resolve('UNSIGNED-PAYLOAD'),
    };
  }
  const blob = new Blob(pieces as (Blob | Uint8Array<ArrayBuffer>)[], { type: contentType });
  let hash: Promise<string> | undefined;
  return { contentType, length, replayable: true, open: () => blob, sha256: () => (hash ??= sha256HexOfChunks(slicesOf(blob))) };
}
