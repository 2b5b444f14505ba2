import { apiErrorFor, RedirectRefusedError, type ApiError, type CallSite } from '../core/errors.js';
import { redact, redactDeep } from '../core/redact.js';
import { parseJsonBody } from '../http/json-body.js';
import { parseRetryAfter } from '../http/retry-after.js';
import type { Answer } from '../http/transport.js';
import { htmlTitle, looksLikeHtml } from './read-response.js';

interface ErrorFields {
  code?: string;
  detail?: string;
  requestId?: string;
}

/** Huawei's `{ error_code, error_msg, request_id }`, or the gateway's `{ error: { code, message } }`. */
function errorFields(body: unknown): ErrorFields {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const envelope = typeof record.error === 'object' && record.error !== null ? (record.error as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const fields: ErrorFields = {};
  const code = text(record.error_code) ?? text(envelope.code);
  const detail = text(record.error_msg) ?? text(envelope.message);
  const requestId = text(record.request_id);
  if (code) fields.code = code;
  if (detail) fields.detail = detail;
  if (requestId) fields.requestId = requestId;
  return fields;
}

/**
 * The error for a non-2xx answer: a redirect (3xx, never followed) is a RedirectRefusedError; any
 * other status an ApiError with the parsed body (or its text when it is not JSON), its code, message
 * and request id, and the server's Retry-After; every secret redacted.
 */
export function errorFromAnswer(answer: Answer, site: CallSite, secrets: readonly string[], headerRequestId: string | undefined): ApiError | RedirectRefusedError {
  if (answer.status >= 300 && answer.status < 400) {
    const location = answer.headers.get('location');
    return new RedirectRefusedError(site, answer.status, location === null ? undefined : redact(location, secrets));
  }
  let body: unknown = answer.text === '' ? undefined : answer.text;
  try {
    if (answer.text !== '') body = parseJsonBody(answer.text);
  } catch {
    // Not JSON (an HTML error page, a proxy's text): keep the text as the body.
  }
  // Redact after parsing, so secrets that JSON escapes (\", \\, \/, \uXXXX) are found too.
  body = redactDeep(body, secrets);
  const fields = errorFields(body);
  return apiErrorFor({
    ...site,
    status: answer.status,
    code: fields.code,
    detail: fields.detail ?? (typeof body === 'string' ? (looksLikeHtml(body) ? `an HTML page${htmlTitle(body, secrets)}` : body.slice(0, 200)) : undefined),
    requestId: fields.requestId ?? headerRequestId,
    body,
    retryAfterMs: parseRetryAfter(answer.headers.get('retry-after')),
  });
}
