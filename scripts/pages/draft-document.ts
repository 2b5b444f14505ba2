/**
 * A page's standalone OpenAPI 3.1 draft: `openapi`, `info`, the one operation under `paths`, and the
 * `components` it needs (one schema per table, named after what refers to it). Returns the line of the
 * page every part came from, for messages that name the line.
 */
import { joinPointer, type JsonObject } from '../lint/json-pointer.js';
import { admitExamples } from './example-admissions.js';
import { escapeToken, objectSchema, rowSchema } from './draft-schema.js';
import { FactLines } from './fact-lines.js';
import type { Body, JsonBlock, PageModel, ResponseDoc } from './page-model.js';
import { parsePage } from './parse-page.js';
import { schemaRef } from './type-names.js';

export interface Draft {
  document: JsonObject;
  /** Pointer of the operation in `document`. */
  operationPointer: string;
  lines: FactLines;
  page: PageModel;
}

/** Parses and drafts one page text. `fileName` is the file's stem (`ShowTask`), used when the page names no operation. */
export function draftPage(text: string, fileName: string): Draft {
  const page = parsePage(text, fileName);
  return draftFromModel(page);
}

const SECURITY_SCHEMES: JsonObject = {
  token: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Auth-Token',
    description: 'IAM user token (the X-Subject-Token header of IAM\'s "Obtaining a User Token" response).',
  },
  aksk: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: 'AK/SK request signing (SDK-HMAC-SHA256) with the X-Sdk-Date header.',
  },
};

export function draftFromModel(page: PageModel): Draft {
  const lines = new FactLines();
  const d = page.diagnostics;
  const operationId = operationIdOf(page);
  const path = page.path.value || '/';
  const method = page.method.value || 'get';
  const operationPointer = joinPointer(['paths', path, method]);
  const schemas: JsonObject = {};
  const names = new ComponentNames(schemas, d);

  lines.set(operationPointer, page.method.line);
  const operation: JsonObject = { operationId, summary: page.title.value };
  lines.set(`${operationPointer}/summary`, page.title.line);
  const description = page.description.map((p) => p.value).join('\n\n');
  operation.description = description || page.title.value;
  if (page.provenance.source) {
    operation.externalDocs = { description: 'Huawei Cloud API reference page', url: page.provenance.source };
  }

  const parameters = page.parameters.map((row, i) => {
    const pointer = `${operationPointer}/parameters/${i}`;
    lines.set(pointer, row.line);
    lines.set(`${pointer}/required`, row.line);
    if (row.in === 'path' && row.required === false) d.warning(row.line, `${row.name} is a path parameter but marked optional; a path parameter is always required`);
    const schema = rowSchema(row, `${pointer}/schema`, lines, d);
    const { description: text, ...bare } = schema;
    // A path segment cannot be empty.
    if (row.in === 'path' && bare.type === 'string' && bare.minLength === undefined) bare.minLength = 1;
    const parameter: JsonObject = { name: row.name, in: row.in, required: row.in === 'path' ? true : row.required === true };
    if (typeof text === 'string') parameter.description = text;
    parameter.schema = bare;
    if (row.type.schema.type === 'array' && row.in === 'query') {
      parameter.style = 'form';
      parameter.explode = true;
    }
    return parameter;
  });
  if (parameters.length > 0) operation.parameters = parameters;

  if (page.requestBody) {
    const body = page.requestBody;
    const pointer = `${operationPointer}/requestBody`;
    lines.set(pointer, body.line);
    const name = names.place(`${operationId}RequestBody`, body, lines, `Request body of ${operationId}.`);
    const media: JsonObject = { schema: { $ref: schemaRef(name) } };
    const example = page.requestExamples.find((e) => e.body)?.body;
    // A form or file body printed as JSON is not what is sent: the print stays in the code sample only.
    if (example && body.mediaType !== 'application/json') {
      d.note(example.line, `the example request body is printed as JSON but the body is ${body.mediaType}; it is kept in the code sample only`);
    } else if (example) {
      media.examples = { documented: exampleObject(example, 'Example request body documented on the page') };
      lines.set(`${pointer}${joinPointer(['content', body.mediaType, 'examples'])}`, example.line);
      lines.set(`${pointer}${joinPointer(['content', body.mediaType, 'examples', 'documented'])}`, example.line);
    }
    operation.requestBody = { required: true, content: { [body.mediaType]: media } };
  }

  operation.responses = responsesOf(page, operationId, operationPointer, names, lines);
  if (page.requestExamples.length > 0) {
    operation['x-codeSamples'] = page.requestExamples.map((e, i) => {
      lines.set(`${operationPointer}/x-codeSamples/${i}`, e.line);
      const source = e.body ? `${e.requestLine.value}\n\n${e.body.text}` : e.requestLine.value;
      return { lang: 'HTTP', label: 'Documented request', source };
    });
    const described = page.requestExamples.filter((e) => e.description !== '');
    if (described.length > 0) {
      operation.description = [operation.description, ...described.map((e) => `Documented request: ${e.description}`)].join('\n\n');
    }
  }

  const document: JsonObject = {
    openapi: '3.1.0',
    info: {
      title: page.title.value,
      version: '1.0.0',
      description: [
        `Drafted by \`npm run pages:import\` from the page text${page.provenance.source ? ` of ${page.provenance.source}` : ''}`,
        page.provenance.updated ? ` (updated ${page.provenance.updated})` : '',
        '.',
      ].join(''),
    },
    security: [{ token: [] }, { aksk: [] }],
    paths: { [path]: { [method]: operation } },
    components: { ...(Object.keys(schemas).length > 0 ? { schemas } : {}), securitySchemes: SECURITY_SCHEMES },
  };
  admitExamples(document, page, lines);
  return { document, operationPointer, lines, page };
}

