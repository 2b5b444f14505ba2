/**
 * OpenAPI documents spread over files, read with the file and JSON pointer of every node, so a message
 * can name `specs/hss/components/schemas/X.yaml#/properties/task_id`. `$ref`s to other files and inside
 * a file are followed; a draft is a tree of one in-memory file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { getAt, isObject, joinPointer, splitPointer, type JsonObject } from '../lint/json-pointer.js';

/** A node's file (repository-relative, `/`-separated) and JSON pointer in it. */
export interface Place {
  file: string;
  pointer: string;
}

export interface At {
  node: unknown;
  place: Place;
}

export const showPlace = (place: Place): string => `${place.file}#${place.pointer}`;

export class DocTree {
  private readonly files = new Map<string, unknown>();

  /** `repo` is where file names are resolved; `preloaded` are documents that live only in memory. */
  constructor(
    private readonly repo: string,
    preloaded: Record<string, unknown> = {},
  ) {
    for (const [file, doc] of Object.entries(preloaded)) this.files.set(file, doc);
  }

  load(file: string): unknown {
    if (!this.files.has(file)) {
      const full = path.join(this.repo, file);
      if (!existsSync(full)) throw new Error(`${file}: no such file`);
      this.files.set(file, parse(readFileSync(full, 'utf8')) as unknown);
    }
    return this.files.get(file);
  }

  at(file: string, pointer = ''): At {
    return { node: getAt(this.load(file), pointer), place: { file, pointer } };
  }

  /** A child of a node (no `$ref` followed). */
  child(at: At, ...tokens: string[]): At {
    const pointer = `${at.place.pointer}${joinPointer(tokens)}`;
    return { node: getAt(at.node, joinPointer(tokens)), place: { file: at.place.file, pointer } };
  }

  /**
   * Follows `$ref`s. Keywords beside a `$ref` (OpenAPI 3.1 allows them) are laid over the target, so
   * `{ $ref, description }` reads as the target with that description.
   */
  resolve(at: At): At {
    let current = at;
    const seen = new Set<string>();
    let siblings: JsonObject = {};
    while (isObject(current.node) && typeof current.node.$ref === 'string') {
      const key = showPlace(current.place);
      if (seen.has(key)) throw new Error(`${key}: $ref cycle`);
      seen.add(key);
      const { $ref, ...rest } = current.node;
      siblings = { ...rest, ...siblings };
      current = this.target(current.place, $ref as string);
    }
    if (Object.keys(siblings).length > 0 && isObject(current.node)) {
      return { node: { ...current.node, ...siblings }, place: current.place };
    }
    return current;
  }

  private target(from: Place, ref: string): At {
    const [filePart = '', fragment = ''] = ref.split('#');
    const file = filePart === '' ? from.file : path.posix.normalize(path.posix.join(path.posix.dirname(from.file), filePart));
    const pointer = fragment === '' ? '' : joinPointer(splitPointer(`#${fragment}`));
    let doc: unknown;
    try {
      doc = this.load(file);
    } catch (e) {
      throw new Error(`${showPlace(from)}: $ref ${ref}: ${(e as Error).message}`);
    }
    const node = getAt(doc, pointer);
    if (node === undefined) throw new Error(`${showPlace(from)}: $ref ${ref} points at nothing`);
    return { node, place: { file, pointer } };
  }
}

export interface OperationAt {
  service: string;
  operationId: string;
  method: string;
  path: string;
  at: At;
  /** The path item, for parameters declared on it. */
  pathItem: At;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Every operation of every `specs/<service>/openapi.yaml` in `repo`. */
export function specOperations(repo: string, tree: DocTree): OperationAt[] {
  const specs = path.join(repo, 'specs');
  if (!existsSync(specs)) return [];
  const found: OperationAt[] = [];
  for (const service of readdirSync(specs).sort()) {
    const root = `specs/${service}/openapi.yaml`;
    if (!existsSync(path.join(repo, root))) continue;
    found.push(...operationsOf(tree, root, service));
  }
  return found;
}

/** The operations of one root document (a spec root, or a draft). */
export function operationsOf(tree: DocTree, root: string, service: string): OperationAt[] {
  const doc = tree.at(root);
  const paths = tree.child(doc, 'paths');
  const found: OperationAt[] = [];
  for (const p of Object.keys(isObject(paths.node) ? paths.node : {})) {
    const item = tree.resolve(tree.child(paths, p));
    for (const method of METHODS) {
      const op = tree.child(item, method);
      if (!isObject(op.node)) continue;
      found.push({ service, operationId: String(op.node.operationId ?? ''), method, path: p, at: op, pathItem: item });
    }
  }
  return found;
}
