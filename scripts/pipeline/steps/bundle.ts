import { bundle, loadConfig } from '@redocly/openapi-core';
import path from 'node:path';
import { stringify } from 'yaml';
import { SpecError, type ServiceRun, type Step } from '../context.js';
import { bannerText } from '../outputs.js';

const configs = new Map<string, ReturnType<typeof loadConfig>>();
/** The Redocly config of a repository's registry, loaded once per process. */
export function redoclyConfig(repo: string): ReturnType<typeof loadConfig> {
  let config = configs.get(repo);
  if (!config) {
    config = loadConfig({ configPath: path.join(repo, 'redocly.yaml') });
    configs.set(repo, config);
  }
  return config;
}

/** Problems as `file#pointer: message (rule)` lines, with paths relative to the repository. */
export function describeProblems(repo: string, problems: readonly { message: string; ruleId: string; location: readonly { source: { absoluteRef: string }; pointer?: string | undefined }[] }[]): string[] {
  return problems.map((p) => {
    const where = p.location[0];
    const file = where ? path.relative(repo, where.source.absoluteRef) : '?';
    const pointer = where?.pointer?.replace(/^#/, '') || '/';
    return `${file}#${pointer}: ${p.message.split(`${repo}${path.sep}`).join('')} (${p.ruleId})`;
  });
}

/** Bundles the service's spec tree into one document (kept on the run for later steps). */
export async function ensureBundle(run: ServiceRun): Promise<Record<string, unknown>> {
  if (run.bundle) return run.bundle;
  const config = await redoclyConfig(run.repo);
  const result = await bundle({ ref: path.join(run.repo, run.service.root), config, dereference: false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new SpecError(describeProblems(run.repo, errors));
  run.bundle = { 'x-generated': bannerText(run.service.root), ...(result.bundle.parsed as Record<string, unknown>) };
  return run.bundle;
}

export const bundleStep: Step = {
  name: 'bundle',
  async run(run) {
    const doc = await ensureBundle(run);
    const name = run.service.name;
    return [
      { path: `generated/openapi/${name}.yaml`, content: `# ${bannerText(run.service.root)}\n${stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}` },
      { path: `generated/openapi/${name}.json`, content: `${JSON.stringify(doc, null, 2)}\n` },
    ];
  },
};
