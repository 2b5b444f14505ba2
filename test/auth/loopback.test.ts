/**
 * End to end: requests signed by signRequest are sent with the global fetch (undici) to a real node:http
 * server on 127.0.0.1. The server recomputes the signature with the independent node:crypto verifier from
 * exactly what it received (method, raw req.url, req.headers, body bytes).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest, type AkSkCredentials } from '../../src/auth/sign-request.js';
import { verifyReceivedRequest, type VerificationResult } from '../helpers/independent-verifier.js';

const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'ExampleSecretKey0123456789abcdefghijklmn';
const WRONG_SK = 'ExampleSecretKey0123456789abcdefghijklmN';

interface ServerView {
  method: string;
  target: string;
  host: string;
  body: string;
  verified: VerificationResult;
  verifiedWithWrongSk: VerificationResult;
}

let server: Server;
let origin: string;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    readBody(req)
      .then((body) => {
        const received = { method: req.method ?? '', target: req.url ?? '', headers: req.headers, body };
        const view: ServerView = {
          method: received.method,
          target: received.target,
          host: req.headers.host ?? '',
          body: body.toString('base64'),
          verified: verifyReceivedRequest(received, SK),
          verifiedWithWrongSk: verifyReceivedRequest(received, WRONG_SK),
        };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(view));
      })
      .catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function send(request: Request): Promise<ServerView> {
  const response = await fetch(request);
  expect(response.status).toBe(200);
  return (await response.json()) as ServerView;
}

interface Given {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  credentials?: AkSkCredentials;
}

const jsonBody = JSON.stringify({ server: { name: 'Zoë 🚀 "web"', tags: ['a b', 'c+d'] }, count: 2 });
const binaryBody = new Uint8Array([0, 1, 2, 0x7f, 0x80, 0xfe, 0xff]);

const cases: ReadonlyArray<readonly [string, { given: Given; want: { target: string } }]> = [
  [
    'ids with / : space unicode % + (encodeURIComponent-ed by the caller)',
    {
      given: { path: `/v1/items/${encodeURIComponent('a/b:c d')}/${encodeURIComponent('报 50%+x')}` },
      want: { target: '/v1/items/a%2Fb%3Ac%20d/%E6%8A%A5%2050%25%2Bx' },
    },
  ],
  [
    'raw : space % + unicode typed straight into the URL',
    {
      given: { path: '/v1/raw:colon/with space/50%/a+b/ü' },
      want: { target: '/v1/raw%3Acolon/with%20space/50%25/a%2Bb/%C3%BC' },
    },
  ],
  [
    'query with spaces, +, *, ~, repeated keys, empty and bare values',
    {
      given: { path: `/v1/search?q=hello world&plus=a+b&star=x*y&tilde=~t&enc=${encodeURIComponent('a b+c*~')}&id=3&id=1&id=2&empty=&bare` },
      want: { target: '/v1/search?bare=&empty=&enc=a%20b%2Bc%2A~&id=1&id=2&id=3&plus=a%2Bb&q=hello%20world&star=x%2Ay&tilde=~t' },
    },
  ],
  [
    'unicode query name and value',
    { given: { path: '/v1/x?名前=値 1' }, want: { target: '/v1/x?%E5%90%8D%E5%89%8D=%E5%80%A4%201' } },
  ],
  [
    'pre-encoded lower-case hex is normalised, not double-encoded',
    { given: { path: '/v1/a%2fb?y=%2a&x=%7e' }, want: { target: '/v1/a%2Fb?x=~&y=%2A' } },
  ],
  [
    'trailing slash and empty segments',
    { given: { path: '/v1//x/' }, want: { target: '/v1//x/' } },
  ],
  [
    'JSON POST body',
    {
      given: { method: 'POST', path: '/v1/servers', headers: { 'Content-Type': 'application/json' }, body: jsonBody },
      want: { target: '/v1/servers' },
    },
  ],
  [
    'JSON PATCH body with URL rewrite (rebuilt request carries the bytes)',
    {
      given: { method: 'PATCH', path: '/v1/servers/my server?b=2&a=1', headers: { 'Content-Type': 'application/json' }, body: jsonBody },
      want: { target: '/v1/servers/my%20server?a=1&b=2' },
    },
  ],
  [
    'security token and project id',
    {
      given: {
        method: 'DELETE',
        path: '/v2/0123456789abcdef/cloudvolumes/vol-1',
        headers: { 'X-Project-Id': '0123456789abcdef' },
        credentials: { ak: AK, sk: SK, securityToken: 'gQpjbi1ub3J0aC00ExampleSecurityToken==' },
      },
      want: { target: '/v2/0123456789abcdef/cloudvolumes/vol-1' },
    },
  ],
  [
    'UNSIGNED-PAYLOAD binary upload',
    {
      given: {
        method: 'PUT',
        path: '/v1/upload?b=2&a=1',
        headers: { 'Content-Type': 'application/octet-stream', 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' },
        body: binaryBody,
      },
      want: { target: '/v1/upload?a=1&b=2' },
    },
  ],
  [
    'binary body hashed',
    { given: { method: 'POST', path: '/v1/blob', body: binaryBody }, want: { target: '/v1/blob' } },
  ],
  [
    'custom headers: inner spaces, underscore and dash names',
    {
      given: { path: '/v1/h', headers: { 'X-Custom': '  a  b  ', 'x-a_b': '1', 'X-A-B': '2', 'X-Language': 'en-us' } },
      want: { target: '/v1/h' },
    },
  ],
];

describe('loopback: fetch -> node:http -> independent verifier', () => {
  it.each(cases)('%s', async (_name, { given, want }) => {
    const request = new Request(origin + given.path, {
      method: given.method ?? 'GET',
      headers: given.headers ?? {},
      body: given.body ?? null,
    });
    const signed = await signRequest(request, given.credentials ?? { ak: AK, sk: SK });
    const view = await send(signed);

    expect(view.target).toBe(want.target);
    expect(`${origin}${view.target}`).toBe(signed.url); // the wire URL is exactly the returned Request's URL
    expect(view.method).toBe(signed.method);
    if (given.body !== undefined) {
      const sent = typeof given.body === 'string' ? Buffer.from(given.body, 'utf8') : Buffer.from(given.body);
      expect(view.body).toBe(sent.toString('base64'));
    }
    expect(view.verified.valid, `${view.verified.reason ?? ''}\n${view.verified.canonicalRequest ?? ''}`).toBe(true);
    expect(view.verifiedWithWrongSk.valid).toBe(false);
    expect(view.verifiedWithWrongSk.reason).toBe('signature mismatch');
  });

  it.each([
    ['a signed header changed after signing', { given: (r: Request) => withHeader(r, 'X-Custom', 'tampered') }],
    ['a query parameter appended after signing', { given: (r: Request) => new Request(`${r.url}&extra=1`, { method: r.method, headers: r.headers }) }],
    ['the path changed after signing', { given: (r: Request) => new Request(r.url.replace('/v1/t', '/v1/u'), { method: r.method, headers: r.headers }) }],
    ['X-Sdk-Date changed after signing', { given: (r: Request) => withHeader(r, 'X-Sdk-Date', '20000101T000000Z') }],
  ] as const)('rejects %s', async (_name, { given }) => {
    const signed = await signRequest(new Request(`${origin}/v1/t?a=1`, { headers: { 'X-Custom': 'original' } }), { ak: AK, sk: SK });
    const view = await send(given(signed));
    expect(view.verified.valid).toBe(false);
    expect(view.verified.reason).toBe('signature mismatch');
  });

  it('undici fetch ignores an explicit host header and sends the URL authority as Host', async () => {
    // new Request(url, { headers: { host } }) keeps the header in Node (browsers silently drop it), and
    // signRequest signs it as given (the official SDK behaviour, vector explicit-host-header). But undici's
    // fetch puts the URL authority on the wire, so a host that differs from the URL cannot verify.
    const differing = new Request(`${origin}/v1/h`, { headers: { host: 'api.example.com' } });
    const signedDiffering = await signRequest(differing, { ak: AK, sk: SK });
    expect(signedDiffering.headers.get('host')).toBe('api.example.com');
    const viewDiffering = await send(signedDiffering);
    expect(viewDiffering.host).toBe(new URL(origin).host);
    expect(viewDiffering.verified.valid).toBe(false);

    // The same explicit header equal to the URL authority is harmless.
    const same = new Request(`${origin}/v1/h`, { headers: { host: new URL(origin).host } });
    const viewSame = await send(await signRequest(same, { ak: AK, sk: SK }));
    expect(viewSame.verified.valid).toBe(true);
  });
});

function withHeader(request: Request, name: string, value: string): Request {
  const headers = new Headers(request.headers);
  headers.set(name, value);
  return new Request(request.url, { method: request.method, headers });
}
