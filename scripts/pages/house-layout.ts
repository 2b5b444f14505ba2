/**
 * Where a page's draft goes in the house layout (specs/README.md): one file per path under
 * `specs/<service>/paths/`, one file per component schema under `specs/<service>/components/schemas/`,
 * and `$ref`s instead of copies wherever a shared parameter or an existing schema already says exactly
 * what the page says (the same test as pages:check: no fact differs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { isObject, type JsonObject } from '../lint/json-pointer.js';
import { compareFacts } from './compare-facts.js';
import { DocTree, specOperations, type At } from './doc-tree.js';
import type { Draft } from './draft-document.js';
import { parameterFacts, schemaFacts } from './operation-facts.js';

export interface LayoutFile {
  /** Repository-relative path. */
  file: string;
  content: string;
}

export interface Layout {
  files: LayoutFile[];
  /** What was referenced instead of written: `parameter X-Auth-Token → specs/shared/parameters/X-Auth-Token.yaml`. */
  reused: string[];
  /** The entry the service root needs under `paths`, or undefined when it is there already. */
  rootEntry?: string;
  /** What is left for a person. */
  todo: string[];
  /** Why nothing can be written; empty when the layout can be written. */
  problems: string[];
}

const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;

/** `/v2/{project_id}/ies/task/{id}` → `ies_task_{id}.yaml` (version and project segments dropped). */
export function pathFileName(apiPath: string): string {
  const segments = apiPath.split('/').filter((s) => s !== '' && !/^v\d+(\.\d+)?$/.test(s) && s !== '{project_id}');
  return `${segments.join('_') || 'root'}.yaml`;
}

export function houseLayout(repo: string, service: string, draft: Draft, pageText: string): Layout {
  const layout: Layout = { files: [], reused: [], todo: [], problems: [] };
  const rootFile = `specs/${service}/openapi.yaml`;
  if (!existsSync(path.join(repo, rootFile))) {
    layout.problems.push(`${rootFile} does not exist: a new service starts with its root (metadata, servers, security, tags; see specs/README.md)`);
    return layout;
  }
  const tree = new DocTree(repo, { draft: draft.document });
  const [apiPath, method] = operationPlace(draft);
  const operation = JSON.parse(JSON.stringify((draft.document.paths as JsonObject)[apiPath])) as JsonObject;
  const op = operation[method] as JsonObject;
  const operationId = String(op.operationId);
  const clash = specOperations(repo, tree).find((o) => o.operationId === operationId);
  if (clash) layout.problems.push(`specs already have ${operationId} (${clash.at.place.file}); pages:new adds new operations only`);

  // Schemas: reuse an existing one that says the same, else write one file each.
  const schemas = isObject((draft.document.components as JsonObject | undefined)?.schemas) ? ((draft.document.components as JsonObject).schemas as JsonObject) : {};
  const candidates = [`specs/${service}/components/schemas`, 'specs/shared/schemas'].flatMap((dir) => yamlFiles(repo, dir));
  const location = new Map<string, string>();
  const reused = new Set<string>();
  for (const name of Object.keys(schemas)) {
    const drafted = tree.at('draft', `/components/schemas/${name}`);
    const same = candidates.find((file) => sameFacts(schemaFacts(tree, drafted, 'schema'), schemaFacts(tree, tree.at(file), 'schema')));
    if (same) {
      location.set(name, same);
      reused.add(name);
      layout.reused.push(`schema ${name} → ${same}`);
    } else location.set(name, `specs/${service}/components/schemas/${name}.yaml`);
  }
  const written = reachable(op, schemas, reused);
  for (const name of written) {
    const file = location.get(name) as string;
    if (existsSync(path.join(repo, file))) {
      layout.problems.push(`${file} exists and says something else than the page's ${name} table; rename one of them`);
      continue;
    }
    layout.files.push({ file, content: yaml(rewriteRefs(schemas[name], path.posix.dirname(file), location)) });
  }

  // Parameters: a shared parameter file where it says the same.
  const shared = yamlFiles(repo, 'specs/shared/parameters');
  const pathFile = `specs/${service}/paths/${pathFileName(apiPath)}`;
  if (Array.isArray(op.parameters)) {
    op.parameters = op.parameters.map((p, i) => {
      const drafted = tree.at('draft', `${draft.operationPointer}/parameters/${i}`);
      const same = shared.find((file) => {
        const candidate: At = tree.at(file);
        return isObject(candidate.node) && sameFacts(parameterFacts(tree, drafted), parameterFacts(tree, candidate));
      });
      if (!same) return p;
      layout.reused.push(`parameter ${String((p as JsonObject).name)} → ${same}`);
      return { $ref: path.posix.relative(path.posix.dirname(pathFile), same) };
    });
  }

  // The API Gateway's 401 and 403, which every operation documents (lint rule taskport-gateway-responses):
  // the shared responses, where the page documents none of its own.
  if (isObject(op.responses)) {
    for (const [status, file] of [
      ['401', 'specs/shared/responses/GatewayUnauthorized.yaml'],
      ['403', 'specs/shared/responses/GatewayForbidden.yaml'],
    ] as const) {
      if (op.responses[status] !== undefined || !existsSync(path.join(repo, file))) continue;
      op.responses[status] = { $ref: path.posix.relative(path.posix.dirname(pathFile), file) };
      layout.reused.push(`response ${status} → ${file}`);
    }
  }

  const root = parse(readFileSync(path.join(repo, rootFile), 'utf8')) as JsonObject;
  const tags = Array.isArray(root.tags) ? root.tags.filter(isObject) : [];
  if (tags.length === 1) {
    // House order: the tag right after the description.
    const { operationId: id, summary, description, ...rest } = op;
    for (const key of Object.keys(op)) delete op[key];
    Object.assign(op, { operationId: id, summary, description, tags: [String(tags[0]?.name)], ...rest });
  } else layout.todo.push(`tag the operation (the root has ${tags.length} tags)`);

  const pathItem = rewriteRefs(operation, path.posix.dirname(pathFile), location) as JsonObject;
  const rootPaths = isObject(root.paths) ? root.paths : {};
  const listed = rootPaths[apiPath];
  const ref = `paths/${pathFileName(apiPath)}`;
  if (existsSync(path.join(repo, pathFile))) {
    const existing = parse(readFileSync(path.join(repo, pathFile), 'utf8')) as JsonObject;
    if (!isObject(listed) || listed.$ref !== ref) layout.problems.push(`${pathFile} exists but the root does not list ${apiPath} with it; rename one of them`);
    else if (existing[method] !== undefined) layout.problems.push(`${pathFile} already has a ${method} operation`);
    else layout.files.push({ file: pathFile, content: yaml({ ...existing, ...pathItem }) });
  } else {
    layout.files.push({ file: pathFile, content: yaml(pathItem) });
  }
  if (!isObject(listed)) layout.rootEntry = `  ${apiPath}:\n    $ref: ${ref}`;

  const pageFile = `pages/${service}/${operationId}.txt`;
  const stored = path.join(repo, pageFile);
  if (!existsSync(stored)) layout.files.push({ file: pageFile, content: pageText });
  else if (readFileSync(stored, 'utf8') !== pageText) layout.problems.push(`${pageFile} exists with another text; update it by hand and run npm run pages:check`);

  if (layout.rootEntry) layout.todo.push(`add to ${rootFile} under paths:\n${layout.rootEntry}`);
  const responses = Object.keys(isObject(op.responses) ? op.responses : {});
  if (!responses.some((s) => /^4/.test(s))) layout.todo.push('the page documents no 4xx response: add the common error body as 4XX, with x-doc-provenance saying so');
  layout.todo.push(
    'add x-idempotent (true: a read or download; false: it creates or deletes something), x-task-start (its answer names the task it started), x-task (an operation that reads a task), x-pagination (a list), x-filled-from / x-client-option on headers the client fills, x-sort on sort parameters, x-error-codes where the error code is an enum (which value means invalid input)',
    'reword the descriptions (names, values and ranges stay exact)',
    'run npm run generate and npm run pages:check',
  );
  return layout;
}

