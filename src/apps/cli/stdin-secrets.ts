/**
 * Secrets read from standard input (`--sk-stdin`, `--security-token-stdin`, `--token-stdin`, as
 * `gh auth login --with-token` does), so they appear neither in `ps` nor in shell history.
 * Standard input holds one secret per line, in the order of SECRET_STDIN_FLAGS.
 */
import { ValidationError } from '../../core/errors.js';
import type { Output } from './output.js';

/** What a command reads standard input from: `process.stdin`, or a fake in tests. */
export type InputStream = AsyncIterable<string | Uint8Array>;

/** The flags that read a secret from standard input, in the order their lines are read. */
export const SECRET_STDIN_FLAGS = [
  { flag: 'sk-stdin', key: 'skStdin', fills: 'sk', also: '--sk' },
  { flag: 'security-token-stdin', key: 'securityTokenStdin', fills: 'securityToken', also: '--security-token' },
  { flag: 'token-stdin', key: 'tokenStdin', fills: 'token', also: '--token' },
] as const;

// Secrets are short; anything longer is not what the flag expects (and is not buffered without end).
const MAX_STDIN_BYTES = 64 * 1024;

async function readLines(stdin: InputStream, wanted: number): Promise<string[]> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text.length > MAX_STDIN_BYTES) throw new ValidationError('stdin', 'size', `standard input is longer than ${MAX_STDIN_BYTES} bytes; it should hold ${wanted} secret line(s)`);
    // Enough lines read: a terminal user need not press Ctrl+D.
    if (text.split(/\r?\n/).length > wanted) break;
  }
  return (text + decoder.decode()).split(/\r?\n/).slice(0, wanted);
}

/**
 * Fills the secrets whose `…-stdin` flag is given from standard input, one line each, and adds
 * them to the secrets scrubbed from output. A secret given both ways, or an empty line, is a
 * ValidationError that never echoes what was read.
 */
// The parsed flags (options.ts' GlobalFlags), typed structurally: options.ts imports this file's flag list.
export async function readSecretsFromStdin(flags: Record<string, unknown>, stdin: InputStream, output: Output): Promise<void> {
  const asked = SECRET_STDIN_FLAGS.filter(({ key }) => flags[key] === true);
  if (asked.length === 0) return;
  for (const { flag, fills, also } of asked) {
    if (flags[fills] !== undefined) throw new ValidationError(`credentials.${fills}`, 'conflict', `--${flag} and ${also} both give the ${also.slice(2)}; pass one`);
  }
  const lines = await readLines(stdin, asked.length);
  for (const [i, { flag, fills }] of asked.entries()) {
    const value = lines[i]?.trim() ?? '';
    if (value === '') {
      const order = asked.map((a) => `--${a.flag}`).join(', ');
      throw new ValidationError(`credentials.${fills}`, 'required', `--${flag}: standard input has no line ${i + 1} for it (one secret per line, in this order: ${order})`);
    }
    flags[fills] = value;
    (output.secrets as string[]).push(value);
  }
}
