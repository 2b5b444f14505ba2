import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import { operationDescriptorName, type Emitter } from './context.js';

/** The task trio (and `waitForTasks`) wired to the operation that carries `x-task`. */
export const emitTaskAdapters: Emitter = ({ statements, service, methods, members, taskMembers, runtime }) => {
  const readers = service.operations.filter((op) => op.task);
  if (readers.length === 0) return;
  if (readers.length > 1) throw new Error(`${service.source}: more than one operation has x-task (${readers.map((op) => op.id).join(', ')}); the task trio needs exactly one`);
  const op = readers[0]!;
  for (const name of ['getTask', 'waitForTask', 'watchTask', 'waitForTasks']) runtime.values.add(name);
  for (const name of ['Task', 'TaskOperation', 'TaskOutcome', 'WaitOptions', 'RequestOptions']) runtime.types.add(name);
  statements.push({
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`${service.title} reads a task with \`${op.method}\`.`],
    declarations: [{ name: 'taskOperation', type: 'TaskOperation', initializer: `{ method: '${op.method}', spec: ${operationDescriptorName(op)}.task }` }],
  });
  const see = `Reads the task with \`${op.method}\` (${op.id}) and normalises it by the spec's \`x-task\`.`;
  methods.push(
    {
      name: 'getTask',
      docs: [`The task with this id, normalised. ${see}`],
      parameters: [{ name: 'id', type: 'string' }, { name: 'options', type: 'RequestOptions', hasQuestionToken: true }],
      returnType: 'Promise<Task>',
    },
    {
      name: 'waitForTask',
      docs: [`Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. ${see}`],
      parameters: [{ name: 'id', type: 'string' }, { name: 'options', type: 'WaitOptions', hasQuestionToken: true }],
      returnType: 'Promise<Task>',
    },
    {
      name: 'watchTask',
      docs: [`Yields the task on each change of state or progress until it is done. ${see}`],
      parameters: [{ name: 'id', type: 'string' }, { name: 'options', type: 'WaitOptions', hasQuestionToken: true }],
      returnType: 'AsyncGenerator<Task, void, undefined>',
    },
    {
      name: 'waitForTasks',
      docs: ['Waits on many tasks at once under the client\'s request budget (`requestsPerSecond`); one outcome per id, in order.'],
      parameters: [{ name: 'ids', type: 'readonly string[]' }, { name: 'options', type: 'WaitOptions', hasQuestionToken: true }],
      returnType: 'Promise<TaskOutcome[]>',
    },
  );
  const download = op.task!.download as { operationId?: string } | undefined;
  if (download) {
    const target = service.operations.find((o) => o.id === download.operationId);
    if (!target) throw new Error(`${service.source}: x-task/download names ${String(download.operationId)}, which is not an operation of the spec`);
    if (target.answer.kind !== 'file') throw new Error(`${service.source}: x-task/download names ${target.id}, whose answer is not a file`);
    runtime.values.add('downloadTaskFile');
    runtime.values.add('downloadedFile');
    runtime.types.add('DownloadedFile');
    methods.push({
      name: 'downloadTaskFile',
      docs: [`The file a succeeded task made, fetched with \`${target.method}\` (${target.id}) by the spec's \`x-task.download\`; pass the task (from \`waitForTask\`) or its id. Throws TaskFileUnavailableError when the task has not succeeded or names no file.`],
      parameters: [{ name: 'taskOrId', type: 'Task | string' }, { name: 'options', type: 'RequestOptions', hasQuestionToken: true }],
      returnType: 'Promise<DownloadedFile>',
    });
    members.push(`downloadTaskFile: (taskOrId, options) => downloadTaskFile(client, taskOperation, '${target.method}', taskOrId, downloadedFile, options)`);
  }
  const trio = [
    'getTask: (id, options) => getTask(client, taskOperation, id, options)',
    'waitForTask: (id, options) => waitForTask(client, taskOperation, id, options)',
    'watchTask: (id, options) => watchTask(client, taskOperation, id, options)',
    'waitForTasks: (ids, options) => waitForTasks(client, taskOperation, ids, options)',
  ];
  members.push(...trio);
  taskMembers.push(...trio);
};
