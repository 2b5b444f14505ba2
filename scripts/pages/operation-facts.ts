/**
 * The documented facts of one operation, drafted or hand-written, as a flat list keyed by where they are
 * (`query parameter limit`, `response 200 body /export_tasks/[]/status`) and what they say (`maximum`).
 *
 * Each node is read in its documented form: `x-doc-schema` laid over a schema, `x-doc-parameter` over a
 * parameter (specs/README.md). Descriptions are not facts (the specs word them their own way), nor are
 * serialisation keywords (`style`, `explode`) or `x-` extensions the generator reads.
 */
import { isObject, type JsonObject } from '../lint/json-pointer.js';
import type { At, DocTree, OperationAt, Place } from './doc-tree.js';

export type NoteKind = 'errata' | 'provenance';

/** A note the spec carries on a node: it covers facts of that node and of everything under it. */
export interface Note {
  kind: NoteKind;
  text: string;
  place: Place;
}

export interface Fact {
  /** Where the fact is, e.g. `query parameter limit` or `response 200 body /count`. */
  where: string;
  /** What it is: a keyword (`maximum`), or `exists` for the node itself. */
  what: string;
  /** The value, as canonical JSON. */
  value: string;
  place: Place;
  /** The nearest note on the node or an ancestor. */
  note?: Note;
  /** Notes on this node cover a difference in this fact itself (responses and examples). */
  noteCoversDifference?: boolean;
}

export const factKey = (f: Pick<Fact, 'where' | 'what'>): string => `${f.where} · ${f.what}`;

// Keywords that describe rather than constrain, and serialisation details.
const NOT_FACTS = new Set([
  'description',
  'title',
  'summary',
  'example',
  'examples',
  '$comment',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  '$ref',
  '$schema',
  '$id',
  '$defs',
  'discriminator',
  'x-doc-schema',
]);

const REQUEST_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \S/;

