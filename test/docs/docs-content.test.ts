/**
 * What the Redoc pages say, read from the generated pages themselves (the spec inlined in each): a
 * TypeScript sample of the Taskport call for every operation, before its HTTP request, that compiles
 * against the generated clients under strict settings; the package's version as the title's version;
 * links named after the Huawei Cloud page, never by internal working words.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const services = ['metastudio', 'workspace', 'hss', 'dataarts-insight'];
const { version } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };

interface Sample {
  lang: string;
  label: string;
  source: string;
}
interface Operation {
  operationId: string;
  externalDocs?: { description?: string; url?: string };
  'x-codeSamples'?: Sample[];
}
interface PageDoc {
  info: { title: string; version: string; 'x-client-name': string };
  paths: Record<string, Record<string, Operation>>;
}

/** The spec a generated page hands to Redoc: the first argument of its `Redoc.init(spec, options, element)`. */
function pageDocument(service: string): PageDoc {
  const html = readFileSync(path.join(repo, 'generated/docs', `${service}.html`), 'utf8');
  const call = /^Redoc\.init\((.*), document\.getElementById\('redoc'\)\);$/m.exec(html);
  if (!call) throw new Error(`generated/docs/${service}.html has no Redoc.init(…) line`);
  return (JSON.parse(`[${call[1]}]`) as [PageDoc, unknown])[0];
}

const operationsOf = (doc: PageDoc) => Object.values(doc.paths).flatMap((item) => Object.values(item));
/** Each operation with its HTTP method, for the HTTP sample's request line. */
const methodsOf = (doc: PageDoc) => new Map(Object.values(doc.paths).flatMap((item) => Object.entries(item).map(([method, op]) => [op, method.toUpperCase()] as const)));
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const scratch = mkdtempSync(path.join(tmpdir(), 'taskport-samples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Type errors of TypeScript `sources` (file name -> text), compiled strictly against the repository's generated clients. */
function typeErrors(sources: Record<string, string>): string[] {
  const files = Object.entries(sources).map(([name, text]) => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    return file;
  });
  const program = ts.createProgram(files, {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.es2024.string.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    // The samples are Node code (node:fs for files): Node's types, from the repository.
    types: ['node'],
    typeRoots: [path.join(repo, 'node_modules/@types')],
    skipLibCheck: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    paths: { 'taskport/*': [path.join(repo, 'generated/clients/*.ts')] },
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

// The free names a sample leaves to the reader, as the README's examples do. Not `file`: a sample
// reads an upload itself (`await openAsBlob(…)`) and names a downloaded file `const file`.
const PRELUDE = 'declare const projectId: string, workspaceId: string, ak: string, sk: string;\nexport {};\n';

describe.each(services)('%s page', (service) => {
  const doc = pageDocument(service);
  const operations = operationsOf(doc);

  it('shows the package version as the title version', () => {
    expect(doc.info.version).toBe(version);
  });

  it.each(operations.map((op) => [op.operationId, op] as const))('%s: a TypeScript sample of the Taskport call, then the HTTP request', (_id, op) => {
    const samples = op['x-codeSamples'] ?? [];
    expect(samples.map((s) => s.lang)).toEqual(['TypeScript', 'HTTP']);
    const source = samples[0]!.source;
    expect(source).toContain(`import { create${doc.info['x-client-name']}Client } from 'taskport/${service}';`);
    expect(source).toMatch(new RegExp(`\\.${lowerFirst(op.operationId)}\\(`));
    expect(samples[1]!.source).toMatch(new RegExp(`^${methodsOf(doc).get(op)} https://\\{endpoint\\}/`));
  });

  it('a start operation (x-task-start) shows the whole lifecycle: start, waitForTask, and downloadTaskFile where the task links to its file', () => {
    const raw = operationsOf(doc) as (Operation & { 'x-task-start'?: unknown; 'x-task'?: { download?: unknown } })[];
    const starts = raw.filter((op) => op['x-task-start']);
    const linksFile = raw.some((op) => op['x-task']?.download);
    for (const op of starts) {
      const source = op['x-codeSamples']![0]!.source;
      expect(source, op.operationId).toMatch(/const taskId = started\.\w+;[\s\S]*\.waitForTask\(taskId, \{ onProgress/);
      if (linksFile) expect(source, op.operationId).toMatch(/\.downloadTaskFile\(task\)[\s\S]*writeFile\(file\.name/);
      else expect(source, op.operationId).not.toContain('downloadTaskFile');
    }
    if (service !== 'dataarts-insight') expect(linksFile).toBe(true);
    expect(starts.length).toBeGreaterThan(0);
  });

  it('every TypeScript sample compiles strictly against the generated client', () => {
    const sources = Object.fromEntries(operations.map((op) => [`${service}-${op.operationId}.ts`, `${PRELUDE + op['x-codeSamples']![0]!.source}\n`]));
    expect(typeErrors(sources)).toEqual([]);
  });

  it('links name the Huawei Cloud page, with no internal working words', () => {
    for (const op of operations) {
      expect(op.externalDocs?.description, op.operationId).toMatch(/^Huawei Cloud API reference page "[^"]+" \([^)]+\)$/);
      expect(op.externalDocs?.url, op.operationId).toMatch(/^https:\/\/support\.huaweicloud\.com\//);
    }
    expect(JSON.stringify(doc)).not.toMatch(/\bseeds?\b/i);
  });
});

describe('the sample check can fail', () => {
  it('a sample calling a method the client does not have is a type error', () => {
    const wrong = `${PRELUDE}import { createHssClient } from 'taskport/hss';\nconst hss = createHssClient({ region: 'cn-north-4', projectId, credentials: { ak, sk } });\nawait hss.listExportTasks({ task_id: 'x' });\n`;
    expect(typeErrors({ 'wrong.ts': wrong }).join('\n')).toMatch(/Property 'listExportTasks' does not exist/);
  });
});
