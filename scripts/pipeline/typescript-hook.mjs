// @ts-check
// Module hook (registered by ./fast-load.mjs): an ES import of the `typescript` package gets its
// CommonJS exports through require, which is code-cached, instead of Node scanning the 9 MB source
// for export names. Only the default import is offered: a named import fails loudly at load.
const TYPESCRIPT = /\/node_modules\/typescript\/lib\/typescript\.js$/;

/**
 * @param {string} url
 * @param {{ format?: string | null }} context
 * @param {(url: string, context: object) => Promise<{ format?: string | null, source?: unknown }>} nextLoad
 */
export async function load(url, context, nextLoad) {
  if (!TYPESCRIPT.test(url)) return nextLoad(url, context);
  const source = [
    "import { createRequire } from 'node:module';",
    "import { fileURLToPath } from 'node:url';",
    `export default createRequire(${JSON.stringify(url)})(fileURLToPath(${JSON.stringify(url)}));`,
  ].join('\n');
  return { format: 'module', source, shortCircuit: true };
}
