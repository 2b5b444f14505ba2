import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import { descriptorName, literal, serviceOptions, type Emitter } from './context.js';

/** The service descriptor: servers, the service's own options, operations, parameter schemas and their extensions. */
export const emitDescriptor: Emitter = ({ statements, service, runtime }) => {
  runtime.types.add('ServiceDescriptor');
  const operations = Object.fromEntries(
    service.operations.map((op) => [
      op.method,
      {
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
      },
    ]),
  );
  const options = Object.fromEntries(
    [...serviceOptions(service)].map(([name, o]) => [name, { env: o.env, description: o.description, param: { name: o.param.name, in: o.param.in, schema: o.param.schema }, required: o.required }]),
  );
  const descriptor = { name: service.name, title: service.title, servers: service.servers, options, operations };
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`What the ${service.title} spec says, for the runtime: endpoints, operations, parameter rules and task knowledge.`],
    declarations: [{ name: descriptorName(service), initializer: `${literal(descriptor)} as const satisfies ServiceDescriptor` }],
  });
};
