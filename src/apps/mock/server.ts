/**
 * The HTTP server: one node:http server on 127.0.0.1 for the services it is given. Each request goes
 * through injected faults, routing (404), authentication (401), parameter checks (400), then the
 * task handlers. Every answer is JSON with `X-Request-Id` and a `Date` from the mock's clock (so
 * AK/SK clients can correct their skew).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { ServiceDescriptor } from '../../core/descriptors.js';
import { ValidationError } from '../../core/errors.js';
import { HEADER_WORD_RULE, isHeaderWord } from '../../core/header-safe.js';
import { checkFunction, checkNumber, checkOptionsObject } from '../../core/option-checks.js';
import { authenticate, type AcceptedCredentials } from './auth.js';
import { documentedError, gatewayError, type ServedValues } from './bodies.js';
import { DEFAULT_MAX_SKEW_MS, MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN } from './constants.js';
import { FaultQueue, INJECTED_FAULT_CODE, THROTTLED } from './faults.js';
import { contentDisposition, DEFAULT_FILE_SIZE, fileStream } from './files.js';
import { serve, type Answer, type ServeContext } from './handlers.js';
import { parseQuery, readParams, Router, splitTarget } from './routes.js';
import { loadServiceModels, type ServiceModel } from './spec-model.js';
import { checkFile, demoScenarios, TaskStore } from './task-scenarios.js';
import type { Fault, MockOptions, MockServer, RecordedRequest, StartedTask, StartedTasks, TaskScenario } from './types.js';
import { readRequestBody } from './uploads.js';

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
const DEFAULT_STARTED: ServeContext['startedTasks'] = { outcome: 'succeeded', advance: { afterPolls: 2 } };
// A long-running CLI mock must not grow without bound; tests never come near this.
const MAX_RECORDED = 10_000;
const REDACTED = new Set(['x-auth-token', 'x-security-token']);
const OPTIONS = ['port', 'credentials', 'projectId', 'clientOptions', 'scenarios', 'clock', 'maxSkewMs', 'bundleDir', 'startedTasks', 'fileSize', 'maxUploadBytes'];
const NOT_FOUND = { code: 'APIGW.0101', message: 'The API does not exist or has not been published in the environment' };

function text(field: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (!isHeaderWord(value)) throw new ValidationError(field, 'format', `${field} must be non-empty, ${HEADER_WORD_RULE}`);
  return value;
}

interface Settings {
  port: number;
  accepted: AcceptedCredentials;
  /** The values served for every option a client fills (`projectId`, and each service's own). */
  served: ServedValues;
  clock: () => number;
  maxSkewMs: number;
  fileSize: number;
  maxUploadBytes: number;
}

/** Started-task settings merged over `base`; throws ValidationError naming the field. */
function startedSettings(given: unknown, base: ServeContext['startedTasks']): ServeContext['startedTasks'] {
  const settings = checkOptionsObject(given ?? {}, 'startedTasks', ['outcome', 'advance', 'file'], 'startedTasks.') as StartedTasks;
  checkFile(settings.file, 'startedTasks.file');
  const merged = { ...base };
  if (settings.outcome !== undefined) merged.outcome = settings.outcome;
  if (settings.advance !== undefined) merged.advance = settings.advance;
  if (settings.file !== undefined) merged.file = settings.file;
  return merged;
}

