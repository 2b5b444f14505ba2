/**
 * The defects of issue 11, one block each, against real loopback servers and the real mock. Every
 * block failed before its fix (each was checked by reverting the fix once) and names what it proves.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { services, type ServiceName } from '../../generated/clients/index.js';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import {
  AuthenticationError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  RedirectRefusedError,
  TaskFailedError,
  ValidationError,
  WaitTimeoutError,
} from '../../src/core/errors.js';
import { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import type { LogEvent } from '../../src/http/transport.js';
import { nextPollDelay } from '../../src/tasks/next-poll-delay.js';
import { json, redirect, startLoopback, text, type Handler, type Loopback } from '../helpers/loopback.js';
import { isolateEnv } from '../runtime/support.js';
import { servedOptions, taskOperationOf } from '../mock/helpers.js';
import { cleanEnv, forbidUnhandledRejections, outcome, runCli } from './support.js';

isolateEnv();
forbidUnhandledRejections();

const TOKEN = 'MIIEtokenDefects+abc/def=0123456789';
const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'ExampleSecretKey0123456789abcdefghijklmn';
const PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const FAST_RETRY = { minDelayMs: 1, maxDelayMs: 5 };
const SLACK_MS = 1000;

let server: Loopback;
let mock: MockServer;
beforeAll(async () => {
  [server, mock] = await Promise.all([startLoopback(), startMockServer()]);
});
afterAll(async () => {
  await Promise.all([server.close(), mock.close()]);
});
beforeEach(() => server.reset());

function ws(options: Record<string, unknown> = {}) {
  return createWorkspaceClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, retry: { maxRetries: 2, ...FAST_RETRY }, timeoutMs: 5000, ...options } as never);
}
function ms(options: Record<string, unknown> = {}) {
  return createMetaStudioClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, retry: FAST_RETRY, ...options } as never);
}

/** A handler answering with raw bytes and the given headers. */
function bytes(status: number, body: Buffer, headers: Record<string, string>): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

describe('1. the size cap holds on decoded bytes, for every Content-Encoding, chunked or not', () => {
  const big = JSON.stringify({ export_tasks: [], count: 0, pad: 'a'.repeat(3 * 1024 * 1024) });
  const small = JSON.stringify({ export_tasks: [{ task_id: 't1', status: 'SUCCESS' }], count: 1 });
  const encoders = { gzip: gzipSync, br: brotliCompressSync, deflate: deflateSync } as const;
  for (const [encoding, encode] of Object.entries(encoders)) {
    for (const framing of ['content-length', 'chunked'] as const) {
      it(`${encoding}, ${framing}: 3 MiB of decoded text under a 1 MiB cap → InvalidResponseError; a small body still decodes`, async () => {
        const compressed = encode(Buffer.from(big));
        expect(compressed.byteLength).toBeLessThan(64 * 1024);
        const headers = (body: Buffer): Record<string, string> => ({
          'content-type': 'application/json',
          'content-encoding': encoding,
          ...(framing === 'content-length' ? { 'content-length': String(body.byteLength) } : {}),
        });
        server.enqueue(bytes(200, compressed, headers(compressed)));
        const result = await outcome(() => ws({ maxResponseBytes: 1024 * 1024, retry: false }).listExportTasks());
        expect(result.threw && result.error).toBeInstanceOf(InvalidResponseError);
        expect((result as { error: Error }).error.message).toMatch(/exceeds the 1048576-byte cap/);
        const ok = encode(Buffer.from(small));
        server.enqueue(bytes(200, ok, headers(ok)));
        expect(await ws({ maxResponseBytes: 1024 * 1024 }).listExportTasks()).toEqual(JSON.parse(small));
      });
    }
  }
});