function operationPlace(draft: Draft): [string, string] {
  const paths = draft.document.paths as JsonObject;
  const apiPath = Object.keys(paths)[0] as string;
  const method = Object.keys(paths[apiPath] as JsonObject)[0] as string;
  return [apiPath, method];
}

function yamlFiles(repo: string, dir: string): string[] {
  const full = path.join(repo, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

function sameFacts(drafted: ReturnType<typeof schemaFacts>, existing: ReturnType<typeof schemaFacts>): boolean {
  return compareFacts(drafted, existing).every((c) => c.verdict !== 'differ');
}

/** The draft schemas the operation reaches without passing through a reused one: the files to write. */
function reachable(operation: JsonObject, schemas: JsonObject, reused: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!isObject(node)) return;
    const name = typeof node.$ref === 'string' ? SCHEMA_REF.exec(node.$ref)?.[1] : undefined;
    if (name !== undefined && !reused.has(name) && !found.has(name)) {
      found.add(name);
      visit(schemas[name]);
    }
    Object.values(node).forEach(visit);
  };
  visit(operation);
  return [...found];
}

function rewriteRefs(node: unknown, fromDir: string, location: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, fromDir, location));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    const name = key === '$ref' && typeof value === 'string' ? SCHEMA_REF.exec(value)?.[1] : undefined;
    const target = name === undefined ? undefined : location.get(name);
    out[key] = target ? path.posix.relative(fromDir, target) : (rewriteRefs(value, fromDir, location) as JsonObject[string]);
  }
  return out;
}

const yaml = (value: unknown): string => stringify(value, { lineWidth: 100, aliasDuplicateObjects: false });