function checkOptions(options: MockOptions, models: readonly ServiceModel[]): Settings {
  const given = checkOptionsObject(options, 'mock options', OPTIONS);
  const port = checkNumber('port', given.port, { sign: 'non-negative', integer: true, max: 65535 }) ?? 0;
  const credentials = checkOptionsObject(given.credentials ?? {}, 'mock credentials', ['token', 'ak', 'sk'], 'credentials.');
  const accepted = {
    token: text('credentials.token', credentials.token, MOCK_TOKEN),
    ak: text('credentials.ak', credentials.ak, MOCK_AK),
    sk: text('credentials.sk', credentials.sk, MOCK_SK),
  };
  const clock = checkFunction<() => number>('clock', given.clock) ?? Date.now;
  const maxSkewMs = checkNumber('maxSkewMs', given.maxSkewMs, { sign: 'positive' }) ?? DEFAULT_MAX_SKEW_MS;
  if (given.scenarios !== undefined && !Array.isArray(given.scenarios)) throw new ValidationError('scenarios', 'type', 'scenarios must be an array');
  const examples: Record<string, string> = Object.assign({}, ...models.map((m) => m.optionExamples));
  const clientOptions = checkOptionsObject(given.clientOptions ?? {}, 'mock clientOptions', Object.keys(examples), 'clientOptions.');
  const served: Record<string, string> = { projectId: text('projectId', given.projectId, MOCK_PROJECT_ID) };
  for (const [name, example] of Object.entries(examples)) served[name] = text(`clientOptions.${name}`, clientOptions[name], example);
  const fileSize = checkNumber('fileSize', given.fileSize, { sign: 'non-negative', integer: true }) ?? DEFAULT_FILE_SIZE;
  const maxUploadBytes = checkNumber('maxUploadBytes', given.maxUploadBytes, { sign: 'positive', integer: true }) ?? DEFAULT_MAX_UPLOAD_BYTES;
  return { port, accepted, served, clock, maxSkewMs, fileSize, maxUploadBytes };
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Read on to the end, so the client hears the 413 instead of a reset.
    if (size > limit) tooLarge = true;
    if (!tooLarge) chunks.push(chunk as Buffer);
  }
  return tooLarge ? undefined : Buffer.concat(chunks);
}

/** A buffer as a stream, for cutting it short like a file. */
function fileStreamOf(payload: Buffer): ReturnType<typeof fileStream> {
  return Readable.from([payload]);
}

function faultBody(fault: Fault, requestId: string): string {
  if (fault.body !== undefined) return fault.body;
  const { code, message } = fault.status === 429 ? THROTTLED : { code: INJECTED_FAULT_CODE, message: `Injected fault: HTTP ${fault.status}` };
  return JSON.stringify(gatewayError(code, message, requestId));
}

/**
 * Starts a mock of the given services on 127.0.0.1 (never another interface), reading their
 * bundled specs from `bundleDir` unless the options name another. `taskport/mock` calls it with
 * every generated service (index.ts).
 */
