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

/** A copy of a parsed JSON value with the secrets replaced in every string and key. */
export function redactDeep(value: unknown, secrets: readonly string[]): unknown {
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
