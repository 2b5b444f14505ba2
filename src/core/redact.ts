/**
 * Scrubbing secrets (secret keys, tokens) from what Taskport reports: error messages, parsed
 * bodies, log lines, CLI output.
 */

// Shorter "secrets" would scrub ordinary text (and are not real keys or tokens).
const MIN_SECRET_LENGTH = 4;

/** Replaces every occurrence of the given secrets in a text with `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) out = out.split(secret).join('[redacted]');
  return out;
}

/** True when some secret (long enough to count) occurs in the text. */
function containsSecret(text: string, secrets: readonly string[]): boolean {
  for (const secret of secrets) if (secret.length >= MIN_SECRET_LENGTH && text.includes(secret)) return true;
  return false;
}

/** True when a secret occurs in any string or key of a parsed JSON value (iterative: no stack limit, no copy). */
function holdsSecret(value: unknown, secrets: readonly string[]): boolean {
  const work: unknown[] = [value];
  while (work.length > 0) {
    const node = work.pop();
    if (typeof node === 'string') {
      if (containsSecret(node, secrets)) return true;
    } else if (typeof node === 'object' && node !== null) {
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) work.push(node[i]);
      } else {
        const record = node as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          if (containsSecret(key, secrets)) return true;
          work.push(record[key]);
        }
      }
    }
  }
  return false;
}

/**
 * A parsed JSON value with the secrets replaced in every string and key: the value itself when no
 * secret occurs in it (most bodies; nothing is copied), else a redacted copy (the input untouched).
 */
export function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (!holdsSecret(value, secrets)) return value;
  // Iterative, not recursive: a hostile or broken server can nest a body deeper than the call stack.
  const root: { value?: unknown } = {};
  const work: [Record<string, unknown>, string, unknown][] = [[root, 'value', value]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [parent, key, node] = next;
    let copy: unknown = node;
    if (typeof node === 'string') copy = redact(node, secrets);
    else if (typeof node === 'object' && node !== null) {
      copy = Array.isArray(node) ? new Array<unknown>(node.length) : {};
      for (const [k, item] of Object.entries(node)) {
        const name = Array.isArray(node) ? k : redact(k, secrets);
        // Define (not assign) in document order; children are filled in later, in place.
        Object.defineProperty(copy, name, { value: undefined, writable: true, enumerable: true, configurable: true });
        work.push([copy as Record<string, unknown>, name, item]);
      }
    }
    parent[key] = copy;
  }
  return root.value;
}
