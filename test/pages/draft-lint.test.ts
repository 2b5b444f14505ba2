/**
 * A draft passes the project's lint (Redocly with redocly.yaml, Spectral with the house rules) except for
 * what only a person adds: servers, licence and contact (the service root has them), tags, x-idempotent,
 * x-error-codes, a 4XX response where the page documents none, the API Gateway's shared 401 and 403, and
 * the note that a page shows no example.
 */
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { Document, Spectral } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { houseRuleset } from '../../scripts/lint/house-ruleset.js';
import { draftPage } from '../../scripts/pages/draft-document.js';
import { draftYaml } from '../../scripts/pages/import-page.js';
import { DEVELOPMENT_PAGES } from '../../scripts/pages/report-pages.js';
import { repoRoot } from '../helpers/bundles.js';
import { fixturePagesDir, pageFiles, readPage, stemOf } from './helpers.js';

/** Rule → why a person, not the page, supplies it. */
const PERSON_ADDS: Record<string, string> = {
  'no-empty-servers': 'the endpoints per region are in the service root',
  'oas3-api-servers': 'the endpoints per region are in the service root',
  'info-license': 'the service root carries the licence',
  'info-contact': 'the service root carries the contact',
  'operation-tags': 'the tag is the service root’s',
  'taskport-operation-essentials': 'the tag is the service root’s (only "tags" may be missing)',
  'taskport-x-error-codes': 'which documented error code means invalid input is a person’s call (x-error-codes)',
  'taskport-x-idempotent': 'whether an operation creates or deletes something is a person’s call (x-idempotent)',
  // A standalone draft references no repository file; pages:new adds the shared ones (house-layout.ts).
  'taskport-gateway-responses': 'the API Gateway’s 401 and 403 are shared components, which pages:new references',
};

let config: Awaited<ReturnType<typeof loadConfig>>;
let spectral: Spectral;
beforeAll(async () => {
  config = await loadConfig({ configPath: path.join(repoRoot, 'redocly.yaml') });
  spectral = new Spectral();
  spectral.setRuleset(houseRuleset);
});

const documents4xx = (file: string): boolean => draftPage(readPage(file), stemOf(file)).page.responses.some((r) => /^4/.test(r.status));
/** Whether the page prints a JSON example response; where it prints none, a person says so (x-doc-provenance). */
const showsExample = (file: string): boolean => draftPage(readPage(file), stemOf(file)).page.responseExamples.some((e) => e.body?.value !== undefined);

async function problemsOf(file: string): Promise<string[]> {
  const draft = draftPage(readPage(file), stemOf(file));
  const redocly = await lintFromString({ source: draftYaml(draft), absoluteRef: path.join(repoRoot, 'draft.yaml'), config });
  const results = await spectral.run(new Document(JSON.stringify(draft.document), spectralParsers.Json, 'draft.json'));
  return [
    ...redocly.map((p) => `${p.ruleId}: ${p.message}`),
    ...results.map((r) => `${String(r.code)}: ${r.message}`),
  ];
}

const files = [...DEVELOPMENT_PAGES.map((p) => `pages/${p}.txt`), ...pageFiles(path.join(fixturePagesDir, 'synthetic'))];

describe('drafts under the project lint', () => {
  it.each(files)('%s has only the problems a person resolves', async (file) => {
    const problems = await problemsOf(file);
    const left = problems.filter((p) => {
      const rule = p.slice(0, p.indexOf(':'));
      if (rule === 'taskport-operation-essentials') return !p.includes('tags');
      if (rule === 'operation-4xx-response') return documents4xx(file);
      if (rule === 'taskport-documented-example') return showsExample(file);
      return !(rule in PERSON_ADDS);
    });
    expect(left).toEqual([]);
    // The allowance is used: the lint really runs on the draft.
    expect(problems.some((p) => p.startsWith('info-license'))).toBe(true);
  });

  it('the house rules see a draft problem a page can cause (a field without a description)', async () => {
    const problems = await problemsOf('test/fixtures/pages/broken/MissingCell.txt');
    expect(problems).toContainEqual(expect.stringMatching(/^taskport-documented-example: the 200 response has no documented application\/json example/));
  });
});
