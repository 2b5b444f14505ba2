import { InvalidResponseError, type CallSite } from '../core/errors.js';
import { redact, redactDeep } from '../core/redact.js';
import { parseJsonBody } from '../http/json-body.js';
import type { Answer } from '../http/transport.js';

/** True for a text that starts like an HTML document (what proxies and gateways answer with). */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*<(?:!doctype\s+html|html|head|body|title|\?xml|!--)/i.test(text);
}

/** What an HTML page says, for a message: ` titled "…"`, else ` reading "…"` (its text), else ''; shortened, secrets redacted. */
export function htmlTitle(text: string, secrets: readonly string[]): string {
  const head = text.slice(0, 8192);
  const title = /<title[^>]*>([^<]{1,200})/i.exec(head)?.[1]?.replace(/\s+/g, ' ').trim();
  if (title) return ` titled ${JSON.stringify(redact(title.slice(0, 80), secrets))}`;
  const words = head.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return words ? ` reading ${JSON.stringify(redact(words.slice(0, 80), secrets))}` : '';
}

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
    throw invalid(looksLikeHtml(answer.text) ? `the response body is an HTML page${htmlTitle(answer.text, secrets)}, not JSON (a proxy's or gateway's page?)` : 'the response body is not valid JSON (truncated or corrupt)');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the response body is not a JSON object');
  return redactDeep(body, secrets);
}
