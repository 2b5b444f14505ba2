/**
 * Runs the real pipeline on a temporary copy of the repository with a fixture service added (a
 * folder under test/fixtures/ holding `specs/<slug>/openapi.yaml`), and imports what it generated.
 * The generated clients import the repository's own, unchanged src/ through a symlink.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runPipeline } from '../../scripts/pipeline/run.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface FixtureBuild {
  /** The temporary repository copy. */
  dir: string;
  /** Imports a generated module, e.g. `generated/clients/<slug>.ts`. */
  load<T>(relative: string): Promise<T>;
  remove(): void;
}

export async function buildFixtureService(fixture: string, slug: string): Promise<FixtureBuild> {
  const dir = mkdtempSync(path.join(tmpdir(), `taskport-${slug}-`));
  for (const entry of ['specs', 'redocly.yaml', 'generated', 'package.json', 'package-lock.json']) cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
  cpSync(path.join(REPO, 'test/fixtures', fixture, 'specs'), path.join(dir, 'specs'), { recursive: true });
  const config = readFileSync(path.join(dir, 'redocly.yaml'), 'utf8');
  writeFileSync(path.join(dir, 'redocly.yaml'), config.replace(/^apis:\n/m, `apis:\n  ${slug}:\n    root: specs/${slug}/openapi.yaml\n`));
  await runPipeline({ repo: dir, log: () => {} });
  symlinkSync(path.join(REPO, 'src'), path.join(dir, 'src'), 'dir');
  return {
    dir,
    load: async <T>(relative: string) => (await import(pathToFileURL(path.join(dir, relative)).href)) as T,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
