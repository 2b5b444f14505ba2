/**
 * The CLI's pieces in process (fast): durations, flag names, value coercion, exit-code mapping,
 * secret scanning, client options from flags and environment, and `run` with fake streams.
 */
import { CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterFlag as filterFlagOf } from '../../src/apps/cli/commands/list.js';
import { textAsSchemaType as coerce } from '../../src/client/validate-params.js';
import { shellQuote } from '../../src/apps/cli/commands/mock.js';
import { ExitCode, exitCodeFor, InterruptedError, UsageError } from '../../src/apps/cli/exit-codes.js';
import { clientOptions, globalFlagNames, parseDuration, secretsIn, wantsJson } from '../../src/apps/cli/options.js';
import { formatTable, formatTask } from '../../src/apps/cli/output.js';
import { run } from '../../src/apps/cli/program.js';
import { listOperation } from '../../src/apps/cli/services.js';
import {
  AuthenticationError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TaskFailedError,
  TaskStateUnknownError,
  TimeoutError,
  ValidationError,
  WaitTimeoutError,
} from '../../src/core/errors.js';
import { MOCK_PROJECT_ID, MOCK_TOKEN, startMockServer, type MockServer } from '../../src/apps/mock/index.js';
import type { Task } from '../../src/core/task.js';
import { BUNDLE_DIR, CLI_SERVICES, REGISTRY } from './helpers.js';

const findService = (name: string) => CLI_SERVICES.find(name);
const filterFlag = (name: string) => filterFlagOf(name, globalFlagNames(CLI_SERVICES));

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['10s', 10_000],
    ['1.5s', 1500],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['2500', 2500],
    [' 30M ', 1_800_000],
  ])('%s → %i ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '-1s', '1d', '1 s s', 'ms'])('rejects %j', (text) => expect(() => parseDuration(text)).toThrow(/duration/));
});

describe('list filters', () => {
  it('flag names are kebab-case and avoid the CLI flags', () => {
    expect(filterFlag('business_id')).toBe('business-id');
    expect(filterFlag('sortField')).toBe('sort-field');
    expect(filterFlag('X-Request-Tag')).toBe('x-request-tag');
    expect(filterFlag('region')).toBe('filter-region');
    expect(filterFlag('json')).toBe('filter-json');
    expect(filterFlag('all')).toBe('filter-all');
    expect(filterFlag('no_cache')).toBe('filter-no-cache');
    // A service's own option (x-client-option) is a global flag too.
    expect(filterFlag('workspace_id')).toBe('filter-workspace-id');
  });

  it('values are typed by the schema when they read as the type, else left for the client to reject', () => {
    expect(coerce({ type: 'integer' }, '5')).toBe(5);
    expect(coerce({ type: 'integer' }, 'abc')).toBe('abc');
    expect(coerce({ type: 'number' }, '1.5')).toBe(1.5);
    expect(coerce({ type: 'boolean' }, 'true')).toBe(true);
    expect(coerce({ type: 'string' }, '5')).toBe('5');
    expect(coerce({ type: ['string', 'integer'] }, '5')).toBe('5');
    expect(coerce({}, 'x')).toBe('x');
  });

  it('list operations come from the descriptors: a GET without caller path parameters', () => {
    expect(CLI_SERVICES.listable()).toEqual(['metastudio', 'workspace']);
    expect(listOperation(findService('metastudio').descriptor)?.method).toBe('searchTask');
    expect(listOperation(findService('workspace').descriptor)?.filters.map((p) => p.name)).toEqual(['file_name', 'task_id', 'status', 'is_download', 'sort_field', 'sort_type', 'offset', 'limit']);
    expect(listOperation(findService('hss').descriptor)).toBeUndefined();
    expect(() => findService('toString')).toThrow(UsageError);
  });
});

describe('exit codes', () => {
  const site = { service: 'hss', operation: 'ListQueryExportTask' };
  const task: Task = { service: 'hss', id: 't', status: 'failed', done: true, raw: {} };
  it.each([
    [new TaskFailedError(task), ExitCode.TaskFailed],
    [new TaskStateUnknownError({ ...task, status: 'unknown', done: false }, 10), ExitCode.TaskFailed],
    [new WaitTimeoutError(undefined, 100), ExitCode.TimedOut],
    [new ValidationError('x', 'required', 'x'), ExitCode.Usage],
    [new AuthenticationError({ ...site, status: 401 }), ExitCode.Usage],
    [new PermissionDeniedError({ ...site, status: 403 }), ExitCode.Usage],
    [new UsageError('x'), ExitCode.Usage],
    [new CommanderError(1, 'commander.unknownOption', 'x'), ExitCode.Usage],
    [new NotFoundError({ ...site, status: 404 }), ExitCode.ApiError],
    [new RateLimitError({ ...site, status: 429 }), ExitCode.ApiError],
    [new ServerError({ ...site, status: 503 }), ExitCode.ApiError],
    [new ConnectionError('refused'), ExitCode.ApiError],
    [new TimeoutError('slow', 10), ExitCode.ApiError],
    [new InterruptedError('SIGINT'), ExitCode.Interrupted],
    [new Error('bug'), ExitCode.ApiError],
  ])('%s → %i', (error, code) => expect(exitCodeFor(error)).toBe(code));
});

