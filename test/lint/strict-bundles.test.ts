/**
 * The committed bundles pass an INDEPENDENT strict lint with zero problems: Redocly's
 * `recommended-strict` built from scratch (not the repository's redocly.yaml) and Spectral's
 * spectral:oas with every rule on (`strictOasRuleset`), warnings and hints included.
 */
import { createConfig, lintFromString, type Config } from '@redocly/openapi-core';
import { Document, Spectral } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { strictOasRuleset } from '../../scripts/lint/house-ruleset.js';
import { joinPointer } from '../../scripts/lint/json-pointer.js';
import { loadServices } from '../../scripts/pipeline/services.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const services = loadServices(repo).map((s) => s.name);
const SEVERITY = ['error', 'warn', 'info', 'hint'];

let redoclyConfig: Config;
let spectral: Spectral;

beforeAll(async () => {
  redoclyConfig = await createConfig({ extends: ['recommended-strict'] });
  spectral = new Spectral();
  spectral.setRuleset(strictOasRuleset);
});

async function redoclyProblems(file: string, source: string): Promise<string[]> {
  const problems = await lintFromString({ source, absoluteRef: file, config: redoclyConfig });
  return problems.map((p) => `${path.relative(repo, file)}#${p.location[0]?.pointer?.replace(/^#/, '') ?? ''}: ${p.message} (${p.ruleId}, ${p.severity})`);
}

async function spectralProblems(file: string, source: string): Promise<string[]> {
  const results = await spectral.run(new Document(source, spectralParsers.Json, file));
  return results.map((r) => `${path.relative(repo, file)}#${joinPointer(r.path)}: ${r.message} (${String(r.code)}, ${SEVERITY[r.severity] ?? r.severity})`);
}

const BROKEN = JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Broken', version: '1' },
  paths: { '/tasks': { get: { responses: { '200': { description: 'OK' } } } } },
});

describe('the linters are armed', () => {
  // A zero-problem result only means something if the same setup finds problems in a poor document.
  it('Redocly recommended-strict reports a document without operationId, servers or license', async () => {
    const problems = await redoclyProblems(path.join(repo, 'broken.json'), BROKEN);
    expect(problems.join('\n')).toMatch(/operation-operationId/);
  });
  it('spectral:oas all reports the same document', async () => {
    const problems = await spectralProblems(path.join(repo, 'broken.json'), BROKEN);
    expect(problems.join('\n')).toMatch(/operation-operationId/);
  });
});

describe.each(services)('generated/openapi/%s.json', (service) => {
  const file = path.join(repo, 'generated', 'openapi', `${service}.json`);
  const source = () => readFileSync(file, 'utf8');

  it('has zero problems under Redocly recommended-strict', async () => {
    const problems = await redoclyProblems(file, source());
    expect(problems, `Redocly recommended-strict:\n${problems.join('\n')}`).toEqual([]);
  });

  it('has zero problems under spectral:oas (all rules)', async () => {
    const problems = await spectralProblems(file, source());
    expect(problems, `spectral:oas all:\n${problems.join('\n')}`).toEqual([]);
  });
});