function operationIdOf(page: PageModel): string {
  const fromSource = /\/([A-Za-z][A-Za-z0-9]*)\.html?$/.exec(page.provenance.source ?? '')?.[1];
  const stem = page.fileName.replace(/\.latest$/, '');
  const fromFile = /^[A-Z][A-Za-z0-9]*$/.test(stem) ? stem : undefined;
  if (fromSource && fromFile && fromSource !== fromFile) {
    page.diagnostics.warning(1, `the page's URL names the operation ${fromSource}, the file name ${fromFile}; ${fromSource} is used`);
  }
  const name = fromSource ?? fromFile;
  if (name) return name;
  const guess = page.title.value.replace(/[^A-Za-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
  page.diagnostics.warning(page.title.line, `neither a Source URL nor the file name gives the operation's name; "${guess}" is made from the title`);
  return guess || 'UnnamedOperation';
}

function responsesOf(page: PageModel, operationId: string, operationPointer: string, names: ComponentNames, lines: FactLines): JsonObject {
  const responses: JsonObject = {};
  const successes = page.responses.filter((r) => /^2/.test(r.status) && r.body);
  for (const response of page.responses) {
    const pointer = `${operationPointer}/responses/${escapeToken(response.status)}`;
    lines.set(pointer, response.line);
    const out: JsonObject = { description: response.description?.value ?? '' };
    if (response.description) lines.set(`${pointer}/description`, response.description.line);
    const examples = page.responseExamples.filter((e) => e.status === response.status && e.body);
    let media: JsonObject | undefined;
    if (response.file) {
      // The page's File row: the body is the file's bytes, in a media type the page does not name.
      lines.set(`${pointer}/content`, response.file.line);
      const schema: JsonObject = { type: 'string', format: 'binary' };
      if (response.file.description !== '') schema.description = response.file.description;
      out.content = { 'application/octet-stream': { schema } };
      if (examples.length > 0) page.diagnostics.warning(examples[0]?.line ?? response.line, `an example for ${response.status}, whose body is a file; it is left out of the draft`);
    } else if (response.body) {
      const root = rootName(operationId, response, successes.length);
      const text = /^2/.test(response.status) ? `Response body of ${operationId}${successes.length > 1 ? ` (${response.status})` : ''}.` : `Error body of ${operationId}.`;
      const name = names.place(root, response.body, lines, text);
      media = { schema: { $ref: schemaRef(name) } };
    } else if (examples.length > 0) {
      page.diagnostics.warning(examples[0]?.line ?? response.line, `an example for ${response.status}, which documents no parameters; its schema is left open`);
      media = { schema: {} };
    }
    if (media) {
      lines.set(`${pointer}/content`, response.body?.line ?? response.line);
      if (examples.length > 0) {
        const named: JsonObject = {};
        lines.set(`${pointer}/content/application~1json/examples`, examples[0]?.body?.line ?? response.line);
        examples.forEach((e, i) => {
          named[i === 0 ? 'documented' : `documented${i + 1}`] = exampleObject(e.body as JsonBlock, 'Example response documented on the page');
          lines.set(`${pointer}/content/application~1json/examples/${i === 0 ? 'documented' : `documented${i + 1}`}`, e.body?.line ?? e.line);
        });
        media.examples = named;
      }
      out.content = { 'application/json': media };
    }
    responses[response.status] = out;
  }
  if (page.responses.length === 0) {
    page.diagnostics.error(page.title.line, 'the page documents no status code; the draft answers 200 with no body');
    responses['200'] = { description: 'Not documented on the page.' };
  }
  return responses;
}

function rootName(operationId: string, response: ResponseDoc, successes: number): string {
  if (/^2/.test(response.status)) return successes === 1 ? `${operationId}Response` : `${operationId}Response${response.status}`;
  return `${operationId}Error`;
}

function exampleObject(block: JsonBlock, summary: string): JsonObject {
  if (block.error === undefined) return { summary, value: block.value as JsonObject };
  return { summary: `${summary} (not valid JSON)`, description: `The page prints (${block.error}):\n\n\`\`\`\n${block.text}\n\`\`\`` };
}

/** Places a body's tables in `components/schemas`, reusing a name when the same schema is already there. */
class ComponentNames {
  constructor(
    private readonly schemas: JsonObject,
    private readonly diagnostics: PageModel['diagnostics'],
  ) {}

  /** Adds the body's root under `wanted` (or an equal schema's name) and its sub-tables; returns the root's name. */
  place(wanted: string, body: Body, lines: FactLines, description: string): string {
    const described = (schema: JsonObject, text: string): JsonObject => ({ description: text, ...schema });
    const tables = [body.root, ...body.objects];
    // An object the page gives no table for (already reported) stays an object without properties.
    for (const row of tables.flatMap((t) => t.rows)) {
      for (const name of row.type.refs) {
        if (!body.objects.some((o) => o.name === name) && this.schemas[name] === undefined) {
          this.schemas[name] = { type: 'object', description: `${row.description.text.split('\n')[0]?.trim() || name} (the page has no table for ${name}).` };
          lines.set(joinPointer(['components', 'schemas', name]), row.line);
        }
      }
    }
    for (const object of body.objects) {
      const referrer = tables.flatMap((t) => t.rows).find((r) => r.type.refs.includes(object.name));
      const text = referrer?.description.text.split('\n')[0]?.trim() || `The ${object.name} object.`;
      this.add(object.name, (p) => described(objectSchema(object, p, lines, this.diagnostics), text), object.line);
    }
    return this.add(wanted, (p) => described(objectSchema(body.root, p, lines, this.diagnostics), description), body.line);
  }

  private add(wanted: string, build: (pointer: string) => JsonObject, line: number): string {
    const pointerOf = (name: string) => joinPointer(['components', 'schemas', name]);
    const schema = build(pointerOf(wanted));
    const existing = this.schemas[wanted];
    if (existing === undefined) {
      this.schemas[wanted] = schema;
      return wanted;
    }
    if (JSON.stringify(existing) === JSON.stringify(schema)) return wanted;
    const same = Object.entries(this.schemas).find(([, s]) => JSON.stringify(s) === JSON.stringify(schema));
    if (same) return same[0];
    let n = 2;
    while (this.schemas[`${wanted}${n}`] !== undefined) n++;
    const name = `${wanted}${n}`;
    this.diagnostics.warning(line, `a second, different table for ${wanted}; drafted as ${name}`);
    this.schemas[name] = build(pointerOf(name));
    return name;
  }
}
