import { StructureKind } from 'ts-morph';
import { isObject } from '../../lint/json-pointer.js';
import { callableParams, operationDocs, paramsType, quote, responseType, type Emitter } from './context.js';

/** Per `x-pagination` operation: an item type and a `…All` async iterator over every page. */
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
    methods.push({
      name: `${op.method}All`,
      docs: operationDocs(op, `Iterates every item of every page, fetching each page when the previous one is consumed; \`${offsetParam}\` is managed for you.`),
      parameters: [
        { name: 'params', type: `Omit<${paramsType(op)}, '${offsetParam}'>`, hasQuestionToken: optional },
        { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
      ],
      returnType: `AsyncGenerator<${itemType}, void, undefined>`,
    });
    members.push(`${op.method}All: (params, options) => paginate(client, '${op.method}', params, options) as AsyncGenerator<${itemType}, void, undefined>`);
  }
};
