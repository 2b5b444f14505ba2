import { StructureKind } from 'ts-morph';
import { callableParams, operationDocs, paramsType, propertyKey, quote, responseType, type Emitter } from './context.js';

/** Per operation: its flat parameter interface, its response type and the client method. */
export const emitOperationMethods: Emitter = ({ statements, service, methods, members, runtime }) => {
  runtime.types.add('RequestOptions');
  for (const op of service.operations) {
    const params = callableParams(op);
    statements.push({
      kind: StructureKind.Interface,
      isExported: true,
      name: paramsType(op),
      docs: [`Parameters of \`${op.method}\` with their documented names; the client fills ${op.params.filter((p) => p.filledFrom).map((p) => `\`${p.name}\``).join(', ') || 'nothing'} itself.`],
      properties: params.map((p) => {
        const group = p.required ? `operations['${op.id}']['parameters']['${p.in}']` : `NonNullable<operations['${op.id}']['parameters']['${p.in}']>`;
        return { name: propertyKey(p.name), hasQuestionToken: !p.required, type: `${group}[${quote(p.name)}]`, docs: p.description ? [p.description] : [] };
      }),
    });
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: responseType(op),
      docs: [`The documented 200 body of ${op.id}.`],
      type: `operations['${op.id}']['responses'][200]['content']['application/json']`,
    });
    const optional = params.every((p) => !p.required);
    methods.push({
      name: op.method,
      docs: operationDocs(op),
      parameters: [
        { name: 'params', type: paramsType(op), hasQuestionToken: optional },
        { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<${responseType(op)}>`,
    });
    members.push(`${op.method}: (params, options) => client.call('${op.method}', params, options) as Promise<${responseType(op)}>`);
  }
};