describe('options', () => {
  it('secrets are found in flags (both spellings) and the environment', () => {
    expect(secretsIn(['get', '--sk', 'S1', '--token=T1', '--security-token', 'X1', '--', '--sk', 'after'], { HUAWEICLOUD_SDK_SK: 'E1', HUAWEICLOUD_SDK_AK: 'not-secret' }).sort()).toEqual(['E1', 'S1', 'T1', 'X1']);
    expect(wantsJson(['get', '--json'])).toBe(true);
    expect(wantsJson(['get', '--', '--json'])).toBe(false);
  });

  const hss = findService('hss');
  const dai = findService('dataarts-insight');
  const base = { HUAWEICLOUD_SDK_REGION: 'cn-north-4', HUAWEICLOUD_SDK_PROJECT_ID: 'p1' };

  it('flags beat the environment; AK/SK from the environment beat a token from it', () => {
    expect(clientOptions(hss, {}, { ...base, HUAWEICLOUD_SDK_AK: 'a', HUAWEICLOUD_SDK_SK: 's', HUAWEICLOUD_SDK_TOKEN: 't' })).toEqual({ region: 'cn-north-4', projectId: 'p1', credentials: { ak: 'a', sk: 's' } });
    expect(clientOptions(hss, { token: 'f' }, { ...base, HUAWEICLOUD_SDK_AK: 'a', HUAWEICLOUD_SDK_SK: 's' }).credentials).toEqual({ token: 'f' });
    expect(clientOptions(hss, { sk: 'fs' }, { ...base, HUAWEICLOUD_SDK_AK: 'a', HUAWEICLOUD_SDK_SECURITY_TOKEN: 'st' }).credentials).toEqual({ ak: 'a', sk: 'fs', securityToken: 'st' });
    expect(clientOptions(hss, {}, { ...base, HUAWEICLOUD_SDK_TOKEN: 't' }).credentials).toEqual({ token: 't' });
    expect(clientOptions(hss, { projectId: 'p2', timeoutMs: 500, token: 't' }, base)).toMatchObject({ projectId: 'p2', timeoutMs: 500 });
  });

  it('an explicit --region beats an endpoint from the environment', () => {
    const env = { ...base, HUAWEICLOUD_SDK_ENDPOINT: 'http://127.0.0.1:1', HUAWEICLOUD_SDK_TOKEN: 't' };
    expect(clientOptions(hss, {}, env)).toMatchObject({ region: 'cn-north-4', endpoint: 'http://127.0.0.1:1' });
    expect(clientOptions(hss, { region: 'cn-east-3' }, env)).not.toHaveProperty('endpoint');
    expect(clientOptions(hss, { region: 'cn-east-3', endpoint: 'http://x' }, env)).toMatchObject({ endpoint: 'http://x' });
  });

  it('workspace ids only go to services that need one', () => {
    const env = { ...base, HUAWEICLOUD_SDK_TOKEN: 't', HUAWEICLOUD_SDK_WORKSPACE_ID: 'w1' };
    expect(clientOptions(hss, {}, env)).not.toHaveProperty('workspaceId');
    expect(clientOptions(dai, {}, env)).toMatchObject({ workspaceId: 'w1' });
    expect(clientOptions(dai, { workspaceId: 'w2' }, env)).toMatchObject({ workspaceId: 'w2' });
  });

  it('missing or conflicting settings are ValidationErrors naming flag and variable', () => {
    expect(() => clientOptions(hss, {}, base)).toThrow(/no credentials: pass --token, or --ak and --sk/);
    expect(() => clientOptions(hss, { token: 't', ak: 'a' }, base)).toThrow(/--token cannot be combined/);
    expect(() => clientOptions(hss, { ak: 'a' }, base)).toThrow(/--ak needs a secret key: pass --sk or set HUAWEICLOUD_SDK_SK/);
    expect(() => clientOptions(hss, { token: 't' }, { HUAWEICLOUD_SDK_PROJECT_ID: 'p' })).toThrow(/pass --region \(e\.g\. cn-north-9\) or --endpoint/);
    expect(() => clientOptions(hss, { token: 't', region: 'cn-north-4' }, {})).toThrow(/--project-id or set HUAWEICLOUD_SDK_PROJECT_ID/);
    expect(() => clientOptions(dai, { token: 't' }, base)).toThrow(/--workspace-id or set HUAWEICLOUD_SDK_WORKSPACE_ID/);
    expect(() => clientOptions(hss, {}, { ...base, HUAWEICLOUD_SDK_SK: '' , HUAWEICLOUD_SDK_AK: 'a'})).toThrow(ValidationError);
  });
});

