/**
 * taskport-x-task: x-task is well formed and names fields that exist in the 200 response; a status
 * enum is mapped exhaustively. The rule runs unresolved on a bundle, following local $refs itself.
 */
import { describe, expect, it } from 'vitest';
import { lintWithRule } from '../helpers/lint-rule.js';
import { apiDoc, clone, expectResults, getOperation, pathParam, queryParam, type Want } from './openapi-doc.js';

const RULE = 'taskport-x-task';
const ONE = '/paths/~1tasks~1{task_id}/get';
const LIST = '/paths/~1tasks/get';

const integer = (description: string) => ({ type: 'integer', format: 'int32', description });
const TASK = {
  type: 'object',
  description: 'A task.',
  properties: {
    task_id: { type: 'string', description: 'Task ID.' },
    task_name: { type: 'string', description: 'Task name.' },
    status: { $ref: '#/components/schemas/Status' },
    create_time: { type: 'integer', format: 'int64', description: 'Created, epoch millis.' },
    total: integer('Items.'),
    succeeded: integer('Items that succeeded.'),
    failed: integer('Items that failed.'),
    label: { type: 'string', description: 'Not a counter.' },
    file: { type: 'object', description: 'The file.', properties: { id: { type: 'string', description: 'File ID.' } } },
    error_msg: { type: 'string', description: 'Why it failed.' },
  },
};
const STATUS = { type: 'string', description: 'Status.', enum: ['RUNNING', 'SUCCESS', 'FAIL'] };
const GOOD_TASK = {
  id: 'task_id',
  idField: '/task_id',
  status: { field: '/status', values: { running: ['RUNNING'], succeeded: ['SUCCESS'], failed: ['FAIL'] } },
  name: '/task_name',
  createdAt: { field: '/create_time', format: 'epoch-millis' },
  file: { id: '/file/id' },
  error: { message: '/error_msg' },
};

/** GET /tasks/{task_id} returning one Task, with `xTask` as its x-task. */
function showTask(xTask: unknown, options: { schema?: unknown; parameters?: unknown[] } = {}): object {
  const operation = getOperation({
    parameters: options.parameters ?? [pathParam('task_id')],
    schema: options.schema ?? { $ref: '#/components/schemas/Task' },
    example: {},
    extra: { 'x-task': xTask },
  });
  return apiDoc({ '/tasks/{task_id}': { get: operation } }, { schemas: { Task: clone(TASK), Status: clone(STATUS) } });
}

/** GET /tasks returning `{ tasks: Task[] }`, with `xTask` as its x-task. */
function listTasks(xTask: unknown, tasksSchema: unknown = { type: 'array', description: 'Tasks.', items: { $ref: '#/components/schemas/Task' } }): object {
  const operation = getOperation({
    parameters: [queryParam('task_id')],
    schema: { type: 'object', properties: { tasks: tasksSchema, count: integer('Total.') } },
    example: {},
    extra: { 'x-task': xTask },
  });
  return apiDoc({ '/tasks': { get: operation } }, { schemas: { Task: clone(TASK), Status: clone(STATUS) } });
}

const withTask = (change: Record<string, unknown>): Record<string, unknown> => ({ ...clone(GOOD_TASK), ...change });
/** showTask plus GET /files/{file_id} (DownloadFile, a file answer) with `params` as its parameters. */
function withDownload(download: unknown, params: unknown[] = [pathParam('file_id'), queryParam('inline', { type: 'boolean' })]): object {
  const doc = showTask(withTask({ download })) as { paths: Record<string, unknown> };
  const operation = getOperation({ parameters: params });
  operation.operationId = 'DownloadFile';
  operation.responses = { '200': { description: 'The file.', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } } };
  doc.paths['/files/{file_id}'] = { get: operation };
  return doc;
}
const DOWNLOAD = { operationId: 'DownloadFile', parameters: { file_id: '/file/id' } };

const COUNTERS = { status: { counters: true }, progress: { total: '/total', succeeded: '/succeeded', failed: '/failed' } };

