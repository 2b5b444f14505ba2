import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import { descriptorName, literal, type Emitter } from './context.js';

/** The service descriptor: servers, operations, parameter schemas, x-task, x-pagination. */
export const emitDescriptor: Emitter = ({ statements, service, runtime }) => {
  runtime.types.add('ServiceDescriptor');
  const operations = Object.fromEntries(
    service.operations.map((op) => [
      op.method,
      {
        id: op.id,
        method: op.httpMethod,
        path: op.path,
        params: op.params.map((p) => ({ name: p.name, in: p.in, required: p.required, schema: p.schema, filledFrom: p.filledFrom })),
        together: op.together,
        pagination: op.pagination,
        task: op.task,
      },
    ]),
  );
  const descriptor = { name: service.name, title: service.title, servers: service.servers, operations };
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`What the ${service.title} spec says, for the runtime: endpoints, operations, parameter rules and task knowledge.`],
    declarations: [{ name: descriptorName(service), initializer: `${literal(descriptor)} as const satisfies ServiceDescriptor` }],
  });
};
