import { IndentationText, Project, QuoteKind, StructureKind } from 'ts-morph';
import type { JsonObject } from '../../lint/json-pointer.js';
import type { Step } from '../context.js';
import type { EmitContext, Emitter } from '../emit/context.js';
import { emitters } from '../emit/registry.js';
import { serviceModel, type ServiceModel } from '../emit/service-model.js';
import { bannerText } from '../outputs.js';
import { ensureBundle } from './bundle.js';

let project: Project | undefined;

/**
 * The client file for a service model, as text (no banner): the emitters fill the file's parts and
 * ts-morph prints them once. Multi-line values are raw statements, not variable initializers (which
 * ts-morph prints with a hanging indent), so the print is already formatted: TypeScript's formatter
 * was two thirds of this step's time (test/scripts/emitters.test.ts holds the print formatted).
 */
export function renderClient(service: ServiceModel, use: readonly Emitter[] = emitters): string {
  project ??= new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const context: EmitContext = { statements: [], service, methods: [], members: [], taskMembers: [], runtime: { values: new Set(), types: new Set() } };
  for (const emit of use) emit(context);
  const sorted = (names: Set<string>) => [...names].sort();
  const runtime = '../../src/runtime.js';
  const file = project.createSourceFile(
    `generated/clients/${service.name}.ts`,
    {
      statements: [
        ...(context.runtime.values.size > 0 ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: runtime, namedImports: sorted(context.runtime.values) } as const] : []),
        ...(context.runtime.types.size > 0 ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: runtime, isTypeOnly: true, namedImports: sorted(context.runtime.types) } as const] : []),
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: `../types/${service.name}.js`, isTypeOnly: true, namedImports: ['operations'] },
        {
          kind: StructureKind.Interface,
          isExported: true,
          name: `${service.clientName}Client`,
          docs: [`A ${service.title} client: one method per documented operation, plus task helpers. Create it with {@link create${service.clientName}Client}.`],
          methods: context.methods,
        },
        ...context.statements,
        // The signer a base client needs for AK/SK credentials, beside the functions that take it.
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: runtime, namedExports: ['akskSigner'] },
        {
          kind: StructureKind.ExportDeclaration,
          isTypeOnly: true,
          moduleSpecifier: runtime,
          namedExports: ['ClientOptions', 'DownloadedFile', 'FilePart', 'RequestOptions', 'Signer', 'Task', 'TaskOutcome', 'WaitCheckpoint', 'WaitOptions'],
        },
      ],
    },
    { overwrite: true },
  );
  return file.getFullText();
}

/** generated/clients/<service>.ts: the typed client, emitted with ts-morph from the bundle. */
export const clientsStep: Step = {
  name: 'clients',
  async run(run) {
    const doc = await ensureBundle(run);
    const service = serviceModel(doc as JsonObject, run.service.name, run.service.root);
    return [{ path: `generated/clients/${service.name}.ts`, content: `// ${bannerText(run.service.root)}\n${renderClient(service)}` }];
  },
};