export async function startServer(services: readonly ServiceDescriptor[], bundleDir: string | URL, options: MockOptions): Promise<MockServer> {
  if (typeof options !== 'object' || options === null) throw new ValidationError('options', 'type', 'mock options must be an object');
  const models = loadServiceModels(services, options.bundleDir ?? bundleDir);
  const settings = checkOptions(options, models);
  const { clock, served } = settings;
  const byName = new Map(models.map((m) => [m.name, m]));
  const router = new Router(models);
  const store = new TaskStore(models, clock);
  for (const scenario of options.scenarios ?? demoScenarios(models)) store.add(scenario);
  let startedTasks = startedSettings(options.startedTasks, DEFAULT_STARTED);
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const started: StartedTask[] = [];

  function record(req: IncomingMessage): RecordedRequest {
    const headers = flatten(req.headers);
    const entry: RecordedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, REDACTED.has(k) ? '[redacted]' : v])) };
    requests.push(entry);
    if (requests.length > MAX_RECORDED) requests.splice(0, requests.length - MAX_RECORDED);
    return entry;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, entry: RecordedRequest): Promise<void> {
    const requestId = randomUUID().replaceAll('-', '');
    const { method, url: target } = entry;
    const headers = flatten(req.headers);
    let cutAfter: number | undefined;

    const common = () => ({ 'X-Request-Id': requestId, Date: new Date(clock()).toUTCString() });
    // Sends the payload, or only its first `cutAfter` bytes before dropping the connection.
    const send = (payload: Buffer | ReturnType<typeof fileStream>): void => {
      if (cutAfter === undefined) {
        if (Buffer.isBuffer(payload)) return void res.end(payload);
        return void payload.pipe(res);
      }
      const stream = Buffer.isBuffer(payload) ? fileStreamOf(payload) : payload;
      let left = cutAfter;
      stream.on('data', (chunk: Buffer) => {
        if (chunk.length < left) {
          left -= chunk.length;
          res.write(chunk);
          return;
        }
        res.write(chunk.subarray(0, left), () => res.destroy());
        stream.destroy();
      });
      stream.on('end', () => res.end());
    };

    const reply = (status: number, body: object | string, extra: Record<string, string> = {}): void => {
      const payload = typeof body === 'string' ? body : JSON.stringify(body);
      entry.response = { status, body: payload };
      if (res.destroyed) return;
      res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(Buffer.byteLength(payload)), ...common(), ...extra });
      send(Buffer.from(payload));
    };

    const answer = (result: Answer): void => {
      if ('body' in result) {
        reply(result.status, result.body);
        return;
      }
      if ('empty' in result) {
        entry.response = { status: result.status, body: '' };
        if (res.destroyed) return;
        res.writeHead(result.status, { 'Content-Length': '0', ...common() });
        return void res.end();
      }
      const { name, size, type } = result.file;
      entry.response = { status: result.status, body: `[file ${name}, ${size} bytes]` };
      if (res.destroyed) return;
      res.writeHead(result.status, { 'Content-Type': type, 'Content-Length': String(size), 'Content-Disposition': contentDisposition(name), ...common() });
      send(fileStream(size));
    };

    const { path, query } = splitTarget(target);
    const route = router.match(method, path);
    const upload = route.kind === 'match' && route.operation.descriptor.body?.type === 'multipart';
    const body = await readBody(req, upload ? settings.maxUploadBytes : MAX_BODY_BYTES);
    const fault = faults.take(target);
    if (fault?.breakAfterBytes !== undefined) cutAfter = fault.breakAfterBytes;
    else if (fault) {
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      return reply(fault.status, faultBody(fault, requestId), { ...(fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {}), ...fault.headers });
    }
    if (body === undefined) return reply(413, gatewayError('APIGW.0201', 'Request entity too large', requestId));

    if (route.kind === 'none') return reply(404, gatewayError(NOT_FOUND.code, NOT_FOUND.message, requestId));
    if (route.kind === 'method') return reply(404, gatewayError(NOT_FOUND.code, 'The API does not exist', requestId));
    const { operation } = route;
    entry.operation = { service: operation.service, id: operation.descriptor.id };

    const auth = await authenticate(settings.accepted, { method, target, headers, body }, clock(), settings.maxSkewMs);
    if (!auth.ok) return reply(401, gatewayError(auth.code, auth.message, requestId));

    const invalid = (message: string) => reply(400, documentedError(operation.error, operation.error.invalidParameterCode, message, requestId));
    const spec = operation.descriptor.body;
    const read = spec ? await readRequestBody(spec, headers, body) : { ok: true as const, fields: {} };
    if (!read.ok) return invalid(`Invalid request body: ${read.message}`);
    const params = readParams(operation, route.path, parseQuery(query), headers, served, read.fields);
    if (!params.ok) return invalid(`Invalid parameter: ${params.message}`);
    if (read.items && read.items.total === 0) return invalid('Invalid request body: the uploaded file has no data rows');
    const context: ServeContext = { store, served, now: clock(), requestId, fileSize: settings.fileSize, startedTasks, started };
    if (read.items) context.items = read.items;
    return answer(serve(byName.get(operation.service)!, operation, params.params, context));
  }

  const server = createServer((req, res) => {
    const entry = record(req);
    handle(req, res, entry).catch((error: unknown) => {
      // A bug in the mock must show up as a 500 the test sees, not a hung request.
      if (res.headersSent || res.destroyed) return res.destroy();
      const requestId = randomUUID().replaceAll('-', '');
      const payload = JSON.stringify(gatewayError('MOCK.INTERNAL', `Mock server error: ${error instanceof Error ? error.message : String(error)}`, requestId));
      entry.response = { status: 500, body: payload };
      res.writeHead(500, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(Buffer.byteLength(payload)), 'X-Request-Id': requestId, Date: new Date(Date.now()).toUTCString() });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${HOST}:${port}`,
    port,
    requests,
    clientOptions: Object.fromEntries(Object.entries(served).filter(([name]) => name !== 'projectId')),
    started,
    addTask: (scenario: TaskScenario) => void store.add(scenario),
    setStartedTasks: (next) => {
      startedTasks = startedSettings(next, startedTasks);
    },
    inject: (fault: Fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold the port open until they time out.
        server.closeAllConnections();
      })),
  };
}
