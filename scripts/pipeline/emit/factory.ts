import { StructureKind } from 'ts-morph';
import { descriptorName, serviceOptions, type Emitter } from './context.js';

/** The options type and the `create<Service>Client` factory that assembles the members. */
export const emitFactory: Emitter = ({ statements, service, members, runtime }) => {
  runtime.values.add('createServiceClient');
  runtime.types.add('ClientOptions');
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
  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: `create${service.clientName}Client`,
    docs: [{ description: `A typed ${service.title} client. Options are validated here; those not given default to the HUAWEICLOUD_SDK_* environment variables.\n\n@example\n${example}` }],
    parameters: [{ name: 'options', type: optionsType, hasQuestionToken: true }],
    returnType: `${service.clientName}Client`,
    statements: [`const client = createServiceClient(${descriptorName(service)}, options);`, `return {\n${members.map((m) => `  ${m},`).join('\n')}\n};`],
  });
};