describe('2. concurrent streamed answers never share decoding state', () => {
  it('two chunked answers that split a 3-byte character across chunks, read at the same time, both decode exactly', async () => {
    const names = ['€'.repeat(50), '漢字'.repeat(40)];
    const bodies = names.map((name, i) => Buffer.from(JSON.stringify({ export_tasks: [{ task_id: `t${i}`, status: 'SUCCESS', file_name: name }], count: 1 })));
    // Each answer's first chunk ends inside a multi-byte character; the rest is sent only once both
    // first chunks are out, so the client holds both half characters at once.
    let firstChunksOut = 0;
    let release!: () => void;
    const bothOut = new Promise<void>((resolve) => (release = resolve));
    const handler =
      (body: Buffer): Handler =>
      async (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const cut = body.indexOf(Buffer.from(body.includes(Buffer.from('€')) ? '€' : '漢')) + 1;
        res.write(body.subarray(0, cut));
        if (++firstChunksOut === 2) release();
        await bothOut;
        await new Promise((resolve) => setTimeout(resolve, 30));
        res.end(body.subarray(cut));
      };
    server.enqueue(handler(bodies[0]!), handler(bodies[1]!));
    const client = ws();
    const answers = await Promise.all([client.listExportTasks({ limit: 1 }), client.listExportTasks({ limit: 2 })]);
    const received = answers.map((a) => (a as { export_tasks: { file_name: string }[] }).export_tasks[0]!.file_name).sort();
    expect(received).toEqual([...names].sort());
  });
});

describe('3. time queued under requestsPerSecond does not count against timeoutMs', () => {
  it('4 calls at 2/s with timeoutMs 700 against a server that answers at once all succeed and all reach it', async () => {
    const client = ws({ requestsPerSecond: 2, timeoutMs: 700, retry: false });
    const results = await Promise.all(Array.from({ length: 4 }, () => outcome(() => client.listExportTasks())));
    expect(results.filter((r) => r.threw).map((r) => (r as { error: Error }).error.name)).toEqual([]);
    expect(server.requests).toHaveLength(4);
  });

  it('the wait deadline still bounds the queueing: waits queued past maxWaitMs end with WaitTimeoutError on time', async () => {
    server.fallback = json(200, { export_tasks: [{ task_id: 'a', status: 'CREATING' }, { task_id: 'b', status: 'CREATING' }, { task_id: 'c', status: 'CREATING' }], count: 3 });
    const client = ws({ requestsPerSecond: 1 });
    const started = Date.now();
    const outcomes = await client.waitForTasks(['a', 'b', 'c'], { maxWaitMs: 700, minDelayMs: 50, maxDelayMs: 100 });
    const elapsed = Date.now() - started;
    expect(outcomes.map((o) => !o.ok && o.error instanceof WaitTimeoutError)).toEqual([true, true, true]);
    expect(elapsed).toBeLessThan(700 + SLACK_MS);
    // One slot per second: the first poll of one wait, perhaps a second one at 1 s is past the deadline.
    expect(server.requests.length).toBe(1);
  });
});

