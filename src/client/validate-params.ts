import { ValidationError } from '../core/errors.js';
import type { OperationDescriptor, ParamDescriptor, ParamLocation, ParamSchema } from '../core/descriptors.js';
import { headerValueProblem } from '../core/header-safe.js';
import { taskIdProblem } from '../core/task.js';

// Ids must not walk the path.
const DOT_SEGMENT = /^\.{1,2}$/;

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

// The ranges of the integer formats (OpenAPI 3.1 §4.2); int64 beyond ±(2^53 − 1) is not exact as a JS number.
const INTEGER_FORMATS: Readonly<Record<string, readonly [number, number]>> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      // Only safe integers are exact, and only they serialise as plain digits (1e21 → "1e+21").
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}

/** The JSON types a schema admits (`type` as a string or a list); empty when unconstrained. */
export function schemaTypes(schema: ParamSchema): readonly string[] {
  return schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : schema.type;
}

/**
 * A text (a query value on the wire, a command-line argument) as the type the schema wants when it
 * reads as one (`"5"` → 5, `"true"` → true); otherwise the text, for the schema check to refuse.
 */
export function textAsSchemaType(schema: ParamSchema, text: string): unknown {
  const allowed = schemaTypes(schema);
  if (allowed.length === 0 || allowed.includes('string')) return text;
  if ((allowed.includes('integer') || allowed.includes('number')) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (allowed.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/**
 * The first rule of `schema` that `value` breaks, as [rule, message, path], or undefined. `path`
 * locates the offending value inside `value` (`[0][1]`, `.name`), empty for the value itself.
 */
export function schemaProblem(schema: ParamSchema, value: unknown): [string, string, string] | undefined {
  const found = problemAt(schema, value);
  return found && [found[0], found[2] ? `${found[2]} ${found[1]}` : found[1], found[2] ?? ''];
}

/** schemaProblem's walk: [rule, message about the value at path, path]. */
function problemAt(schema: ParamSchema, value: unknown): [string, string, string?] | undefined {
  // A file part (`format: binary`) is checked by the multipart encoder, before anything is sent.
  if (schema.format === 'binary') return undefined;
  const types = schemaTypes(schema);
  if (types.includes('integer') && !types.includes('number') && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return ['type', `must be an integer from ${Number.MIN_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER} (beyond, a number is not exact), got ${describe(value)}`];
  }
  if (types.length > 0 && !types.some((t) => typeMatches(t, value))) return ['type', `must be ${types.join(' or ')}, got ${describe(value)}`];
  if (schema.enum && !schema.enum.includes(value)) return ['enum', `must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`];
  if (typeof value === 'number') {
    const range = schema.format === undefined ? undefined : INTEGER_FORMATS[schema.format];
    if (range && (value < range[0] || value > range[1])) return ['format', `must be an ${schema.format} (${range[0]} to ${range[1]}), got ${value}`];
    if (schema.minimum !== undefined && value < schema.minimum) return ['minimum', `must be at least ${schema.minimum}, got ${value}`];
    if (schema.maximum !== undefined && value > schema.maximum) return ['maximum', `must be at most ${schema.maximum}, got ${value}`];
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return ['minLength', `must have at least ${schema.minLength} characters`];
    if (schema.maxLength !== undefined && value.length > schema.maxLength) return ['maxLength', `must have at most ${schema.maxLength} characters`];
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return ['pattern', `must match ${schema.pattern}, got ${describe(value)}`];
  }
  if (Array.isArray(value)) {
    if (value.length < (schema.minItems ?? 0) || value.length > (schema.maxItems ?? Infinity)) return ['items', `must have ${schema.minItems ?? 0} to ${schema.maxItems ?? 'any number of'} items, got ${value.length}`];
    for (const [i, item] of schema.items ? value.entries() : []) {
      const problem = problemAt(schema.items!, item);
      if (problem) return [problem[0], problem[1], `[${i}]${problem[2] ?? ''}`];
    }
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (record[name] === undefined) return ['required', 'is required', `.${name}`];
    for (const [name, sub] of Object.entries(schema.properties ?? {})) {
      const problem = record[name] === undefined ? undefined : problemAt(sub, record[name]);
      if (problem) return [problem[0], problem[1], `.${name}${problem[2] ?? ''}`];
    }
  }
  return undefined;
}

/** The first rule a value breaks where it travels (a header value, a path segment), as [rule, message], or undefined. */
function locationProblem(location: ParamLocation, value: unknown): [string, string] | undefined {
  const texts = Array.isArray(value) ? value : [value];
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    // A lone surrogate cannot be percent-encoded or sent (encodeURIComponent throws a URIError).
    if (!text.isWellFormed()) return ['unicode', 'must be well-formed Unicode text (it contains a lone surrogate)'];
    if (location === 'header') {
      const problem = headerValueProblem(text) ?? (text !== text.trim() ? 'must not start or end with whitespace (HTTP drops it on the way)' : undefined);
      if (problem) return ['header-value', problem];
    }
    if (location === 'path' && (text.trim() === '' || DOT_SEGMENT.test(text))) return ['path-segment', `must be a non-empty id other than "." or "..", got ${describe(text)}`];
  }
  return undefined;
}

/** The first rule a parameter value breaks (its schema, then where it travels), as [rule, message], or undefined. */
export function valueProblem(param: { in: ParamLocation; schema: ParamSchema }, value: unknown): [string, string] | undefined {
  const problem = schemaProblem(param.schema, value);
  return problem ? [problem[0], problem[1]] : locationProblem(param.in, value);
}

/** The parameter carrying a task id (`x-task`) must hold one that can name a task. */
function idProblem(value: unknown): [string, string] | undefined {
  const problem = taskIdProblem(value);
  return problem ? ['task-id', `is a task id and ${problem}, got ${describe(value)}`] : undefined;
}

/** True for a parameter the client fills itself (from a common option, a service option or the credentials). */
function isFilled(param: ParamDescriptor): boolean {
  return param.filledFrom !== undefined || param.option !== undefined;
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  return candidates.find((c) => c.toLowerCase() === lower || c.replace(/[-_]/g, '').toLowerCase() === lower.replace(/[-_]/g, ''));
}

/**
 * Checks a call's parameters against the operation's documented parameter schemas before anything
 * is sent: unknown names, missing required ones, types, enums, ranges, lengths, patterns, the
 * `x-parameters-together` groups, and values that would be unsafe in a header or a path segment.
 */
export function validateParams(operation: OperationDescriptor, method: string, params: unknown): Record<string, unknown> {
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new ValidationError('params', 'type', `${method}: parameters must be an object`);
  }
  const given = (params ?? {}) as Record<string, unknown>;
  const callable = operation.params.filter((p) => !isFilled(p));
  const fields = operation.body?.fields ?? [];
  const names = [...callable.map((p) => p.name), ...fields.map((f) => f.name)];
  for (const key of Object.keys(given)) {
    if (given[key] === undefined || names.includes(key)) continue;
    const found = operation.params.find((p) => p.name === key);
    const filled = found?.option ?? found?.filledFrom;
    const hint = filled ? ` (the client fills it from its ${filled} option)` : closest(key, names) ? ` (did you mean "${closest(key, names)}"?)` : '';
    throw new ValidationError(key, 'unknown', `${method}: unknown parameter "${key}"${hint}; known: ${names.join(', ') || 'none'}`);
  }
  // Body fields join the flat object: the same checks, located by their path inside the value.
  for (const param of [...callable, ...fields]) {
    const value = given[param.name];
    if (value === undefined) {
      if (param.required) throw new ValidationError(param.name, 'required', `${method}: parameter "${param.name}" is required`);
      continue;
    }
    const problem =
      schemaProblem(param.schema, value) ??
      ('in' in param ? locationProblem(param.in, value) : undefined) ??
      (param.name === operation.task?.id ? idProblem(value) : undefined);
    if (problem) {
      // A body field is named down to the offending value; a parameter by its name (its message says where).
      const at = param.name + ('in' in param ? '' : (problem[2] ?? ''));
      throw new ValidationError(at, problem[0], `${method}: parameter "${at}" ${'in' in param ? problem[1] : problem[1].slice(problem[2]?.length ?? 0).trim()}`);
    }
  }
  for (const group of operation.together ?? []) {
    const present = group.filter((name) => given[name] !== undefined);
    if (present.length > 0 && present.length < group.length) {
      const missing = group.filter((name) => given[name] === undefined);
      throw new ValidationError(missing[0]!, 'together', `${method}: parameters ${group.map((n) => `"${n}"`).join(' and ')} must be used together; "${missing.join('", "')}" is missing`);
    }
  }
  return given;
}
