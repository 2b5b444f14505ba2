import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getAt, isObject, type JsonObject } from '../../lint/json-pointer.js';
import { httpSample, typeScriptSample } from '../code-samples.js';
import type { ServiceRun, Step } from '../context.js';
import { serviceModel } from '../emit/service-model.js';
import { bannerText, type Output } from '../outputs.js';
import { ensureBundle } from './bundle.js';

const require = createRequire(import.meta.url);
const REDOC_VERSION = (require('redoc/package.json') as { version: string }).version;
export const REDOC_SCRIPT = 'redoc.standalone.js';
// Redoc's menu footer always loads its logo from a CDN, the page's only network request; the
// shipped copy points it at an inline empty image instead (no option turns the logo off).
const CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const INLINE_LOGO = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";

// Redoc's defaults load web fonts from Google; system fonts keep the page fully offline.
const REDOC_OPTIONS = {
  expandResponses: '200',
  // Operations with a request body: the TypeScript call stays the first sample, the body sample last.
  payloadSampleIdx: 99,
  pathInMiddlePanel: true,
  nativeScrollbars: true,
  theme: {
    typography: {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
      code: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
    },
  },
};

/** JSON that is safe inside an inline <script>: no `</script>` or `<!--` can close or confuse it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function page(title: string, banner: string, body: string): string {
  return `<!-- ${banner} -->
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body { margin: 0; }</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The bundle as the docs show it: titled with the package's version (what a reader installs), and each
 * operation with a TypeScript sample of its Taskport call first, then its HTTP request (the page's
 * documented one where it has one). The published bundle itself is left as the specs say.
 */
function docsDocument(bundle: Record<string, unknown>, service: string, source: string, packageVersion: string): JsonObject {
  const doc = JSON.parse(JSON.stringify(bundle)) as JsonObject;
  const model = serviceModel(doc, service, source);
  doc.info = { ...(isObject(doc.info) ? doc.info : {}), version: packageVersion };
  const region = String(getAt(doc, '/servers/0/variables/region/default') ?? 'cn-north-4');
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    for (const operation of Object.values(isObject(item) ? item : {})) {
      if (!isObject(operation) || typeof operation.operationId !== 'string') continue;
      const op = model.operations.find((o) => o.id === operation.operationId);
      if (!op) continue;
      const documented = Array.isArray(operation['x-codeSamples']) ? operation['x-codeSamples'] : [];
      operation['x-codeSamples'] = [typeScriptSample(model, op, region), ...(documented.length > 0 ? documented : [httpSample(op)])];
    }
  }
  return doc;
}

function packageVersion(repo: string): string {
  return (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * generated/docs/<service>.html: Redoc with the bundled spec inlined and Redoc's standalone script
 * shipped beside it, so the page renders from a static server or straight from the file, offline.
 */
export const docsStep: Step = {
  name: 'docs',
  needs: ['bundle'],
  async run(run) {
    const doc = docsDocument(await ensureBundle(run), run.service.name, run.service.root, packageVersion(run.repo));
    const info = doc.info as { title: string };
    const body = `<div id="redoc"></div>
<script src="${REDOC_SCRIPT}"></script>
<script>
Redoc.init(${scriptJson(doc)}, ${scriptJson(REDOC_OPTIONS)}, document.getElementById('redoc'));
</script>`;
    return [{ path: `generated/docs/${run.service.name}.html`, content: page(`${info.title} — Taskport API reference`, bannerText(run.service.root), body) }];
  },
  finish(runs: ServiceRun[]): Output[] {
    const original = readFileSync(require.resolve(`redoc/bundles/${REDOC_SCRIPT}`), 'utf8');
    if (!original.includes(CDN_LOGO)) throw new Error(`redoc@${REDOC_VERSION} no longer references ${CDN_LOGO}; review the offline patch in scripts/pipeline/steps/docs.ts`);
    const script = original.split(CDN_LOGO).join(INLINE_LOGO);
    const license = readFileSync(require.resolve(`redoc/bundles/${REDOC_SCRIPT}.LICENSE.txt`), 'utf8');
    const copied = `Copied from redoc@${REDOC_VERSION} (MIT) by scripts/pipeline.ts, its CDN logo replaced by an inline image — do not edit; upgrade the redoc devDependency instead.`;
    const items = runs
      .map((run) => {
        const info = (run.bundle?.info ?? {}) as { title?: string; summary?: string };
        return `<li><a href="${run.service.name}.html">${escapeHtml(info.title ?? run.service.name)}</a> — ${escapeHtml(info.summary ?? '')}</li>`;
      })
      .join('\n');
    const index = page(
      'Taskport API reference',
      bannerText('specs/*/openapi.yaml (redocly.yaml)'),
      `<main style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem">
<h1>Taskport API reference</h1>
<p>The documented Huawei Cloud import and export task APIs that Taskport's clients are generated from.</p>
<ul>
${items}
</ul>
</main>`,
    );
    return [
      { path: 'generated/docs/index.html', content: index },
      { path: `generated/docs/${REDOC_SCRIPT}`, content: `/* ${copied} */\n${script}` },
      { path: `generated/docs/${REDOC_SCRIPT}.LICENSE.txt`, content: `${copied}\n\n${license}` },
    ];
  },
};
