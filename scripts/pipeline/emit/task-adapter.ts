import { StructureKind, VariableDeclarationKind, type OptionalKind, type ParameterDeclarationStructure } from 'ts-morph';
import { baseClientName, operationDescriptorName, type Emitter } from './context.js';

/**
 * The task trio (and `waitForTasks`, `downloadTaskFile`) wired to the operation that carries
 * `x-task`: exported functions on a base client (so a bundle carries the waiters only when it calls
 * one) and the client methods over them.
 */
export const emitTaskAdapters: Emitter = ({ statements, service, methods, members, taskMembers, runtime }) => {
  const readers = service.operations.filter((op) => op.task);
  if (readers.length === 0) return;
  if (readers.length > 1) throw new Error(`${service.source}: more than one operation has x-task (${readers.map((op) => op.id).join(', ')}); the task trio needs exactly one`);
  const op = readers[0]!;
  for (const name of ['getTaskOf', 'taskOperationOf', 'waitForTaskOf', 'watchTaskOf', 'waitForTasksOf']) runtime.values.add(name);
  for (const name of ['Task', 'TaskOperation', 'TaskOutcome', 'WaitOptions', 'RequestOptions']) runtime.types.add(name);
  statements.push({
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    // Built by a call marked pure: a property read at module level would keep it (and the descriptor) in every bundle.
    docs: [`${service.title} reads a task with \`${op.method}\`.`],
    declarations: [{ name: 'taskOperation', type: 'TaskOperation', initializer: `/* @__PURE__ */ taskOperationOf('${op.method}', ${operationDescriptorName(op)})` }],
  });
  const see = `Reads the task with \`${op.method}\` (${op.id}) and normalises it by the spec's \`x-task\`.`;
  const client = { name: 'client', type: baseClientName(service) };
  const shakable = (name: string) => `\n\nThe tree-shakable form of {@link ${service.clientName}Client.${name}}, on a client from {@link create${service.clientName}BaseClient}.`;
  /** One helper: the client method, the exported function over the runtime's, and the member calling it. */
  const helper = (name: string, doc: string, parameters: OptionalKind<ParameterDeclarationStructure>[], returnType: string, body: string, forTaskClient: boolean) => {
    methods.push({ name, docs: [doc], parameters, returnType });
    statements.push({ kind: StructureKind.Function, isExported: true, name, docs: [`${doc}${shakable(name)}`], parameters: [client, ...parameters], returnType, statements: [`return ${body};`] });
    const member = `${name}: (${parameters.map((p) => p.name).join(', ')}) => ${name}(client, ${parameters.map((p) => p.name).join(', ')})`;
    members.push(member);
    if (forTaskClient) taskMembers.push(member);
  };
  const idAndWait = [{ name: 'id', type: 'string' }, { name: 'options', type: 'WaitOptions', hasQuestionToken: true }];
  helper('getTask', `The task with this id, normalised. ${see}`, [{ name: 'id', type: 'string' }, { name: 'options', type: 'RequestOptions', hasQuestionToken: true }], 'Promise<Task>', 'getTaskOf(client, taskOperation, id, options)', true);
  helper('waitForTask', `Polls until the task is done: resolves when it succeeded, throws TaskFailedError (failed, partial, expired) or WaitTimeoutError. ${see}`, idAndWait, 'Promise<Task>', 'waitForTaskOf(client, taskOperation, id, options)', true);
  helper('watchTask', `Yields the task on each change of state or progress until it is done. ${see}`, idAndWait, 'AsyncGenerator<Task, void, undefined>', 'watchTaskOf(client, taskOperation, id, options)', true);
  helper(
    'waitForTasks',
    "Waits on many tasks at once under the client's request budget (`requestsPerSecond`); one outcome per id, in order.",
    [{ name: 'ids', type: 'readonly string[]' }, { name: 'options', type: 'WaitOptions', hasQuestionToken: true }],
    'Promise<TaskOutcome[]>',
    'waitForTasksOf(client, taskOperation, ids, options)',
    true,
  );
  const download = op.task!.download as { operationId?: string } | undefined;
  if (download) {
    const target = service.operations.find((o) => o.id === download.operationId);
    if (!target) throw new Error(`${service.source}: x-task/download names ${String(download.operationId)}, which is not an operation of the spec`);
    if (target.answer.kind !== 'file') throw new Error(`${service.source}: x-task/download names ${target.id}, whose answer is not a file`);
    runtime.values.add('downloadTaskFileOf');
    runtime.values.add('downloadedFile');
    runtime.types.add('DownloadedFile');
    helper(
      'downloadTaskFile',
      `The file a succeeded task made, fetched with \`${target.method}\` (${target.id}) by the spec's \`x-task.download\`; pass the task (from \`waitForTask\`) or its id. Throws TaskFileUnavailableError when the task has not succeeded or names no file.`,
      [{ name: 'taskOrId', type: 'Task | string' }, { name: 'options', type: 'RequestOptions', hasQuestionToken: true }],
      'Promise<DownloadedFile>',
      `downloadTaskFileOf(client, taskOperation, '${target.method}', taskOrId, downloadedFile, options, ${operationDescriptorName(target)})`,
      false,
    );
  }
};
