/**
 * Routing and request parameters: the raw request target is matched against every operation's
 * path template, and its path, query and header values are checked against the descriptor's
 * parameter schemas with the same rules the clients apply before sending.
 */
import { safeDecodeComponent } from '../../auth/percent-encode.js';
import { schemaProblem, schemaTypes, textAsSchemaType, validateParams } from '../../client/validate-params.js';
import type { ParamDescriptor } from '../../core/descriptors.js';
import { ValidationError } from '../../core/errors.js';
import type { ServedValues } from './bodies.js';
import type { OperationModel, ServiceModel } from './spec-model.js';

/** Where a request goes: an operation, a known path with another method, or nowhere. */
export type RouteResult =
  | { kind: 'match'; operation: OperationModel; path: Record<string, string> }
  /** The path exists, with another method. */
  | { kind: 'method' }
  | { kind: 'none' };

/** Splits a raw request target into its path and its query (without `?`). */
export function splitTarget(target: string): { path: string; query: string } {
  // An absolute-form target (`http://host/path`) is legal HTTP; keep only its path and query.
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target);
  const rest = (origin ? target.slice(origin[0].length) : target).replace(/#.*$/s, '');
  const q = rest.indexOf('?');
  return q < 0 ? { path: rest || '/', query: '' } : { path: rest.slice(0, q) || '/', query: rest.slice(q + 1) };
}

/** Query pairs by decoded name, values decoded, in order; `+` is a literal plus (as the signer reads it). */
export function parseQuery(query: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = safeDecodeComponent(eq < 0 ? piece : piece.slice(0, eq));
    const value = safeDecodeComponent(eq < 0 ? '' : piece.slice(eq + 1));
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/** Matches method and raw path against every operation of every service. */
export class Router {
  private readonly operations: OperationModel[];

  constructor(models: readonly ServiceModel[]) {
    // More literal segments first, so a fixed path wins over a template that could also match it.
    const literals = (op: OperationModel) => op.segments.filter((s) => 'literal' in s).length;
    this.operations = models.flatMap((m) => m.operations).sort((a, b) => literals(b) - literals(a));
  }

  match(method: string, rawPath: string): RouteResult {
    const segments = rawPath.split('/').slice(1).map(safeDecodeComponent);
    let pathExists = false;
    for (const operation of this.operations) {
      if (operation.segments.length !== segments.length) continue;
      const path: Record<string, string> = {};
      const fits = operation.segments.every((s, i) => !('literal' in s) || s.literal === segments[i]);
      if (!fits) continue;
      for (const [i, s] of operation.segments.entries()) if ('param' in s) path[s.param] = segments[i]!;
      if (operation.descriptor.method.toUpperCase() === method.toUpperCase()) return { kind: 'match', operation, path };
      pathExists = true;
    }
    return pathExists ? { kind: 'method' } : { kind: 'none' };
  }
}

/** The typed parameters, or the one that is wrong and why. */
export type ParamsResult = { ok: true; params: Record<string, unknown> } | { ok: false; param: string; message: string };

function rawValue(param: ParamDescriptor, path: Record<string, string>, query: Map<string, string[]>, headers: Record<string, string>): string | string[] | undefined {
  if (param.in === 'path') return path[param.name];
  if (param.in === 'header') return headers[param.name.toLowerCase()];
  return query.get(param.name);
}

/**
 * The request's parameters, typed and checked: documented path, query and header parameters against
 * their schemas and `x-parameters-together`; ones a client fills from an option the server pins
 * (the project, a service's own options) must equal the served values; `bodyFields` are the request
 * body's fields by flat name. Credential headers are the authenticator's business and are skipped. Unknown query
 * parameters are ignored, as the gateway does.
 */
export function readParams(
  operation: OperationModel,
  path: Record<string, string>,
  query: Map<string, string[]>,
  headers: Record<string, string>,
  served: ServedValues,
  bodyFields: Readonly<Record<string, unknown>> = {},
): ParamsResult {
  // Body fields (by flat name) are checked with the parameters, as the client checks them.
  const given: Record<string, unknown> = { ...bodyFields };
  for (const param of operation.descriptor.params) {
    if (param.filledFrom === 'credentials') continue;
    const raw = rawValue(param, path, query, headers);
    const option = param.option ?? param.filledFrom;
    const expectedValue = option === undefined ? undefined : served[option];
    if (expectedValue !== undefined) {
      if (raw === undefined) {
        if (param.required) return { ok: false, param: param.name, message: `parameter "${param.name}" is required` };
        continue;
      }
      if (raw !== expectedValue) return { ok: false, param: param.name, message: `parameter "${param.name}" does not match the served ${option}` };
      continue;
    }
    if (raw === undefined) continue;
    const isArray = schemaTypes(param.schema).includes('array');
    if (Array.isArray(raw) && raw.length > 1 && !isArray) return { ok: false, param: param.name, message: `parameter "${param.name}" is given ${raw.length} times` };
    const value = isArray ? (Array.isArray(raw) ? raw : [raw]).map((v) => textAsSchemaType(param.schema.items ?? {}, v)) : textAsSchemaType(param.schema, Array.isArray(raw) ? raw[0]! : raw);
    if (option !== undefined) {
      // Filled from something the server does not pin (the region): its schema still applies.
      const problem = schemaProblem(param.schema, value);
      if (problem) return { ok: false, param: param.name, message: `parameter "${param.name}" ${problem[1]}` };
      continue;
    }
    given[param.name] = value;
  }
  try {
    return { ok: true, params: validateParams(operation.descriptor, operation.descriptor.id, given) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ok: false, param: error.field, message: error.message.replace(`${operation.descriptor.id}: `, '') };
  }
}
