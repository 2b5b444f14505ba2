import { StructureKind } from 'ts-morph';
import { isObject } from '../../lint/json-pointer.js';
import { baseClientName, callableParams, operationDescriptorName, operationDocs, paramsType, quote, responseType, type Emitter } from './context.js';

/** Per `x-pagination` operation: an item type and a `…All` async iterator over every page (an exported function and the client method over it). */
export const emitPaginators: Emitter = ({ statements, service, methods, members, runtime }) => {
  for (const op of service.operations) {
    if (!isObject(op.pagination)) continue;
    runtime.values.add('paginate');
    runtime.types.add('RequestOptions');
    const { items, offsetParam } = op.pagination as { items: string; offsetParam: string };
    const access = items.split('/').slice(1).reduce((type, key) => `NonNullable<${type}>[${quote(key)}]`, responseType(op));
    const itemType = `${op.id}Item`;
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: itemType, docs: [`One item of ${op.id}'s \`${items.slice(1)}\`.`], type: `NonNullable<${access}>[number]` });
    const optional = callableParams(op).every((p) => !p.required);
    const docs = operationDocs(op, `Iterates every item of every page, fetching each page when the previous one is consumed; \`${offsetParam}\` is managed for you.`);
    const parameters = [
      { name: 'params', type: `Omit<${paramsType(op)}, '${offsetParam}'>`, hasQuestionToken: optional },
      { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
    ];
    const returnType = `AsyncGenerator<${itemType}, void, undefined>`;
    methods.push({ name: `${op.method}All`, docs, parameters, returnType });
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: `${op.method}All`,
      docs: [{ ...docs[0]!, description: `${docs[0]!.description}\n\nThe tree-shakable form of {@link ${service.clientName}Client.${op.method}All}, on a client from {@link create${service.clientName}BaseClient}.` }],
      parameters: [{ name: 'client', type: baseClientName(service) }, ...parameters],
      returnType,
      statements: [`return paginate(client, '${op.method}', params, options, ${operationDescriptorName(op)}) as ${returnType};`],
    });
    members.push(`${op.method}All: (params, options) => ${op.method}All(client, params, options)`);
  }
};
