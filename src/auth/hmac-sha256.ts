/**
 * SHA-256 and HMAC-SHA256 as lower-case hex, on Web Crypto everywhere. On Node (>= 20.16, which
 * has `process.getBuiltinModule`) the synchronous node:crypto is used instead: Node's Web Crypto
 * runs every call through its thread pool and costs ~100 µs per request, which would dominate a
 * loopback round trip. No import of `node:` anything, so browser and edge bundles stay clean.
 */

interface NodeHash {
  update(data: Uint8Array | string): NodeHash;
  digest(encoding: 'hex'): string;
}

interface NodeCrypto {
  createHash(algorithm: 'sha256'): NodeHash;
  createHmac(algorithm: 'sha256', key: string): { update(data: string): { digest(encoding: 'hex'): string } };
}

let nodeCrypto: NodeCrypto | undefined | null = null;

function node(): NodeCrypto | undefined {
  if (nodeCrypto === null) {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    nodeCrypto = (proc?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined) ?? undefined;
  }
  return nodeCrypto;
}

/** Forces the Web Crypto path (tests use it to prove both paths agree). */
export function useWebCryptoOnly(only: boolean): void {
  nodeCrypto = only ? undefined : null;
}

const utf8 = new TextEncoder();

function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (value === undefined) throw new Error('Web Crypto (globalThis.crypto.subtle) is not available');
  return value;
}

function toHex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Hex SHA-256 of a string's UTF-8 bytes or of raw bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const fast = node();
  if (fast) return fast.createHash('sha256').update(data).digest('hex');
  const bytes = typeof data === 'string' ? utf8.encode(data) : data;
  return toHex(await subtle().digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/**
 * Hex SHA-256 of a body read in chunks (a Blob's stream): incremental on Node, so a large upload is
 * never held in memory; Web Crypto has no incremental digest, so elsewhere the chunks are joined.
 */
export async function sha256HexOfChunks(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const fast = node();
  if (fast) {
    const hash = fast.createHash('sha256');
    for await (const chunk of chunks) hash.update(chunk);
    return hash.digest('hex');
  }
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return sha256Hex(new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer()));
}

/** Imported Web Crypto HMAC keys per secret, most recently used last; bounded and module-private. */
const keyCache = new Map<string, Promise<CryptoKey>>();
const KEY_CACHE_LIMIT = 16;

function hmacKey(secret: string): Promise<CryptoKey> {
  const cached = keyCache.get(secret);
  if (cached !== undefined) {
    keyCache.delete(secret);
    keyCache.set(secret, cached);
    return cached;
  }
  const created = subtle().importKey('raw', utf8.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  keyCache.set(secret, created);
  created.catch(() => {
    if (keyCache.get(secret) === created) keyCache.delete(secret);
  });
  while (keyCache.size > KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value as string);
  return created;
}

/** Hex HMAC-SHA256 of a string, keyed with the UTF-8 bytes of `secret`. */
export async function hmacSha256Hex(secret: string, data: string): Promise<string> {
  const fast = node();
  if (fast) return fast.createHmac('sha256', secret).update(data).digest('hex');
  return toHex(await subtle().sign('HMAC', await hmacKey(secret), utf8.encode(data)));
}