describe(RULE, () => {
  it.each<[string, { given: object; want: Want[] }]>([
    // Passing documents.
    ['a complete x-task on a single-task operation passes', { given: showTask(GOOD_TASK), want: [] }],
    ['a listing x-task whose items and idField exist passes', { given: listTasks(withTask({ list: { items: '/tasks' } })), want: [] }],
    ['status from counters with progress passes', { given: showTask(withTask(COUNTERS)), want: [] }],
    ['an operation without x-task passes', { given: apiDoc({ '/tasks': { get: getOperation({ example: {} }) } }), want: [] }],

    // Shape.
    [
      'an unknown field in x-task',
      { given: showTask(withTask({ state: '/status' })), want: [{ message: 'x-task: unknown field "state"', at: `${ONE}/x-task` }] },
    ],
    [
      'no status',
      {
        given: showTask({ id: 'task_id', idField: '/task_id' }),
        want: [{ message: "x-task: must have required property 'status'", at: `${ONE}/x-task` }],
      },
    ],
    [
      'a field that is not a JSON pointer',
      { given: showTask(withTask({ name: 'task_name' })), want: [{ message: 'x-task/name: must match pattern', at: `${ONE}/x-task/name` }] },
    ],
    // References into the operation and its response.
    [
      'id is not a parameter of the operation',
      { given: showTask(withTask({ id: 'taskId' })), want: [{ message: 'x-task/id: the operation has no parameter "taskId"', at: `${ONE}/x-task/id` }] },
    ],
    [
      'the status field names a missing property',
      {
        given: showTask(withTask({ status: { field: '/state', values: { running: ['RUNNING'] } } })),
        want: [{ message: 'x-task/status/field: no property "state" in the schema at /components/schemas/Task', at: `${ONE}/x-task/status/field` }],
      },
    ],
    [
      'a nested field pointer to a missing property',
      {
        given: showTask(withTask({ file: { id: '/file/file_id' } })),
        want: [{ message: 'x-task/file/id: no property "file_id" in the schema at /components/schemas/Task/properties/file', at: `${ONE}/x-task/file/id` }],
      },
    ],
    [
      'a time field pointer to a missing property',
      {
        given: showTask(withTask({ createdAt: { field: '/created', format: 'epoch-millis' } })),
        want: [{ message: 'x-task/createdAt/field: no property "created"', at: `${ONE}/x-task/createdAt/field` }],
      },
    ],
    [
      'a date pattern and alsoAccepted formats the runtime honours pass',
      { given: showTask(withTask({ createdAt: { field: '/create_time', format: "yyyy-MM-dd'T'HH:mm:ss.SSSZ", alsoAccepted: ["yyyy-MM-dd'''T'''HH:mm:ss.SSSX"] } })), want: [] },
    ],
    [
      'a time format the runtime cannot honour',
      {
        given: showTask(withTask({ createdAt: { field: '/create_time', format: 'yy-MM-dd' } })),
        want: [{ message: 'x-task/createdAt/format: date pattern "yy-MM-dd": two-digit years', at: `${ONE}/x-task/createdAt/format` }],
      },
    ],
    [
      'an alsoAccepted format with an unsupported letter',
      {
        given: showTask(withTask({ createdAt: { field: '/create_time', format: 'epoch-millis', alsoAccepted: ['EEE dd MM yyyy'] } })),
        want: [{ message: 'x-task/createdAt/alsoAccepted/0: date pattern "EEE dd MM yyyy": pattern letter "E" is not supported', at: `${ONE}/x-task/createdAt/alsoAccepted/0` }],
      },
    ],
    [
      'list.items is not an array',
      {
        given: listTasks(withTask({ list: { items: '/tasks' } }), { $ref: '#/components/schemas/Task' }),
        want: [{ message: 'x-task/list/items: the schema at /components/schemas/Task is not an array with items', at: `${LIST}/x-task/list/items` }],
      },
    ],
    [
      'list.items names a missing property',
      {
        given: listTasks(withTask({ list: { items: '/task_list' } })),
        want: [{ message: 'x-task/list/items: no property "task_list"', at: `${LIST}/x-task/list/items` }],
      },
    ],
    [
      'idField names a missing property of the items',
      {
        given: listTasks(withTask({ idField: '/id', list: { items: '/tasks' } })),
        want: [{ message: 'x-task/idField: no property "id" in the schema at /components/schemas/Task', at: `${LIST}/x-task/idField` }],
      },
    ],
    [
      'no 200 application/json schema',
      {
        given: (() => {
          const doc = showTask(GOOD_TASK) as { paths: Record<string, { get: { responses: unknown } }> };
          doc.paths['/tasks/{task_id}']!.get.responses = { '204': { description: 'No content.' } };
          return doc;
        })(),
        want: [{ message: 'the operation has no 200 application/json schema', at: `${ONE}/x-task` }],
      },
    ],

    // The download link.
    ['a download by a field of the task passes', { given: withDownload(DOWNLOAD), want: [] }],
    [
      'a download operation the document lacks',
      { given: withDownload({ ...DOWNLOAD, operationId: 'FetchFile' }), want: [{ message: 'x-task/download/operationId: the document has no operation "FetchFile"', at: `${ONE}/x-task/download/operationId` }] },
    ],
    [
      'a download parameter the operation lacks',
      {
        given: withDownload({ ...DOWNLOAD, parameters: { file_id: '/file/id', name: '/task_name' } }),
        want: [{ message: 'x-task/download/parameters/name: operation "DownloadFile" has no parameter "name"', at: `${ONE}/x-task/download/parameters/name` }],
      },
    ],
    [
      'a download parameter read from a field the task lacks',
      { given: withDownload({ ...DOWNLOAD, parameters: { file_id: '/file_id' } }), want: [{ message: 'x-task/download/parameters/file_id: no property "file_id" in the schema at /components/schemas/Task', at: `${ONE}/x-task/download/parameters/file_id` }] },
    ],
    [
      'a required download parameter left out',
      {
        given: withDownload({ ...DOWNLOAD, parameters: { inline: '/label' } }),
        want: [{ message: 'x-task/download/parameters: the required parameter "file_id" of "DownloadFile" is not given', at: `${ONE}/x-task/download/parameters` }],
      },
    ],
    [
      'a required parameter the client fills needs no field',
      { given: withDownload(DOWNLOAD, [pathParam('file_id'), { ...pathParam('project_id'), 'x-filled-from': 'projectId' }]), want: [] },
    ],

    // Status mapping.
    [
      'a documented status value is not mapped (exhaustiveness)',
      {
        given: showTask(withTask({ status: { field: '/status', values: { running: ['RUNNING'], succeeded: ['SUCCESS'] } } })),
        want: [{ message: 'x-task/status/values: documented status "FAIL" is not mapped to a state', at: `${ONE}/x-task/status/values` }],
      },
    ],
    [
      'a mapped value is not in the enum',
      {
        given: showTask(withTask({ status: { field: '/status', values: { running: ['RUNNING', 'QUEUED'], succeeded: ['SUCCESS'], failed: ['FAIL'] } } })),
        want: [{ message: 'x-task/status/values: "QUEUED" is not a documented status value', at: `${ONE}/x-task/status/values` }],
      },
    ],
    [
      'a value mapped to two states',
      {
        given: showTask(withTask({ status: { field: '/status', values: { running: ['RUNNING'], succeeded: ['SUCCESS'], failed: ['FAIL', 'SUCCESS'] } } })),
        want: [{ message: 'x-task/status/values: values mapped twice: SUCCESS', at: `${ONE}/x-task/status/values` }],
      },
    ],
    [
      'counters without progress',
      {
        given: showTask(withTask({ status: { counters: true } })),
        want: [{ message: 'x-task/status/counters: deriving status from counters needs x-task/progress', at: `${ONE}/x-task/status/counters` }],
      },
    ],
    [
      'a progress field that is not an integer',
      {
        given: showTask(withTask({ ...COUNTERS, progress: { total: '/label', succeeded: '/succeeded', failed: '/failed' } })),
        want: [{ message: 'x-task/progress/total: is not an integer field', at: `${ONE}/x-task/progress/total` }],
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    expectResults(await lintWithRule(RULE, given), RULE, want);
  });

  it('an unknown task state in status.values is named', async () => {
    const results = await lintWithRule(RULE, showTask(withTask({ status: { field: '/status', values: { done: ['SUCCESS'] } } })));
    // Today the failed `counters` branch of status's oneOf is reported too ("must have required property
    // 'counters'", 'unknown field "field"'); only the real problem is asserted here.
    expect(results).toContainEqual(
      expect.objectContaining({ code: RULE, message: 'x-task/status/values: unknown field "done"', pointer: `${ONE}/x-task/status/values` }),
    );
  });
});
