import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import ts from 'typescript';
import type { Step } from '../context.js';
import { bannerText } from '../outputs.js';
import { ensureBundle } from './bundle.js';

// int64 fields may carry values beyond 2^53: the runtime keeps those as exact digit strings
// (specs/README.md, "Exact int64 values"), so their type says so.
const exactInt64 = ts.factory.createUnionTypeNode([
  ts.factory.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword),
  ts.factory.createTemplateLiteralType(ts.factory.createTemplateHead(''), [
    ts.factory.createTemplateLiteralTypeSpan(ts.factory.createKeywordTypeNode(ts.SyntaxKind.BigIntKeyword), ts.factory.createTemplateTail('')),
  ]),
]);

type OpenapiTypescript = typeof import('openapi-typescript');
// openapi-typescript's entry point loads a second, older Redocly (~1 s of start-up) only to lint and
// re-bundle its input, which here is a bundle already linted and bundled. Its transform and printer
// modules need neither, so the step imports them directly (the package exports its files) and builds
// the context openapiTS() would build with its defaults (openapi-typescript 7.13, pinned; the
// committed generated/types/ are what proves the output unchanged).
const ENTRY = 'openapi-typescript/dist/';
async function openapiTypescript(): Promise<Pick<OpenapiTypescript, 'transformSchema' | 'scanDiscriminators' | 'resolveRef' | 'astToString'>> {
  const [transform, utils, printer] = await Promise.all([import(`${ENTRY}transform/index.mjs`), import(`${ENTRY}lib/utils.mjs`), import(`${ENTRY}lib/ts.mjs`)]);
  return { transformSchema: transform.default, scanDiscriminators: utils.scanDiscriminators, resolveRef: utils.resolveRef, astToString: printer.astToString };
}

function context(schema: OpenAPI3, options: OpenAPITSOptions, tools: Awaited<ReturnType<typeof openapiTypescript>>): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: tools.scanDiscriminators(schema, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    propertiesRequiredByDefault: false,
    // Read by nothing but openapiTS()'s own lint and bundle, which are skipped.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: false,
    transform: options.transform,
    postTransform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: <T>($ref: string) => tools.resolveRef<T>(schema, $ref, { silent: false }),
  };
}

const options: OpenAPITSOptions = {
  transform(schema) {
    const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    // Documented as int64 either directly or in the erratum's documented form (x-doc-schema).
    const documented = (schema as { 'x-doc-schema'?: { format?: unknown } })['x-doc-schema'];
    if ((schema.format === 'int64' || documented?.format === 'int64') && types.includes('integer')) return exactInt64;
    return undefined;
  },
};

/** generated/types/<service>.ts: openapi-typescript's types, with the spec descriptions as JSDoc. */
export const typesStep: Step = {
  name: 'types',
  async run(run) {
    const doc = await ensureBundle(run);
    const tools = await openapiTypescript();
    // Its own copy, as openapiTS() parses one: the bundle is shared with the other steps.
    const schema = JSON.parse(JSON.stringify(doc)) as OpenAPI3;
    const ast = tools.transformSchema(schema, context(schema, options, tools));
    return [{ path: `generated/types/${run.service.name}.ts`, content: `// ${bannerText(run.service.root)}\n${tools.astToString(ast)}` }];
  },
};
