/**
 * The repository is self-contained: no tracked (or new, not ignored) file mentions a path outside it —
 * an absolute path of a machine, the design folder beside the clone on the developers' machines, or a
 * relative path that climbs out of the repository or lands on nothing in it. A user's clone has none of
 * them, so a test that reads one fails there and a README that cites one sends the reader nowhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outsideMentions, type OutsideMention } from './outside-paths.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Mentions that are not paths of this repository at all, each with the reason. The test requires each
 * file's mentions to be exactly these, so a new mention in the same file is still caught and a stale
 * entry here fails too.
 */
// Spelled with UP so that this file does not itself contain the climbs it lists.
const UP = '..' + '/';
const NOT_REPOSITORY_PATHS: { file: string; mentions: string[]; why: string }[] = [
  {
    file: 'bench/synthetic-tree.ts',
    mentions: [
      `${UP}${UP}shared/parameters/project_id.yaml`,
      `${UP}${UP}shared/responses/GatewayUnauthorized.yaml`,
      `${UP}${UP}shared/responses/GatewayForbidden.yaml`,
      `${UP}${UP}shared/schemas/ErrorBody.yaml`,
      `${UP}shared/security-schemes/token.yaml`,
    ],
    why: '$refs inside the YAML of a synthetic spec tree the benchmark writes to a temporary directory; relative to specs/synthetic/ there',
  },
  {
    file: 'test/pages/__drafts__/new.metastudio.ies_task_{id}.yaml',
    mentions: [
      ...['project_id', 'X-Auth-Token', 'Authorization', 'X-Sdk-Date', 'X-Project-Id'].map((name) => `${UP}${UP}shared/parameters/${name}.yaml`),
      ...['GatewayUnauthorized', 'GatewayForbidden'].map((name) => `${UP}${UP}shared/responses/${name}.yaml`),
    ],
    why: 'snapshot of a file pages:new writes to specs/metastudio/paths/, where these $refs land on specs/shared/',
  },
  {
    file: 'test/pages/__drafts__/new.metastudio.paths.widgets_export-tasks.yaml',
    mentions: ['parameters/project_id.yaml', 'parameters/X-Auth-Token-documented-required.yaml', 'schemas/ErrorBody.yaml', 'responses/GatewayUnauthorized.yaml', 'responses/GatewayForbidden.yaml'].map(
      (file) => `${UP}${UP}shared/${file}`,
    ),
    why: 'snapshot of a file pages:new writes to specs/metastudio/paths/, where these $refs land on specs/shared/',
  },
  {
    file: 'test/layers/layer-rule.test.ts',
    mentions: [`${UP}${UP}${UP}generated/clients/svc.js`, `${UP}${UP}${UP}generated/clients/svc.js`, `${UP}${UP}${UP}generated/clients/svc.js`],
    why: 'imports inside the sources of small trees the test writes to a temporary directory, relative to src/apps/<app>/ there',
  },
  {
    file: 'test/fixtures/new-service/specs/quota/openapi.yaml',
    mentions: [`${UP}shared/security-schemes/token.yaml`, `${UP}shared/security-schemes/aksk.yaml`],
    why: 'a fixture spec the test copies into specs/quota/ of a temporary copy of the repository, where these $refs land on specs/shared/',
  },
  {
    file: 'test/fixtures/new-service/specs/quota/paths/quota-tasks_{task_id}.yaml',
    mentions: ['parameters/project_id.yaml', 'parameters/X-Auth-Token-documented-required.yaml', 'responses/GatewayUnauthorized.yaml', 'responses/GatewayForbidden.yaml', 'schemas/ErrorBody.yaml'].map(
      (file) => `${UP}${UP}shared/${file}`,
    ),
    why: 'a fixture spec the test copies into specs/quota/paths/ of a temporary copy of the repository, where these $refs land on specs/shared/',
  },
  {
    file: 'test/fixtures/lifecycle-service/specs/archive/openapi.yaml',
    mentions: [
      ...Array.from({ length: 5 }, () => ['parameters/project_id.yaml', 'responses/GatewayUnauthorized.yaml', 'responses/GatewayForbidden.yaml', 'schemas/ErrorBody.yaml']).flat(),
      'security-schemes/token.yaml',
      'security-schemes/aksk.yaml',
    ].map((file) => `${UP}shared/${file}`),
    why: 'a fixture spec the test copies into specs/archive/ of a temporary copy of the repository, where these $refs land on specs/shared/',
  },

];

