import { StructureKind } from 'ts-morph';
import { descriptorName, type Emitter } from './context.js';

/** The options type and the `create<Service>Client` factory that assembles the members. */
export const emitFactory: Emitter = ({ statements, service, members, runtime }) => {
  runtime.values.add('createServiceClient');
  runtime.types.add('ClientOptions');
  const needsWorkspace = service.operations.some((op) => op.params.some((p) => p.filledFrom === 'workspaceId'));
  const optionsType = `${service.clientName}ClientOptions`;
  statements.push({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: optionsType,
    docs: [needsWorkspace ? `Options of {@link create${service.clientName}Client}: the common ones plus \`workspaceId\`, sent as \`X-Workspace-Id\`.` : `Options of {@link create${service.clientName}Client}.`],
    type: needsWorkspace ? 'ClientOptions & { /** Workspace id, sent as `X-Workspace-Id` on every request. */ workspaceId: string }' : 'ClientOptions',
  });
  const example = `const client = create${service.clientName}Client({ region: '${service.servers[0]?.regions[0] ?? 'cn-north-4'}', projectId, credentials: { ak, sk }${needsWorkspace ? ', workspaceId' : ''} });`;
  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: `create${service.clientName}Client`,
    docs: [{ description: `A typed ${service.title} client. Options are validated here; credentials and project default to the HUAWEICLOUD_SDK_* environment variables.\n\n@example\n${example}` }],
    parameters: [{ name: 'options', type: optionsType, hasQuestionToken: !needsWorkspace }],
    returnType: `${service.clientName}Client`,
    statements: [`const client = createServiceClient(${descriptorName(service)}, options);`, `return {\n${members.map((m) => `  ${m},`).join('\n')}\n};`],
  });
};
