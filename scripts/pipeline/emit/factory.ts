import { StructureKind } from 'ts-morph';
import { baseClientName, baseDescriptorName, serviceOptions, type Emitter } from './context.js';

/**
 * The options type; `create<Service>BaseClient`, the client the exported functions take (no operation
 * of its own, no signer unless given one: a bundle holds what the functions it calls need); the
 * `create<Service>Client` factory that assembles every member over the same functions; and (where the
 * spec reads tasks) `create<Service>TaskClient`, the task trio alone.
 */
export const emitFactory: Emitter = ({ statements, service, members, taskMembers, runtime }) => {
  runtime.values.add('createServiceClient');
  runtime.values.add('createBaseClient');
  runtime.types.add('ClientOptions');
  runtime.types.add('BaseClient');
  const options = [...serviceOptions(service)];
  const optionsType = `${service.clientName}ClientOptions`;
  const own = options.map(([name, o]) => `/** ${o.description} Default \`${o.env}\`. */ ${name}?: string`);
  const named = options.map(([name, o]) => `\`${name}\` (sent as \`${o.param.name}\`)`).join(', ');
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: optionsType,
    docs: [options.length > 0 ? `Options of {@link create${service.clientName}Client}: the common ones plus ${named}.` : `Options of {@link create${service.clientName}Client}.`],
    type: options.length > 0 ? `ClientOptions & { ${own.join('; ')} }` : 'ClientOptions',
  });
  const example = `const client = create${service.clientName}Client({ region: '${service.servers[0]?.regions[0] ?? 'cn-north-4'}', projectId, credentials: { ak, sk }${options.map(([name]) => `, ${name}`).join('')} });`;
  const base = baseClientName(service);
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: base,
    docs: [`A ${service.title} connection for the exported functions (\`${service.operations[0]?.method ?? 'getTask'}(client, params)\`…), from {@link create${service.clientName}BaseClient}. Treat it as opaque.`],
    type: `BaseClient<'${service.name}'>`,
  });
  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: `create${service.clientName}BaseClient`,
    docs: [
      {
        description: `A ${service.title} connection for the exported functions, one per operation and task helper: a bundle holds only the functions it imports. The same options as {@link create${service.clientName}Client}; AK/SK credentials need \`signer: akskSigner\` (a token needs nothing, and its bundle carries no signer).\n\n@example\n${example.replace(`create${service.clientName}Client`, `create${service.clientName}BaseClient`).replace('credentials: { ak, sk }', 'credentials: { token }')}`,
      },
    ],
    parameters: [{ name: 'options', type: optionsType, hasQuestionToken: true }],
    returnType: base,
    statements: [`return createBaseClient(${baseDescriptorName(service)}, options);`],
  });
  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: `create${service.clientName}Client`,
    docs: [{ description: `A typed ${service.title} client. Options are validated here; those not given default to the HUAWEICLOUD_SDK_* environment variables.\n\n@example\n${example}` }],
    parameters: [{ name: 'options', type: optionsType, hasQuestionToken: true }],
    returnType: `${service.clientName}Client`,
    statements: [`const client = createServiceClient(${baseDescriptorName(service)}, options);`, `return {\n${members.map((m) => `  ${m},`).join('\n')}\n};`],
  });
  if (taskMembers.length === 0) return;
  const trio = ['getTask', 'waitForTask', 'watchTask', 'waitForTasks'].map((name) => `'${name}'`).join(' | ');
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: `${service.clientName}TaskClient`,
    docs: [`A ${service.title} client that only reads and waits for tasks: {@link ${service.clientName}Client}'s task helpers.`],
    type: `Pick<${service.clientName}Client, ${trio}>`,
  });
  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: `create${service.clientName}TaskClient`,
    docs: [{ description: `A ${service.title} client that only reads and waits for tasks, for code that starts none: the same options as {@link create${service.clientName}Client}, a smaller bundle.\n\n@example\n${example.replace(`create${service.clientName}Client`, `create${service.clientName}TaskClient`)}` }],
    parameters: [{ name: 'options', type: optionsType, hasQuestionToken: true }],
    returnType: `${service.clientName}TaskClient`,
    statements: [`const client = createServiceClient(${baseDescriptorName(service)}, options);`, `return {\n${taskMembers.map((m) => `  ${m},`).join('\n')}\n};`],
  });
};
