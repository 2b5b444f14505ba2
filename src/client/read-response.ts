import { InvalidResponseError, type CallSite } from '../core/errors.js';
import { redact, redactDeep } from '../core/redact.js';
import { parseJsonBody } from '../http/json-body.js';
import type { Answer } from '../http/transport.js';

/**
 * The body of a 2xx JSON answer: a JSON object, parsed losslessly and redacted. An empty, non-JSON,
 * corrupt or non-object body is an InvalidResponseError (the API always answers with an object).
 * File downloads will get their own reader beside this one.
 */
export function readJsonObject(answer: Answer, site: CallSite, secrets: readonly string[], headerRequestId: string | undefined): unknown {
  const invalid = (why: string) => new InvalidResponseError(`${site.service} ${site.operation}: ${why} (HTTP ${answer.status})`, answer.status, headerRequestId);
  if (answer.text.trim() === '') throw invalid('the response body is empty');
  const type = answer.headers.get('content-type') ?? '';
  if (type !== '' && !/json/i.test(type)) throw invalid(`expected JSON, got ${redact(type.split(';')[0]!, secrets)}`);
  let body: unknown;
  try {
    body = parseJsonBody(answer.text);
  } catch {
    throw invalid('the response body is not valid JSON (truncated or corrupt)');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the response body is not a JSON object');
  return redactDeep(body, secrets);
}
