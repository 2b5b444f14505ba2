import { baseDescriptorName, descriptorName, literal, operationDescriptorName, serviceOptions, type Emitter } from './context.js';

/**
 * The service descriptor: servers, the service's own options, operations, parameter schemas and their
 * extensions. Each operation is its own constant, passed by the function that calls it, and the
 * clients are built on the base descriptor (no operation): a bundle holds the descriptors of the
 * functions it uses, and only the registry (`<service>Service`, for the CLI and the mock) lists them all.
 * Module-level values are plain literals (no spread, no property read), so a bundler can drop each unused one.
 */
export const emitDescriptor: Emitter = ({ statements, service, runtime }) => {
  runtime.types.add('ServiceDescriptor');
  runtime.types.add('OperationDescriptor');
  for (const op of service.operations) {
    const descriptor = {
      id: op.id,
      method: op.httpMethod,
      path: op.path,
      params: op.params.map((p) => ({ name: p.name, in: p.in, required: p.required, schema: p.schema, filledFrom: p.filledFrom, option: p.option?.name })),
      body: op.body && { type: op.body.type, required: op.body.required, fields: op.body.fields.map((f) => ({ name: f.name, field: f.field, required: f.required, schema: f.schema })) },
      answer: op.answer.kind === 'json' ? undefined : op.answer.kind,
      idempotent: op.idempotent,
      taskStart: op.taskStart,
      together: op.together,
      pagination: op.pagination,
      task: op.task,
      taskList: op.taskList,
      sort: op.sort,
      errorCodes: op.errorCodes,
    };
    statements.push(`const ${operationDescriptorName(op)} = ${literal(descriptor)} as const satisfies OperationDescriptor;`);
  }
  const options = Object.fromEntries(
    [...serviceOptions(service)].map(([name, o]) => [name, { env: o.env, description: o.description, param: { name: o.param.name, in: o.param.in, schema: o.param.schema }, required: o.required }]),
  );
  const common = literal({ name: service.name, title: service.title, servers: service.servers, options }).replace(/\n\}$/, '');
  const operations = (list: typeof service.operations) => `  operations: {\n${list.map((op) => `    ${op.method}: ${operationDescriptorName(op)},`).join('\n')}\n  },\n}`;
  statements.push(
    `/** The ${service.title} descriptor without operations, for the clients: each function passes its operation's own. */
const ${baseDescriptorName(service)} = ${common}\n  operations: {},\n} as const satisfies ServiceDescriptor;`,
  );
  statements.push(
    `/** What the ${service.title} spec says, for the runtime: endpoints, operations, parameter rules and task knowledge. */
export const ${descriptorName(service)} = ${common}\n${operations(service.operations)} as const satisfies ServiceDescriptor;`,
  );
};