/** Canonical JSON: object keys sorted, so equal values print equally. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function noteOf(node: unknown, place: Place): Note | undefined {
  if (!isObject(node)) return undefined;
  if (typeof node['x-doc-errata'] === 'string') return { kind: 'errata', text: node['x-doc-errata'], place };
  if (typeof node['x-doc-provenance'] === 'string') return { kind: 'provenance', text: node['x-doc-provenance'], place };
  return undefined;
}

class FactCollector {
  readonly facts: Fact[] = [];

  constructor(private readonly tree: DocTree) {}

  add(where: string, what: string, value: unknown, place: Place, note: Note | undefined, coversDifference = false): void {
    const fact: Fact = { where, what, value: canonical(value), place };
    if (note) fact.note = note;
    if (coversDifference) fact.noteCoversDifference = true;
    this.facts.push(fact);
  }

  operation(op: OperationAt): void {
    const node = op.at.node as JsonObject;
    const note = noteOf(node, op.at.place);
    this.add('operation', 'method and path', `${op.method.toUpperCase()} ${op.path}`, op.at.place, note, true);
    if (typeof node.summary === 'string') this.add('operation', 'summary', node.summary, this.tree.child(op.at, 'summary').place, note, true);
    this.parameters(op, note);
    this.requestBody(op.at, note);
    this.responses(op.at, note);
    this.codeSamples(op.at, note);
  }

  private parameters(op: OperationAt, inherited: Note | undefined): void {
    const byKey = new Map<string, At>();
    for (const holder of [op.pathItem, op.at]) {
      const list = this.tree.child(holder, 'parameters');
      if (!Array.isArray(list.node)) continue;
      list.node.forEach((_, i) => {
        const param = this.tree.resolve(this.tree.child(list, String(i)));
        if (!isObject(param.node)) return;
        const name = String(param.node.name);
        byKey.set(`${String(param.node.in)} ${param.node.in === 'header' ? name.toLowerCase() : name}`, param);
      });
    }
    for (const param of byKey.values()) this.parameter(param, inherited);
  }

  /** A parameter's facts in its documented form (`x-doc-parameter` laid over it). */
  parameter(param: At, inherited: Note | undefined): void {
    const raw = param.node as JsonObject;
    const overlay = isObject(raw['x-doc-parameter']) ? raw['x-doc-parameter'] : {};
    const documented = { ...raw, ...overlay };
    const note = noteOf(raw, param.place) ?? inherited;
    const name = String(raw.name);
    const where = `${String(raw.in)} parameter ${raw.in === 'header' ? name.toLowerCase() : name}`;
    this.add(where, 'exists', true, param.place, note);
    const requiredPlace = 'required' in overlay ? `${param.place.pointer}/x-doc-parameter/required` : `${param.place.pointer}/required`;
    this.add(where, 'required', documented.required === true, { file: param.place.file, pointer: requiredPlace }, note);
    if (documented.schema !== undefined) this.schema(this.tree.child(param, 'schema'), where, note);
  }

  private requestBody(op: At, inherited: Note | undefined): void {
    const body = this.tree.resolve(this.tree.child(op, 'requestBody'));
    if (!isObject(body.node)) return;
    const note = noteOf(body.node, body.place) ?? inherited;
    this.add('request body', 'exists', true, body.place, note);
    this.content(body, 'request', note);
  }

  private responses(op: At, inherited: Note | undefined): void {
    const responses = this.tree.child(op, 'responses');
    for (const status of Object.keys(isObject(responses.node) ? responses.node : {})) {
      const response = this.tree.resolve(this.tree.child(responses, status));
      if (!isObject(response.node)) continue;
      const own = noteOf(response.node, response.place);
      const note = own ?? inherited;
      const where = `response ${status}`;
      this.add(where, 'exists', true, response.place, note);
      // An empty description (a status the stored text shows without one) states nothing.
      if (typeof response.node.description === 'string' && response.node.description.trim() !== '') {
        this.add(where, 'description', response.node.description.replace(/\s+/g, ' ').trim(), this.tree.child(response, 'description').place, note, own !== undefined);
      }
      this.content(response, where, note, own !== undefined);
    }
  }

  /** Media types, the body schema (JSON first) and the examples of a request body or response. */
  private content(holder: At, where: string, note: Note | undefined, ownNote = false): void {
    const content = this.tree.child(holder, 'content');
    if (!isObject(content.node)) return;
    const types = Object.keys(content.node);
    this.add(`${where} body`, 'media types', [...types].sort(), content.place, note, ownNote);
    const chosen = types.includes('application/json') ? 'application/json' : types[0];
    if (chosen === undefined) return;
    const media = this.tree.child(content, chosen);
    if (!isObject(media.node)) return;
    if (media.node.schema !== undefined) this.schema(this.tree.child(media, 'schema'), `${where} body`, note);
    const values: unknown[] = [];
    let exampleNote: Note | undefined;
    if ('example' in media.node) values.push(media.node.example);
    const examples = this.tree.child(media, 'examples');
    for (const name of Object.keys(isObject(examples.node) ? examples.node : {})) {
      const example = this.tree.resolve(this.tree.child(examples, name));
      if (!isObject(example.node)) continue;
      exampleNote ??= noteOf(example.node, example.place);
      // A page example that is not JSON has no value; it is carried as text in the description.
      values.push('value' in example.node ? example.node.value : { 'not JSON': String(example.node.description ?? '') });
    }
    if (values.length > 0) this.add(`${where} body`, 'examples', values.map(canonical).sort(), examples.place, exampleNote ?? note, exampleNote !== undefined || ownNote);
  }

  private codeSamples(op: At, note: Note | undefined): void {
    const samples = this.tree.child(op, 'x-codeSamples');
    if (!Array.isArray(samples.node)) return;
    const lines = samples.node.flatMap((s) => {
      const first = isObject(s) && typeof s.source === 'string' ? (s.source.split('\n')[0] ?? '').trim() : '';
      return REQUEST_LINE.test(first) ? [first] : [];
    });
    if (lines.length > 0) this.add('request examples', 'request lines', [...lines].sort(), samples.place, note, true);
  }

  /** The facts of a schema and of its properties and items, each in its documented form. */
  schema(at: At, where: string, inherited: Note | undefined, depth = 0): void {
    if (depth > 12) return;
    const found = this.tree.resolve(at);
    if (!isObject(found.node)) return;
    const node = found.node;
    const overlay = isObject(node['x-doc-schema']) ? node['x-doc-schema'] : {};
    const documented: JsonObject = { ...node, ...overlay };
    const note = noteOf(node, found.place) ?? inherited;
    const from = (key: string): string[] => (key in overlay ? ['x-doc-schema', key] : [key]);

    const properties = new Map<string, At>();
    if (Array.isArray(documented.allOf)) {
      documented.allOf.forEach((_, i) => {
        const member = this.tree.resolve(this.tree.child(found, ...from('allOf'), String(i)));
        const props = this.tree.child(member, 'properties');
        for (const name of Object.keys(isObject(props.node) ? props.node : {})) properties.set(name, this.tree.child(props, name));
      });
    }
    const own = this.tree.child(found, ...from('properties'));
    for (const name of Object.keys(isObject(own.node) ? own.node : {})) properties.set(name, this.tree.child(own, name));

    for (const [key, value] of Object.entries(documented)) {
      if (NOT_FACTS.has(key) || key.startsWith('x-') || key === 'properties' || key === 'allOf') continue;
      if ((key === 'items' || key === 'additionalProperties') && isObject(value)) {
        this.schema(this.tree.child(found, ...from(key)), joinWhere(where, key === 'items' ? '[]' : '{}'), note, depth + 1);
        continue;
      }
      const shown =
        key === 'type'
          ? (Array.isArray(value) ? value : [value]).map(String).sort()
          : (key === 'enum' || key === 'required') && Array.isArray(value)
            ? [...value].sort((a, b) => canonical(a).localeCompare(canonical(b)))
            : value;
      this.add(where, key, shown, this.tree.child(found, ...from(key)).place, note);
    }
    for (const [name, at] of properties) {
      const property = this.tree.resolve(at);
      const sub = joinWhere(where, name);
      this.add(sub, 'exists', true, property.place, noteOf(property.node, property.place) ?? note);
      this.schema(at, sub, note, depth + 1);
    }
  }
}

/** `response 200 body` + `count` → `response 200 body /count`; `… /export_tasks/[]` + `status` → `…/[]/status`. */
function joinWhere(where: string, name: string): string {
  return / \/\S*$/.test(where) ? `${where}/${name}` : `${where} /${name}`;
}

/** The facts of one parameter (resolved or not). */
export function parameterFacts(tree: DocTree, at: At): Fact[] {
  const collector = new FactCollector(tree);
  collector.parameter(tree.resolve(at), undefined);
  return collector.facts;
}

/** The facts of one schema, under `where`. */
export function schemaFacts(tree: DocTree, at: At, where: string): Fact[] {
  const collector = new FactCollector(tree);
  collector.schema(at, where, undefined);
  return collector.facts;
}

/** Every fact of one operation, in document order. */
export function operationFacts(tree: DocTree, op: OperationAt): Fact[] {
  const collector = new FactCollector(tree);
  collector.operation(op);
  return collector.facts;
}