describe('4. a wait never sleeps past its deadline, and a short wait polls until just before it', () => {
  const hss = (target: MockServer) => createHssClient({ endpoint: target.url, projectId: MOCK_PROJECT_ID, credentials: { token: MOCK_TOKEN }, retry: FAST_RETRY });
  const checkpoint = (id: string, over: Record<string, unknown>) => ({ version: 1 as const, service: 'hss', taskId: id, startedAt: Date.now() - 1000, deadline: Date.now() + 3_600_000, nextPollAt: Date.now() + 10 * 60_000, polls: 3, finalPoll: false, ...over });

  it('a checkpoint 10 minutes ahead resumed with maxWaitMs 500 polls once before the deadline and throws WaitTimeoutError by it', async () => {
    mock.addTask({ service: 'hss', id: 'resume-ahead', outcome: 'succeeded', advance: { afterPolls: 1000 } });
    const before = mock.requests.length;
    const started = Date.now();
    const result = await outcome(() => hss(mock).waitForTask('resume-ahead', { resume: checkpoint('resume-ahead', {}), maxWaitMs: 500 }));
    expect(result.threw && result.error).toBeInstanceOf(WaitTimeoutError);
    expect(Date.now() - started).toBeLessThan(500 + SLACK_MS);
    // The final poll before the deadline (and one more when the first leaves room for it).
    expect(mock.requests.length - before).toBeGreaterThanOrEqual(1);
    expect(mock.requests.length - before).toBeLessThanOrEqual(2);
  });

  it('a checkpoint whose deadline passed, with its next poll ahead, throws WaitTimeoutError at once and sends nothing', async () => {
    mock.addTask({ service: 'hss', id: 'resume-late', outcome: 'succeeded', advance: { afterPolls: 1000 } });
    const before = mock.requests.length;
    const started = Date.now();
    const result = await outcome(() => hss(mock).waitForTask('resume-late', { resume: checkpoint('resume-late', { deadline: Date.now() - 1000 }) }));
    expect(result.threw && result.error).toBeInstanceOf(WaitTimeoutError);
    expect(Date.now() - started).toBeLessThan(SLACK_MS);
    expect(mock.requests.length).toBe(before);
  });

  it('the final poll of a short wait keeps a few poll durations before the deadline, not half of what is left', () => {
    // A 1500 ms wait whose next regular poll would cross the deadline, after a 5 ms poll.
    const timing = { now: 0, startedAt: 0, deadline: 1500, minDelayMs: 2000, maxDelayMs: 60_000, finalPollMade: false, random: () => 0.5, lastPollMs: 5 };
    expect(nextPollDelay(timing)).toEqual({ delayMs: 1400, finalPoll: true });
    // A slow poll (300 ms) keeps more room, never more than 1 s.
    expect(nextPollDelay({ ...timing, minDelayMs: 5000, deadline: 4000, lastPollMs: 300 })).toEqual({ delayMs: 3000, finalPoll: true });
    expect(nextPollDelay({ ...timing, minDelayMs: 5000, deadline: 4000, lastPollMs: 100 })).toEqual({ delayMs: 3600, finalPoll: true });
    // A final poll that came early (a late timer, a slow answer) leaves room for another one.
    expect(nextPollDelay({ ...timing, now: 500, finalPollMade: true })).toEqual({ delayMs: 900, finalPoll: true });
    expect(nextPollDelay({ ...timing, now: 1400, finalPollMade: true })).toBeUndefined();
  });

  it('end to end: a 1500 ms wait makes its last poll in the last 500 ms', async () => {
    mock.addTask({ service: 'hss', id: 'short-wait', outcome: 'succeeded', advance: { afterPolls: 1000 } });
    const polls: number[] = [];
    const started = Date.now();
    const client = createHssClient({ endpoint: mock.url, projectId: MOCK_PROJECT_ID, credentials: { token: MOCK_TOKEN }, fetch: (url, init) => (polls.push(Date.now() - started), fetch(url, init)) });
    const result = await outcome(() => client.waitForTask('short-wait', { maxWaitMs: 1500, minDelayMs: 2000, maxDelayMs: 2000 }));
    expect(result.threw && result.error).toBeInstanceOf(WaitTimeoutError);
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.at(-1)!).toBeGreaterThanOrEqual(1000);
    expect(polls.at(-1)!).toBeLessThan(1500);
  });
});