describe('output', () => {
  it('a task as aligned lines, a table with padded columns', () => {
    const task: Task = { service: 'metastudio', id: 't1', status: 'partial', done: true, progress: { total: 10, succeeded: 5, failed: 5 }, createdAt: new Date(0), raw: {} };
    expect(formatTask(task)).toBe(
      ['service   metastudio', 'id        t1', 'status    partial (done)', 'progress  10/10 (5 failed)', 'created   1970-01-01T00:00:00.000Z'].join('\n'),
    );
    expect(formatTable(['A', 'BB'], [['xxx', 'y'], ['z', '']])).toBe('A    BB\nxxx  y\nz');
  });

  it('shell quoting for the mock export lines', () => {
    expect(shellQuote('http://127.0.0.1:80')).toBe('http://127.0.0.1:80');
    expect(shellQuote("it's $x")).toBe(`'it'\\''s $x'`);
  });
});

describe('run (in process)', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock?.close());

  function sink() {
    const chunks: string[] = [];
    return { write: (text: string) => void chunks.push(text), get text() { return chunks.join(''); } };
  }
  const env = () => ({ HUAWEICLOUD_SDK_ENDPOINT: mock.url, HUAWEICLOUD_SDK_PROJECT_ID: MOCK_PROJECT_ID, HUAWEICLOUD_SDK_TOKEN: MOCK_TOKEN });

  it('get prints the task and resolves 0', async () => {
    const stdout = sink();
    const stderr = sink();
    expect(await run(['get', 'hss', 'demo-failed', '--json'], { services: REGISTRY, bundleDir: BUNDLE_DIR, stdout, stderr, env: env() })).toBe(0);
    expect(JSON.parse(stdout.text)).toMatchObject({ service: 'hss', id: 'demo-failed' });
    expect(stderr.text).toBe('');
  });

  it('an aborted signal ends a wait with 130', async () => {
    const controller = new AbortController();
    const stdout = sink();
    const stderr = sink();
    mock.addTask({ service: 'hss', id: 'forever', outcome: 'succeeded', advance: { afterMs: 600_000 } });
    const pending = run(['wait', 'hss', 'forever', '--min-delay', '10ms', '--max-delay', '20ms'], { services: REGISTRY, bundleDir: BUNDLE_DIR, stdout, stderr, env: env(), signal: controller.signal });
    setTimeout(() => controller.abort(new InterruptedError('SIGINT')), 200);
    expect(await pending).toBe(ExitCode.Interrupted);
    expect(stderr.text).toMatch(/taskport: interrupted by SIGINT\n$/);
  });

  it('usage errors resolve 3 with one line; help resolves 0 on stdout', async () => {
    const stdout = sink();
    const stderr = sink();
    expect(await run(['get', 'hss'], { services: REGISTRY, bundleDir: BUNDLE_DIR, stdout, stderr, env: {} })).toBe(3);
    expect(stderr.text).toBe("taskport: missing required argument 'task-id' (see --help)\n");
    const help = sink();
    expect(await run(['get', '--help'], { services: REGISTRY, bundleDir: BUNDLE_DIR, stdout: help, stderr, env: {} })).toBe(0);
    expect(help.text).toContain('Usage: taskport get [options] <service> <task-id>');
  });

  it('global flags work before the command too', async () => {
    const stdout = sink();
    const stderr = sink();
    const code = await run(['--json', '--endpoint', mock.url, '--project-id', MOCK_PROJECT_ID, '--token', MOCK_TOKEN, 'get', 'workspace', 'demo-succeeded'], { services: REGISTRY, bundleDir: BUNDLE_DIR, stdout, stderr, env: {} });
    expect(code, stderr.text).toBe(0);
    expect(JSON.parse(stdout.text)).toMatchObject({ service: 'workspace', id: 'demo-succeeded' });
  });

  it('mock refuses client-only flags', async () => {
    const stdout = sink();
    const stderr = sink();
    expect(await run(['mock', '--region', 'cn-north-4'], { services: REGISTRY, bundleDir: BUNDLE_DIR, stdout, stderr, env: {} })).toBe(3);
    expect(stderr.text).toBe('taskport: --region does not apply to mock (it starts a server)\n');
  });
});
