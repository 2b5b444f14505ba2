/**
 * Property: query serialisation round-trips. For random Workspace ListExportTasks and MetaStudio
 * SearchTask parameter values — strings full of reserved characters (`&`, `=`, `+`, `%`, `#`, `?`,
 * `/`), spaces, control characters and any Unicode code point; MetaStudio's `resource` as an array —
 * what the server receives decodes back to the same logical values, with token and with AK/SK (whose
 * requests must also verify with the independent verifier).
 *
 * Decoding is plain RFC 3986 (split on `&`, then the first `=`, then decodeURIComponent): `+` is a
 * literal plus, as the signer and Huawei's gateway read it.
 *
 * With AK/SK the wire query is the canonical, sorted one, so the values of a repeated key (`resource`)
 * arrive sorted: compared as a multiset there, in order with a token.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import { startLoopback, type Loopback } from '../helpers/loopback.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const AUTH = {
  token: { token: 'MIIEtokenQueryRoundTrip+abc/def=0123456789' },
  aksk: { ak: 'HPUAQUERYAK000000001', sk: 'Query/RoundTrip+Secret=0123456789abcdef' },
} as const;

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
  server.fallback = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '2' });
    res.end('{}');
  };
});
afterAll(async () => {
  await server.close();
});

const reserved = fc.constantFrom('&', '=', '+', '%', '#', '?', '/', ' ', ';', ',', ':', '@', '$', '!', "'", '(', ')', '*', '[', ']', '"', '\\', '%20', '%2B', '%25', '\r', '\n', '\t', '\u0000', '\u007f');
const text = fc.string({
  unit: fc.oneof({ weight: 3, arbitrary: reserved }, { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }, { weight: 2, arbitrary: fc.constantFrom('a', 'é', '任', '🚀') }),
  maxLength: 16,
});

const workspaceParams = fc
  .record(
    {
      file_name: text,
      // A task id must be able to name a task (empty or only whitespace is a ValidationError, tested elsewhere).
      task_id: text.filter((id) => id.trim() !== ''),
      status: fc.constantFrom('CREATING', 'SUCCESS', 'FAIL', 'EXPIRED'),
      is_download: fc.boolean(),
      sort_type: fc.constantFrom('ASC', 'DESC'),
      offset: fc.nat({ max: 1_000_000 }),
      limit: fc.integer({ min: 1, max: 100 }),
    },
    { requiredKeys: [] },
  )
  // sort_field and sort_type go together.
  .map((p) => (p.sort_type === undefined ? p : { ...p, sort_field: 'create_time' as const }));

const metaStudioParams = fc.record({ resource: fc.array(text, { maxLength: 5 }), business_id: text, begin_time: text, end_time: text }, { requiredKeys: [] });

/** The received query as name → values, decoded the RFC 3986 way. */
function receivedQuery(target: string): Map<string, string[]> {
  const q = target.indexOf('?');
  const out = new Map<string, string[]>();
  if (q < 0) return out;
  for (const piece of target.slice(q + 1).split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = decodeURIComponent(eq < 0 ? piece : piece.slice(0, eq));
    const value = decodeURIComponent(eq < 0 ? '' : piece.slice(eq + 1));
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/** What should arrive for the logical parameters: every value as text; an empty array sends nothing. */
function expectedQuery(params: Record<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const values = (Array.isArray(value) ? value : [value]).map(String);
    if (values.length > 0) out.set(name, values);
  }
  return out;
}

function compare(received: Map<string, string[]>, expected: Map<string, string[]>, ordered: boolean): void {
  const normal = (m: Map<string, string[]>) => Object.fromEntries([...m].map(([k, v]) => [k, ordered ? v : [...v].sort()]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  expect(normal(received)).toEqual(normal(expected));
}

describe.each(['token', 'aksk'] as const)('with %s', (kind) => {
  it(`Workspace listExportTasks: ${RUNS} random parameter sets round-trip`, async () => {
    const client = createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: AUTH[kind], retry: false });
    await fc.assert(
      fc.asyncProperty(workspaceParams, async (params) => {
        server.reset();
        await client.listExportTasks(params);
        expect(server.requests).toHaveLength(1);
        const received = server.requests[0]!;
        expect(received.path).toBe(`/v2/${PROJECT_ID}/export-tasks`);
        compare(receivedQuery(received.url), expectedQuery(params), true);
        if (kind === 'aksk') expect(server.verify(0, AUTH.aksk.sk)).toMatchObject({ valid: true });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`MetaStudio searchTask: ${RUNS} random parameter sets (resource as an array) round-trip`, async () => {
    const client = createMetaStudioClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: AUTH[kind], retry: false });
    await fc.assert(
      fc.asyncProperty(metaStudioParams, async (params) => {
        server.reset();
        await client.searchTask(params);
        expect(server.requests).toHaveLength(1);
        const received = server.requests[0]!;
        expect(received.path).toBe(`/v2/${PROJECT_ID}/ies/task`);
        compare(receivedQuery(received.url), expectedQuery(params), kind === 'token');
        if (kind === 'aksk') expect(server.verify(0, AUTH.aksk.sk)).toMatchObject({ valid: true });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe('the comparison is not vacuous', () => {
  it('a value that differs is noticed', () => {
    expect(() => compare(new Map([['a', ['1+1']]]), new Map([['a', ['1 1']]]), true)).toThrow();
    expect(() => compare(new Map([['r', ['b', 'a']]]), new Map([['r', ['a', 'b']]]), true)).toThrow();
    expect(() => compare(new Map([['r', ['b', 'a']]]), new Map([['r', ['a', 'b']]]), false)).not.toThrow();
  });
});
