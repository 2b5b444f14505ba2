import openapiTS, { astToString } from 'openapi-typescript';
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

/** generated/types/<service>.ts: openapi-typescript's types, with the spec descriptions as JSDoc. */
export const typesStep: Step = {
  name: 'types',
  async run(run) {
    const doc = await ensureBundle(run);
    const ast = await openapiTS(JSON.parse(JSON.stringify(doc)), {
      transform(schema) {
        const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
        // Documented as int64 either directly or in the erratum's documented form (x-doc-schema).
        const documented = (schema as { 'x-doc-schema'?: { format?: unknown } })['x-doc-schema'];
        if ((schema.format === 'int64' || documented?.format === 'int64') && types.includes('integer')) return exactInt64;
        return undefined;
      },
    });
    return [{ path: `generated/types/${run.service.name}.ts`, content: `// ${bannerText(run.service.root)}\n${astToString(ast)}` }];
  },
};
