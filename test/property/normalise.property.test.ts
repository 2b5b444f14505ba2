/**
 * Properties of what the client does with response bodies:
 *
 * - The task normalisers never throw, for all four services' specs: not on arbitrary JSON
 *   (`fc.jsonValue()`), not on task objects whose id, status, counters, time, file and error fields
 *   hold arbitrary values (including objects with own `toString` / `valueOf` keys, which a JSON body
 *   can carry). `getTask`'s pipeline — find the task in the body (`taskObject`, for list services),
 *   then `normaliseTask` — always yields a well-formed Task, and end to end over HTTP `getTask`
 *   resolves or throws a TaskportError, never a TypeError.
 * - `parseJsonBody` never throws on valid JSON text, keeps safe integers as numbers, turns unsafe
 *   integer literals into their exact digits, drops `__proto__` keys, and leaves strings alone.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { services, type ServiceName } from '../../generated/clients/index.js';
import type { ServiceDescriptor } from '../../src/core/descriptors.js';
import { TaskportError } from '../../src/core/errors.js';
import { parseJsonBody } from '../../src/http/json-body.js';
import type { Task } from '../../src/core/task.js';
import { normaliseTask, taskObject } from '../../src/tasks/normalise-task.js';
import type { TaskSpec } from '../../src/core/task-spec.js';
import { startLoopback, type Loopback } from '../helpers/loopback.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const STATES = ['pending', 'running', 'succeeded', 'failed', 'partial', 'expired', 'unknown'];
const DONE = ['succeeded', 'failed', 'partial', 'expired'];

const SERVICES = (Object.keys(services) as ServiceName[]).flatMap((name) => {
  const descriptor = services[name].descriptor as ServiceDescriptor;
  const entry = Object.entries(descriptor.operations).find(([, op]) => op.task);
  return entry ? [{ name, descriptor, method: entry[0], spec: entry[1].task! }] : [];
});

/** Values a hostile or buggy server could put anywhere, all valid JSON. */
const hostileObject = fc.dictionary(fc.constantFrom('toString', 'valueOf', '__proto__', 'constructor', 'hasOwnProperty', 'length', '0', 'then'), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 3 });
const anyValue = fc.oneof({ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: hostileObject }, { weight: 1, arbitrary: fc.constantFrom(-1, 0, 1, 2, 3, 4, '1', '-1', 'running', 'success', 'SUCCESS', 'FAIL', '', 9223372036854775807, 1e308, -0, 8.64e15 + 1, '2022-03-28\'T\'00:00:00.000Z', '2026-01-10T09:03:00.000+0800') });

