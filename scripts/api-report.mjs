// The public API report: one api/*.api.md per package entry point, produced by API Extractor from
// the built declarations. `--check` (in npm test) fails when the API changed and the report was not
// updated; without it the reports are rewritten. Run after `npm run build`.
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SILENT = ExtractorLogLevel.None;
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));

const entries = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target.types);
let failed = false;
for (const [subpath, target] of entries) {
  const name = subpath === '.' ? 'taskport' : `taskport-${subpath.slice(2).replace(/\//g, '-')}`;
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: repo,
      mainEntryPointFilePath: path.join(repo, target.types),
      compiler: { tsconfigFilePath: path.join(repo, 'tsconfig.build-mock.json') },
      apiReport: { enabled: true, reportFileName: `${name}.api.md`, reportFolder: path.join(repo, 'api'), reportTempFolder: path.join(repo, '.cache/api') },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // Internal types reachable from the public surface are reported in the .api.md itself.
        extractorMessageReporting: { 'ae-missing-release-tag': { logLevel: SILENT }, 'ae-forgotten-export': { logLevel: SILENT } },
        tsdocMessageReporting: { default: { logLevel: SILENT } },
      },
    },
    configObjectFullPath: path.join(repo, 'api-extractor.json'),
    packageJsonFullPath: path.join(repo, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: !check, showVerboseMessages: false, messageCallback: (m) => (m.handled = m.logLevel === 'none') });
  if (!result.succeeded || result.apiReportChanged) {
    failed ||= check;
    console.error(`${check ? 'stale' : 'updated'}: api/${name}.api.md${result.succeeded ? '' : ` (${result.errorCount} errors)`}`);
  }
}
if (failed) {
  console.error('The public API changed: run `npm run build && npm run api:report` and commit api/*.api.md.');
  process.exitCode = 1;
} else console.error(`api report: ${entries.length} entry points ${check ? 'match' : 'written'}`);
