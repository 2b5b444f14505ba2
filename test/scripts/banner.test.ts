/**
 * Every file under generated/ starts with a banner that names its source and says "do not edit":
 * YAML/TS/JS/HTML (and any other text) within the first line or the first comment; JSON as the first
 * key, `x-generated`. The source is the spec it came from (`specs/<service>/openapi.yaml`, or a glob
 * such as `specs/*\/openapi.yaml` for a page built from every spec) — or, for a file copied verbatim
 * from a dependency (Redoc's standalone script), that package at its installed version.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/pipeline/outputs.js';
import { loadServices } from '../../scripts/pipeline/services.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SPEC = /\bspecs\/(?:[\w.{}*-]+\/)*[\w.{}*-]+\.ya?ml\b/;
const VENDORED = /\bCopied from ((?:@[\w.-]+\/)?[\w.-]+)@(\d[\w.+-]*?)(?=[\s,;)]|$)/;
const DO_NOT_EDIT = /\bdo not edit\b/i;

/** What a banner names as its source. */
type Source = { spec: string } | { package: string; version: string };

/** Whether a named source exists in a repository: spec paths (globs too) under specs/, packages in node_modules. */
function sourceExistsIn(root: string): (source: Source) => boolean {
  return (source) => {
    if ('spec' in source) {
      if (!source.spec.includes('*')) return existsSync(path.join(root, source.spec));
      const pattern = new RegExp(`^${source.spec.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
      return filesUnder(path.join(root, 'specs')).some((file) => pattern.test(`specs/${file}`));
    }
    try {
      const manifest = JSON.parse(readFileSync(path.join(root, 'node_modules', source.package, 'package.json'), 'utf8')) as { version?: string };
      return manifest.version === source.version;
    } catch {
      return false;
    }
  };
}

/** The first comment of a text file, in whichever syntax it opens with (after blank lines, a shebang or a doctype). */
function firstComment(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  let i = 0;
  while (i < lines.length && (lines[i]!.trim() === '' || /^#!|^<!doctype\b/i.test(lines[i]!.trim()))) i++;
  const rest = lines.slice(i).join('\n').trimStart();
  const block = /^\/\*([\s\S]*?)\*\//.exec(rest) ?? /^<!--([\s\S]*?)-->/.exec(rest);
  if (block) return block[1];
  const lineComment = /^(#|\/\/)/.exec(rest)?.[1];
  if (!lineComment) return undefined;
  const run: string[] = [];
  for (const line of rest.split('\n')) {
    if (!line.trimStart().startsWith(lineComment)) break;
    run.push(line.trimStart().slice(lineComment.length));
  }
  return run.join('\n');
}

const looksLikeBanner = (text: string) => DO_NOT_EDIT.test(text) && (SPEC.test(text) || VENDORED.test(text));

/** The banner text of a generated file, or undefined when it has none where it belongs. */
function bannerOf(file: string, text: string): string | undefined {
  if (file.endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const [first] = Object.entries(parsed);
    return first && first[0] === 'x-generated' && typeof first[1] === 'string' ? first[1] : undefined;
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (looksLikeBanner(firstLine)) return firstLine;
  return firstComment(text);
}

function sourceOf(banner: string): Source | undefined {
  const spec = SPEC.exec(banner)?.[0];
  if (spec) return { spec };
  const vendored = VENDORED.exec(banner);
  return vendored ? { package: vendored[1]!, version: vendored[2]! } : undefined;
}

/** Why the file's banner is not acceptable, or undefined when it is. */
function bannerProblem(file: string, text: string, exists: (source: Source) => boolean = () => true): string | undefined {
  const banner = bannerOf(file, text);
  if (banner === undefined) {
    return file.endsWith('.json') ? `${file}: the first key is not an "x-generated" banner string` : `${file}: no banner in the first line or first comment`;
  }
  const source = sourceOf(banner);
  if (!source) return `${file}: the banner names no source (specs/...yaml, or "Copied from <package>@<version>"): ${banner}`;
  if (!DO_NOT_EDIT.test(banner)) return `${file}: the banner does not say "do not edit": ${banner}`;
  if (!exists(source)) return `${file}: the banner names ${'spec' in source ? source.spec : `${source.package}@${source.version}`}, which does not exist`;
  return undefined;
}

const BANNER = 'Generated from specs/hss/openapi.yaml by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.';

describe('bannerProblem', () => {
  it.each<[string, { given: { file: string; text: string }; want: string | undefined }]>([
    ['a YAML banner on the first line', { given: { file: 'a.yaml', text: `# ${BANNER}\nopenapi: 3.1.0\n` }, want: undefined }],
    ['a bannerless YAML file', { given: { file: 'a.yaml', text: 'openapi: 3.1.0\ninfo: {}\n' }, want: 'no banner' }],
    ['a YAML comment that is not the banner', { given: { file: 'a.yaml', text: '# hand written\nopenapi: 3.1.0\n' }, want: 'names no source' }],
    ['a YAML banner without "do not edit"', { given: { file: 'a.yaml', text: '# Generated from specs/hss/openapi.yaml.\nopenapi: 3.1.0\n' }, want: 'does not say "do not edit"' }],
    ['a banner further down does not count', { given: { file: 'a.yaml', text: `openapi: 3.1.0\n# ${BANNER}\n` }, want: 'no banner' }],
    ['a JSON banner as the first key', { given: { file: 'a.json', text: JSON.stringify({ 'x-generated': BANNER, openapi: '3.1.0' }) }, want: undefined }],
    ['a bannerless JSON file', { given: { file: 'a.json', text: '{ "openapi": "3.1.0" }' }, want: 'first key is not an "x-generated" banner' }],
    ['x-generated that is not the first key', { given: { file: 'a.json', text: JSON.stringify({ openapi: '3.1.0', 'x-generated': BANNER }) }, want: 'first key' }],
    ['a TS block comment banner', { given: { file: 'a.ts', text: `/**\n * ${BANNER}\n */\nexport {};\n` }, want: undefined }],
    ['a TS line comment banner', { given: { file: 'a.ts', text: `// ${BANNER}\nexport {};\n` }, want: undefined }],
    ['a bannerless TS file', { given: { file: 'a.ts', text: 'export const x = 1;\n' }, want: 'no banner' }],
    ['a JS banner after a shebang', { given: { file: 'a.js', text: `#!/usr/bin/env node\n// ${BANNER}\n` }, want: undefined }],
    ['an HTML banner before the doctype', { given: { file: 'a.html', text: `<!-- ${BANNER} -->\n<!doctype html>\n<html></html>\n` }, want: undefined }],
    ['an HTML banner after the doctype', { given: { file: 'a.html', text: `<!doctype html>\n<!-- ${BANNER} -->\n<html></html>\n` }, want: undefined }],
    ['a bannerless HTML file', { given: { file: 'a.html', text: '<!doctype html>\n<html><!-- do not edit specs/hss/openapi.yaml --></html>\n' }, want: 'no banner' }],
    [
      'a vendored copy naming its package',
      { given: { file: 'a.js', text: '/* Copied from redoc@2.5.4 (MIT) by scripts/pipeline.ts — do not edit; upgrade the redoc devDependency instead. */\n!function(){}();\n' }, want: undefined },
    ],
    ['a minified file without a banner', { given: { file: 'a.js', text: '/*! For license information please see a.js.LICENSE.txt */\n!function(){}();\n' }, want: 'names no source' }],
  ])('%s', (_name, { given, want }) => {
    const problem = bannerProblem(given.file, given.text);
    if (want === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(want);
  });

  it.each<[string, { given: string; want: string | undefined }]>([
    ['an existing spec', { given: `# ${BANNER}\n`, want: undefined }],
    ['a spec that does not exist', { given: `# ${BANNER.replace('hss', 'nope')}\n`, want: 'specs/nope/openapi.yaml, which does not exist' }],
    ['a spec glob that matches', { given: `# ${BANNER.replace('hss', '*')}\n`, want: undefined }],
    ['a spec glob that matches nothing', { given: `# ${BANNER.replace('hss/openapi', '*/nothing')}\n`, want: 'specs/*/nothing.yaml, which does not exist' }],
    ['a package at a version that is not installed', { given: '// Copied from yaml@0.0.1 — do not edit.\n', want: 'yaml@0.0.1, which does not exist' }],
  ])('source check: %s', (_name, { given, want }) => {
    const problem = bannerProblem('a.yaml', given, sourceExistsIn(repo));
    if (want === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(want);
  });
});

describe('generated/', () => {
  const files = filesUnder(path.join(repo, 'generated')).map((f) => `generated/${f}`);
  const services = loadServices(repo);

  it('holds generated files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s starts with a banner naming its source and saying "do not edit"', (file) => {
    const text = readFileSync(path.join(repo, file), 'utf8');
    expect(bannerProblem(file, text, sourceExistsIn(repo))).toBeUndefined();
    // A file named after a service (generated/openapi/hss.json, generated/docs/hss.html, …) names that service's root spec.
    const service = services.find((s) => path.posix.basename(file).split('.')[0] === s.name);
    if (service) expect(SPEC.exec(bannerOf(file, text) ?? '')?.[0]).toBe(service.root);
  });
});