/** Sets a value at a `/a/b` pointer, creating objects on the way. */
function setAt(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/** Every field pointer an `x-task` spec reads. */
function pointersOf(spec: TaskSpec): string[] {
  const out = [spec.idField];
  if (!('counters' in spec.status)) out.push(spec.status.field);
  if (spec.progress) out.push(spec.progress.total, spec.progress.succeeded, spec.progress.failed);
  if (spec.name) out.push(spec.name);
  if (spec.createdAt) out.push(spec.createdAt.field);
  if (spec.endedAt) out.push(spec.endedAt.field);
  for (const p of Object.values(spec.file ?? {})) out.push(p);
  for (const p of Object.values(spec.error ?? {})) out.push(p);
  return [...new Set(out)];
}

/** A task object whose spec fields hold arbitrary values, wrapped in a list body for list services. */
function bodyArbitrary(spec: TaskSpec, id: fc.Arbitrary<string>): fc.Arbitrary<{ id: string; body: unknown }> {
  const pointers = pointersOf(spec);
  return fc.tuple(id, fc.array(fc.option(anyValue, { nil: undefined }), { minLength: pointers.length, maxLength: pointers.length }), fc.boolean(), fc.array(anyValue, { maxLength: 3 })).map(([taskId, values, matchId, others]) => {
    const task: Record<string, unknown> = {};
    pointers.forEach((pointer, i) => {
      if (values[i] !== undefined) setAt(task, pointer, values[i]);
    });
    // Half the time the id field really is the id asked for, so the list lookup finds it.
    if (matchId) setAt(task, spec.idField, taskId);
    const body = spec.list ? setList(spec.list.items, [...others, task]) : task;
    return { id: taskId, body };
  });
}

function setList(pointer: string, items: unknown[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  setAt(body, pointer, items);
  return body;
}

/** A Task is well-formed: known status, `done` consistent, counters and dates sane, raw kept. */
function expectWellFormed(task: Task, service: string, id: string, raw: unknown): void {
  expect(task.service).toBe(service);
  expect(task.id).toBe(id);
  expect(STATES).toContain(task.status);
  expect(task.done).toBe(DONE.includes(task.status));
  expect(task.raw).toBe(raw);
  if (task.progress) for (const n of Object.values(task.progress)) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
  for (const date of [task.createdAt, task.endedAt]) if (date !== undefined) expect(Number.isNaN(date.getTime())).toBe(false);
  if (task.name !== undefined) expect(typeof task.name).toBe('string');
  if (task.file) {
    if (task.file.id !== undefined) expect(typeof task.file.id).toBe('string');
    if (task.file.name !== undefined) expect(typeof task.file.name).toBe('string');
    if (task.file.downloaded !== undefined) expect(typeof task.file.downloaded).toBe('boolean');
  }
  if (task.error) for (const v of Object.values(task.error)) expect(typeof v).toBe('string');
  // It serialises (the CLI prints it as JSON).
  expect(() => JSON.stringify(task)).not.toThrow();
}

/** getTask's pipeline without the network: find the task in the body, normalise it. */
function pipeline(service: string, spec: TaskSpec, body: unknown, id: string): Task | 'not listed' {
  const raw = taskObject(spec, body, id);
  if (raw === undefined) return 'not listed';
  const task = normaliseTask(service, spec, raw, id);
  expectWellFormed(task, service, id, raw);
  return task;
}

describe.each(SERVICES)('$name task normaliser', ({ name, spec }) => {
  it(`never throws on arbitrary JSON (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, id) => {
        // As a server sends it: text, parsed losslessly.
        const body = parseJsonBody(JSON.stringify(value));
        pipeline(name, spec, body, id);
        expectWellFormed(normaliseTask(name, spec, body, id), name, id, body);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws when the status, id, counter, time, file and error fields hold arbitrary values (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(bodyArbitrary(spec, fc.oneof(fc.string(), fc.constantFrom('t1', '0', '[object Object]'))), fc.boolean(), ({ id, body }, viaText) => {
        // Through JSON text (as the client sees it, __proto__ dropped) or as JSON.parse builds it.
        const text = JSON.stringify(body);
        const parsed = viaText ? parseJsonBody(text) : JSON.parse(text);
        pipeline(name, spec, parsed, id);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the shrunk counterexamples, pinned', () => {
  const workspace = SERVICES.find((s) => s.name === 'workspace')!;
  const metastudio = SERVICES.find((s) => s.name === 'metastudio')!;

  it('Workspace: a listed task whose id field is an object with an own "toString" key', () => {
    const body = JSON.parse('{"export_tasks":[{"task_id":{"toString":[]}},{"task_id":"t1","status":"SUCCESS"}]}');
    expect(pipeline('workspace', workspace.spec, body, 't1')).toMatchObject({ id: 't1', status: 'succeeded' });
  });

  it('MetaStudio: int64 counters beyond 2^53 (exact digit strings from parseJsonBody) are not rounded into progress', () => {
    const body = parseJsonBody('{"task_id":"t1","total_count":9223372036854775807,"success_count":9223372036854775806,"failure_count":0}');
    const task = pipeline('metastudio', metastudio.spec, body, 't1') as Task;
    // Number('9223372036854775807') is 9223372036854775808: the count is no longer exact.
    if (task.progress) for (const n of Object.values(task.progress)) expect(Number.isSafeInteger(n)).toBe(true);
  });
});

describe('getTask end to end never fails with anything but a TaskportError', () => {
  let server: Loopback;
  beforeAll(async () => {
    server = await startLoopback();
  });
  afterAll(async () => {
    await server.close();
  });

  it.each(SERVICES.map((s) => [s.name, s] as const))('%s', async (_name, { name, spec, descriptor }) => {
    const create = services[name].createClient as unknown as (o: Record<string, unknown>) => { getTask(id: string): Promise<Task> };
    // Each option the service declares for itself (x-client-option) gets a value.
    const own = Object.fromEntries(Object.keys(descriptor.options).map((option) => [option, `${option}-1`]));
    const client = create({ endpoint: server.origin, projectId: 'p1', credentials: { token: 'tok-normalise-property' }, retry: false, ...own });
    await fc.assert(
      fc.asyncProperty(fc.oneof(bodyArbitrary(spec, fc.constantFrom('t1', 'x y')), fc.record({ id: fc.constant('t1'), body: fc.jsonValue() })), async ({ id, body }) => {
        server.reset();
        server.fallback = (_req, res) => {
          const text = JSON.stringify(body) ?? 'null';
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
          res.end(text);
        };
        try {
          const task = await client.getTask(id);
          expect(STATES).toContain(task.status);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(TaskportError);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 60_000);
});

// ---- parseJsonBody ---------------------------------------------------------------------------------

/** What parseJsonBody must produce for a value serialised with JSON.stringify. */
function expectedParse(value: unknown): unknown {
  if (typeof value === 'number') {
    // JSON.stringify writes integers below 1e21 as digits: those beyond 2^53 arrive as exact digit strings.
    if (Number.isInteger(value) && !Number.isSafeInteger(value) && Math.abs(value) < 1e21) return JSON.stringify(value);
    return Object.is(value, -0) ? 0 : value;
  }
  if (Array.isArray(value)) return value.map(expectedParse);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([key, v]) => key !== '__proto__' && v !== undefined).map(([key, v]) => [key, expectedParse(v)]));
  }
  return value;
}

describe('parseJsonBody', () => {
  it(`never throws on valid JSON text and parses it as expected (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 0, 1, 2, '\t', '  \n '), (value, indent) => {
        const text = JSON.stringify(value, null, indent as never);
        expect(parseJsonBody(text)).toEqual(expectedParse(JSON.parse(text)));
      }),
      { numRuns: RUNS },
    );
  });

  it(`keeps every safe integer a number, anywhere (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.string(), (n, s) => {
        const parsed = parseJsonBody(`{"a":${n},"b":[${n},${JSON.stringify(s)},{"c":${n}}],"d":${JSON.stringify(`${s}${n}`)}}`) as { a: unknown; b: unknown[]; d: unknown };
        expect(parsed).toEqual({ a: n, b: [n, s, { c: n }], d: `${s}${n}` });
        expect(typeof parsed.a).toBe('number');
      }),
      { numRuns: RUNS },
    );
  });

  it(`turns unsafe integer literals into their exact digits, and only those (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (b) => {
        const digits = b.toString();
        const parsed = parseJsonBody(`{"v":${digits},"s":"${digits}","list":[${digits}, ${digits}.5]}`) as { v: unknown; s: unknown; list: unknown[] };
        const safe = b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER);
        expect(parsed.v).toEqual(safe ? Number(b) : digits);
        expect(parsed.list[0]).toEqual(safe ? Number(b) : digits);
        expect(parsed.list[1]).toBe(Number(`${digits}.5`));
        expect(parsed.s).toBe(digits);
      }),
      { numRuns: RUNS },
    );
  });

  it(`leaves strings with digits, quotes, backslashes and escapes untouched (${RUNS} runs)`, () => {
    const unit = fc.oneof(fc.constantFrom('"', '\\', '\\"', '9', '1234567890123456789', '__proto__', '\u2028', '\u0000', ':', ','), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
        expect(parseJsonBody(JSON.stringify({ s, [s]: s, n: 12345678901234567890 }))).toEqual(s === '__proto__' ? { s, n: '12345678901234567000' } : { s, [s]: s, n: '12345678901234567000' });
      }),
      { numRuns: RUNS },
    );
  });
});