describe('5. "__proto__" written with escapes is dropped like the plain spelling', () => {
  for (const key of ['\\u005f_proto__', '\\u005F\\u005Fproto\\u005f\\u005f', '__pr\\u006fto__']) {
    it(`"${key}" never becomes an own property of a parsed body`, async () => {
      server.enqueue(text(200, `{"export_tasks":[{"task_id":"t1","${key}":{"polluted":true}}],"count":1,"${key}":{"polluted":true}}`, { 'content-type': 'application/json' }));
      const body = (await ws().listExportTasks()) as Record<string, unknown> & { export_tasks: Record<string, unknown>[] };
      expect(Object.hasOwn(body, '__proto__')).toBe(false);
      expect(Object.hasOwn(body.export_tasks[0]!, '__proto__')).toBe(false);
      expect(body.count).toBe(1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

describe('6. a 401 with an absurd Date stays an AuthenticationError; a measured clock offset is remembered', () => {
  const aksk = (endpoint: string) => createHssClient({ endpoint, projectId: PROJECT_ID, credentials: { ak: AK, sk: SK }, retry: false });
  const refuse = (date: string) => json(401, { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' }, { date });

  for (const [name, date] of [
    ['year 20000', 'Sat, 01 Jan 20000 00:00:00 GMT'],
    ['two days ahead', new Date(Date.now() + 2 * 86_400_000).toUTCString()],
    ['year 1900', 'Mon, 01 Jan 1900 00:00:00 GMT'],
  ] as const) {
    it(`a 401 dated ${name} → AuthenticationError, not re-signed`, async () => {
      server.fallback = refuse(date);
      const result = await outcome(() => aksk(server.origin).listQueryExportTask({ task_id: 't1' } as never));
      expect(result.threw && result.error).toBeInstanceOf(AuthenticationError);
      expect(server.requests).toHaveLength(1);
    });
  }

  it('a 20-minute skew is corrected once; the next call signs with the measured offset (no second 401)', async () => {
    const skewed = await startMockServer({ clock: () => Date.now() + 20 * 60_000, scenarios: [{ service: 'hss', id: 'skew-1', outcome: 'succeeded', advance: { afterPolls: 0 } }] });
    try {
      const client = createHssClient({ endpoint: skewed.url, projectId: MOCK_PROJECT_ID, credentials: { ak: MOCK_AK, sk: MOCK_SK }, retry: false });
      await client.getTask('skew-1');
      expect(skewed.requests.map((r) => r.response?.status)).toEqual([401, 200]);
      await client.getTask('skew-1');
      await client.getTask('skew-1');
      expect(skewed.requests.map((r) => r.response?.status)).toEqual([401, 200, 200, 200]);
    } finally {
      await skewed.close();
    }
  });
});

describe('7. toJSON() and log events never throw and stay bounded', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('a 400 body nested 100,000 deep: JSON.stringify(error) works and is small', async () => {
    server.enqueue(text(400, `{"error_code":"X.1","error_msg":"bad","nested":${deep(100_000)}}`, { 'content-type': 'application/json' }));
    const events: LogEvent[] = [];
    const result = await outcome(() => ws({ logger: (e: LogEvent) => events.push(e) }).listExportTasks());
    expect(result.threw).toBe(true);
    const serialised = JSON.stringify(result.threw && result.error);
    expect(serialised.length).toBeLessThan(64 * 1024);
    expect(JSON.parse(serialised)).toMatchObject({ name: 'BadRequestError', status: 400, code: 'X.1' });
    for (const event of events) expect(JSON.stringify(event).length).toBeLessThan(4096);
  });

  it('a 5 MB error message and a 200,000-entry body: message and toJSON() stay bounded', async () => {
    const body = { error_code: 'X.2', error_msg: 'm'.repeat(5_000_000), items: Array.from({ length: 200_000 }, (_, i) => i) };
    server.enqueue(json(400, body));
    const result = await outcome(() => ws().listExportTasks());
    const error = (result as { error: Error }).error;
    expect(error.message.length).toBeLessThan(1000);
    expect(JSON.stringify(error).length).toBeLessThan(64 * 1024);
  });

  it('a TaskFailedError whose raw task is nested deep serialises bounded', async () => {
    server.fallback = text(200, `{"export_tasks":[{"task_id":"deep","status":"FAIL","extra":${deep(100_000)}}],"count":1}`, { 'content-type': 'application/json' });
    const result = await outcome(() => ws().waitForTask('deep'));
    expect(result.threw && result.error, String((result as { error: Error }).error)).toBeInstanceOf(TaskFailedError);
    expect(JSON.stringify((result as { error: Error }).error).length).toBeLessThan(64 * 1024);
  });
});

describe('8. framing headers in options.headers are a ValidationError before sending', () => {
  for (const name of ['Transfer-Encoding', 'Upgrade', 'Keep-Alive', 'Expect', 'Connection', 'Content-Length', 'TE', 'Trailer']) {
    it(`${name}`, async () => {
      const result = await outcome(() => ws().listExportTasks({}, { headers: { [name]: name === 'Expect' ? '100-continue' : 'x' } }));
      expect(result.threw && result.error).toBeInstanceOf(ValidationError);
      expect((result as { error: ValidationError }).error).toMatchObject({ field: `options.headers.${name}`, rule: 'framing' });
      expect(server.requests).toHaveLength(0);
    });
  }
});

describe('9. a redirect is a RedirectRefusedError (a ConnectionError), asked once', () => {
  it('302 with a Location: the class, the status, where it pointed; not retried', async () => {
    server.fallback = redirect(302, '/elsewhere');
    const result = await outcome(() => ws().listExportTasks());
    const error = (result as { error: RedirectRefusedError }).error;
    expect(error).toBeInstanceOf(RedirectRefusedError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ status: 302, location: '/elsewhere' });
    expect(error.message).toMatch(/redirected \(HTTP 302\) to \/elsewhere; redirects are not followed/);
    expect(server.requests).toHaveLength(1);
  });
});

describe('10. an answer about another task is an error, never our success', () => {
  const direct = (Object.keys(services) as ServiceName[]).filter((name) => taskOperationOf(name) && !taskOperationOf(name)!.spec.list);

  it('covers every service that reads one task directly', () => {
    expect(direct.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of direct) {
    it(`${name}: waitForTask('mine') rejects InvalidResponseError when the server answers about "someone-else" with success`, async () => {
      mock.addTask({ service: name, id: 'someone-else', outcome: 'succeeded', advance: { afterPolls: 0 } });
      const create = services[name].createClient as unknown as (o: Record<string, unknown>) => { getTask(id: string): Promise<{ raw: unknown; status: string }>; waitForTask(id: string, o?: object): Promise<unknown> };
      const options = { projectId: MOCK_PROJECT_ID, credentials: { token: MOCK_TOKEN }, retry: false, ...servedOptions(name, mock) };
      const theirs = await create({ ...options, endpoint: mock.url }).getTask('someone-else');
      expect(theirs.status).toBe('succeeded');
      server.fallback = json(200, theirs.raw);
      const result = await outcome(() => create({ ...options, endpoint: server.origin }).waitForTask('mine', { maxWaitMs: 5000 }));
      expect(result.threw && result.error).toBeInstanceOf(InvalidResponseError);
      expect((result as { error: Error }).error.message).toMatch(/asked for task "mine", the answer is about task "someone-else"/);
    });
  }
});

describe('11. many waits sharing one signal print no MaxListenersExceededWarning', () => {
  it('waitForTasks with 50 ids and one signal', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const ids = Array.from({ length: 50 }, (_, i) => `shared-${i}`);
      server.fallback = (_req, res) => {
        // Every wait polls twice: the signal carries the pauses, the attempts and the budget queue.
        const done = server.requests.length > ids.length;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ export_tasks: ids.map((task_id) => ({ task_id, status: done ? 'SUCCESS' : 'CREATING' })), count: ids.length }));
      };
      const controller = new AbortController();
      const outcomes = await ws({ requestsPerSecond: 1000 }).waitForTasks(ids, { signal: controller.signal, minDelayMs: 20, maxDelayMs: 40 });
      expect(outcomes.every((o) => o.ok)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message)).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('the shared signal still aborts every wait at once', async () => {
    server.fallback = json(200, { export_tasks: [{ task_id: 'x0', status: 'CREATING' }], count: 1 });
    const controller = new AbortController();
    const reason = new Error('stop all');
    setTimeout(() => controller.abort(reason), 100);
    const outcomes = await ws().waitForTasks(['x0', 'x0', 'x0'], { signal: controller.signal, minDelayMs: 1000 });
    expect(outcomes.map((o) => !o.ok && o.error === reason)).toEqual([true, true, true]);
  });
});

describe('13. integer parameters are checked against their format and sent as plain digits', () => {
  for (const [offset, rule] of [
    [2147483648, 'format'],
    [-2147483649, 'format'],
    [2 ** 53, 'type'],
    [1e21, 'type'],
  ] as const) {
    it(`offset (int32) ${offset} → ValidationError (${rule}), nothing sent`, async () => {
      const result = await outcome(() => ws().listExportTasks({ offset }));
      expect(result.threw && result.error).toBeInstanceOf(ValidationError);
      expect((result as { error: ValidationError }).error).toMatchObject({ field: 'offset', rule });
      expect(server.requests).toHaveLength(0);
    });
  }

  it('the largest int32 goes out as plain digits', async () => {
    server.enqueue(json(200, { export_tasks: [], count: 0 }));
    await ws().listExportTasks({ offset: 2147483647 });
    expect(server.requests[0]!.query.get('offset')).toBe('2147483647');
    expect(server.requests[0]!.url).toContain('offset=2147483647');
  });

  it('the CLI refuses --offset 2147483648 with exit 3 before sending', async () => {
    const result = await runCli(['list', 'workspace', '--offset', '2147483648', '--endpoint', server.origin, '--project-id', PROJECT_ID, '--json'], cleanEnv({ HUAWEICLOUD_SDK_TOKEN: TOKEN }));
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toMatch(/offset.*int32/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('15. messages say what happened', () => {
  it('a Workspace task missing from the list: NotFoundError saying the list answered 200 without it, with its request id', async () => {
    server.enqueue(json(200, { export_tasks: [{ task_id: 'other', status: 'SUCCESS' }], count: 1 }, { 'x-request-id': 'req-list-42' }));
    const result = await outcome(() => ws().getTask('absent'));
    const error = (result as { error: NotFoundError }).error;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(200);
    expect(error.requestId).toBe('req-list-42');
    expect(error.message).not.toMatch(/404/);
    expect(error.message).toBe('workspace ListExportTasks answered (HTTP 200) without task absent: no such task is listed (request id req-list-42)');
  });

  it('an HTML page answered 200 as JSON is reported as HTML, with its title', async () => {
    server.enqueue(text(200, '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', { 'content-type': 'application/json' }));
    const result = await outcome(() => ws().listExportTasks());
    expect(result.threw && result.error).toBeInstanceOf(InvalidResponseError);
    expect((result as { error: Error }).error.message).toMatch(/the response body is an HTML page titled "502 Bad Gateway", not JSON/);
  });

  it('an HTML error page (502) quotes its title, not its markup', async () => {
    server.fallback = text(502, '<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>', { 'content-type': 'text/html' });
    const result = await outcome(() => ws().listExportTasks());
    const message = (result as { error: Error }).error.message;
    expect(message).toMatch(/HTTP 502: an HTML page titled "502 Bad Gateway"/);
    expect(message).not.toMatch(/<center>/);
  });

  it('--endpoint http://127.0.0.1:1 says that fetch refuses the port, and where it tried', async () => {
    const result = await runCli(['get', 'hss', 'task-1', '--endpoint', 'http://127.0.0.1:1', '--project-id', PROJECT_ID], cleanEnv({ HUAWEICLOUD_SDK_TOKEN: TOKEN }));
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/cannot connect to http:\/\/127\.0\.0\.1:1: fetch refuses port 1 \("bad port"/);
  });

  it('a refused connection names where it tried', async () => {
    const closed = await startLoopback();
    const origin = closed.origin;
    await closed.close();
    const result = await outcome(() => createWorkspaceClient({ endpoint: origin, projectId: PROJECT_ID, credentials: { token: TOKEN }, retry: false }).listExportTasks());
    expect(result.threw && result.error).toBeInstanceOf(ConnectionError);
    expect((result as { error: Error }).error.message).toContain(`cannot connect to ${origin}`);
  });
});

describe('16. an id that cannot name a task is a ValidationError before sending', () => {
  const cases: [string, () => Promise<unknown>, string][] = [
    ['getTask("   ")', () => ms().getTask('   '), 'id'],
    ['getTask("\\n\\t ")', () => ms().getTask('\n\t '), 'id'],
    ['waitForTask("\\t")', () => ms().waitForTask('\t'), 'id'],
    ['showTask({ id: "   " }) (a path parameter)', () => ms().showTask({ id: '   ' } as never), 'id'],
    ['HSS listQueryExportTask({ task_id: "  " }) (the x-task id in the query)', () => createHssClient({ endpoint: server.origin, projectId: PROJECT_ID, credentials: { token: TOKEN } }).listQueryExportTask({ task_id: '  ' } as never), 'task_id'],
  ];
  for (const [name, run, field] of cases) {
    it(name, async () => {
      const result = await outcome(run);
      expect(result.threw && result.error).toBeInstanceOf(ValidationError);
      expect((result as { error: ValidationError }).error.field).toBe(field);
      expect(server.requests).toHaveLength(0);
    });
  }

  it('the CLI: get metastudio "   " exits 3 and sends nothing', async () => {
    const result = await runCli(['get', 'metastudio', '   ', '--endpoint', server.origin, '--project-id', PROJECT_ID], cleanEnv({ HUAWEICLOUD_SDK_TOKEN: TOKEN }));
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toMatch(/task id/);
    expect(server.requests).toHaveLength(0);
  });
});
