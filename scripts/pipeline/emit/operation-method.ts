import { StructureKind } from 'ts-morph';
import { baseClientName, callableParams, operationDescriptorName, operationDocs, paramsType, propertyKey, quote, responseType, type Emitter } from './context.js';
import type { OperationModel } from './service-model.js';

/** The type of an operation's answer: its documented JSON body, a DownloadedFile, or nothing. */
function answerType(op: OperationModel): string {
  if (op.answer.kind === 'file') return 'DownloadedFile';
  if (op.answer.kind === 'none') return 'undefined';
  return `operations['${op.id}']['responses'][${op.answer.status}]['content'][${quote(op.answer.mediaType!)}]`;
}

/**
 * Per operation: its flat parameter interface (parameters and body fields), its response type, the
 * exported function that calls it on a base client (with its own descriptor, so a bundler keeps only
 * the functions used), and the client method over that function.
 */
export const emitOperationMethods: Emitter = ({ statements, service, methods, members, runtime }) => {
  runtime.types.add('RequestOptions');
  for (const op of service.operations) {
    const params = callableParams(op);
    const body = op.body;
    if (body?.fields.some((f) => f.file)) runtime.types.add('FilePart');
    statements.push({
      kind: StructureKind.Interface,
      isExported: true,
      name: paramsType(op),
      docs: [`Parameters of \`${op.method}\` with their documented names${body ? ' (request body fields included)' : ''}; the client fills ${op.params.filter((p) => p.filledFrom).map((p) => `\`${p.name}\``).join(', ') || 'nothing'} itself.`],
      properties: [
        ...params.map((p) => {
          const group = p.required ? `operations['${op.id}']['parameters']['${p.in}']` : `NonNullable<operations['${op.id}']['parameters']['${p.in}']>`;
          return { name: propertyKey(p.name), hasQuestionToken: !p.required, type: `${group}[${quote(p.name)}]`, docs: p.description ? [p.description] : [] };
        }),
        ...(body?.fields ?? []).map((f) => {
          const media = `NonNullable<operations['${op.id}']['requestBody']>['content'][${quote(body!.mediaType)}][${quote(f.field ?? f.name)}]`;
          const type = f.file ? 'FilePart' : f.required ? media : `NonNullable<${media}>`;
          const docs = [f.description, f.field ? `Sent as the body field \`${f.field}\`.` : ''].filter(Boolean).join(' ');
          return { name: propertyKey(f.name), hasQuestionToken: !f.required, type, docs: docs ? [docs] : [] };
        }),
      ],
    });
    if (op.answer.kind === 'file') runtime.types.add('DownloadedFile');
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: responseType(op),
      docs: [op.answer.kind === 'file' ? `The file ${op.id} answers with, as a stream.` : op.answer.kind === 'none' ? `${op.id} answers with no body.` : `The documented ${op.answer.status} body of ${op.id}.`],
      type: answerType(op),
    });
    const optional = params.every((p) => !p.required) && !(body?.fields ?? []).some((f) => f.required);
    const docs = operationDocs(op, op.idempotent ? undefined : 'Not idempotent: never resent once the request may have reached the server.');
    const parameters = [
      { name: 'params', type: paramsType(op), hasQuestionToken: optional },
      { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
    ];
    methods.push({ name: op.method, docs, parameters, returnType: `Promise<${responseType(op)}>` });
    // Upload and download code is imported only by the functions of such operations.
    const hooks: string[] = [];
    if (body?.type === 'multipart') {
      runtime.values.add('multipartBody');
      hooks.push('encodeBody: multipartBody');
    }
    if (op.answer.kind === 'file') {
      runtime.values.add('downloadedFile');
      hooks.push('readFile: downloadedFile');
    }
    const control = hooks.length > 0 ? `{ ${hooks.join(', ')} }` : 'undefined';
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: op.method,
      docs: [{ ...docs[0]!, description: `${docs[0]!.description}\n\nThe tree-shakable form of {@link ${service.clientName}Client.${op.method}}, on a client from {@link create${service.clientName}BaseClient}.` }],
      parameters: [{ name: 'client', type: baseClientName(service) }, ...parameters],
      returnType: `Promise<${responseType(op)}>`,
      statements: [`return client.call('${op.method}', params, options, ${control}, ${operationDescriptorName(op)}) as Promise<${responseType(op)}>;`],
    });
    members.push(`${op.method}: (params, options) => ${op.method}(client, params, options)`);
  }
};