function repositoryFiles(): string[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`this check lists the repository's files with git, which failed in ${repo}: ${(error as Error).message}`);
  }
  // A file deleted in the work tree but not yet in the index is listed by --cached; it has no text.
  return listed.split('\0').filter((file) => file !== '' && existsSync(path.join(repo, file)) && statSync(path.join(repo, file)).isFile());
}

const existsInRepo = (repoPath: string) => existsSync(path.join(repo, repoPath));

/** Text files only: a NUL byte marks a binary file, which cannot cite a path in words. */
function mentionsIn(file: string): OutsideMention[] {
  const bytes = readFileSync(path.join(repo, file));
  if (bytes.includes(0)) return [];
  return outsideMentions(file, bytes.toString('utf8'), existsInRepo);
}

describe('no file mentions a path outside the repository', () => {
  const files = repositoryFiles();
  const found = files.flatMap(mentionsIn);

  it('lists the repository (the check has something to look at)', () => {
    expect(files).toContain('package.json');
    expect(files).toContain('test/repo/self-contained.test.ts');
  });

  it('no mention outside the repository, except the documented non-paths', () => {
    const excused = new Set(NOT_REPOSITORY_PATHS.map((e) => e.file));
    const offending = found.filter((m) => !excused.has(m.file)).map((m) => `${m.file}:${m.line}: ${m.mention} — ${m.reason}`);
    expect(offending, 'copy what is needed into the repository and cite the repository path').toEqual([]);
  });

  it.each(NOT_REPOSITORY_PATHS.map((e) => [e.file, e] as const))('%s has exactly its documented non-repository mentions', (file, entry) => {
    expect(found.filter((m) => m.file === file).map((m) => m.mention), entry.why).toEqual(entry.mentions);
  });
});

describe('the check can fail', () => {
  // Written from parts so that this file does not itself contain what it looks for.
  const up = UP;
  const machine = ['/' + 'work', '/' + 'tmp', '/' + 'home'];
  const design = 'shared' + '/facts';
  const none = () => false;
  const all = () => true;

  it.each<[string, { file: string; text: string; exists: (p: string) => boolean; want: string[] }]>([
    ['an absolute path in a string', { file: 'test/a.test.ts', text: `readFileSync('${machine[0]}/x/y.json')`, exists: all, want: [`${machine[0]}/x/y.json`] }],
    ['a file URL', { file: 'README.md', text: `see file://${machine[1]}/report.html`, exists: all, want: [`${machine[1]}/report.html`] }],
    ['a home directory in prose', { file: 'docs/x.md', text: `run it from ${machine[2]}/me/taskport`, exists: all, want: [`${machine[2]}/me/taskport`] }],
    ['the design folder by name', { file: 'src/x.ts', text: `// see ${design}/api-facts.md §3`, exists: all, want: [`${design}/api-facts.md`] }],
    ['a climb out of the repository', { file: 'test/auth/x.test.ts', text: `new URL('${up}${up}${up}x/v.json', import.meta.url)`, exists: all, want: [`${up}${up}${up}x/v.json`] }],
    ['a climb onto a shared folder the repository lacks', { file: 'specs/README.md', text: `(\`${up}shared/notes/000\`)`, exists: none, want: [`${up}shared/notes/000`] }],
  ])('%s is reported', (_name, { file, text, exists, want }) => {
    expect(outsideMentions(file, text, exists).map((m) => m.mention)).toEqual(want);
  });

  it.each<[string, { file: string; text: string }]>([
    ['a URL path on a host', { file: 'README.md', text: `https://example.com${machine[1]}/x and https://{endpoint}${machine[2]}/y` }],
    ['a relative path containing the same names', { file: 'src/a.ts', text: `import x from './build${machine[1]}/x.js'` }],
    ['a climb onto the repository\'s own shared folder', { file: 'specs/hss/paths/x.yaml', text: `$ref: ${up}${up}shared/parameters/project_id.yaml` }],
    ['a climb that stays inside', { file: 'generated/clients/x.ts', text: `import { x } from '${up}${up}src/client/runtime.js'` }],
  ])('%s is not reported', (_name, { file, text }) => {
    expect(outsideMentions(file, text, (p) => p === 'specs/shared')).toEqual([]);
  });

  it('reports the line of each mention', () => {
    expect(outsideMentions('a.md', `one\ntwo ${machine[0]}/x\nthree`, all)).toEqual([{ file: 'a.md', line: 2, mention: `${machine[0]}/x`, reason: 'an absolute path of a machine' }]);
  });
});
