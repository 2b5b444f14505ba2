// Bundle budgets of the generated clients (issue 15), checked by `npm run check:size` on the build
// output (run `npm run build` first). One entry per service entry point and scenario, measured as
// bench/client.ts does: esbuild bundle + minify, ESM, platform browser, gzip level 9; limits in
// KiB (the bench's KB). The limits are the budgets: today's largest size per scenario rounded up, so
// a regression fails `npm test`; the goals are issue 15's targets, which bench:client reports as
// MET/MISSED (test/package/size-limit.test.ts keeps each budget within 0.5 KiB of today's size).
// See docs/ARCHITECTURE.md ("Last measured").
//   full             create<Service>Client: every operation, the task helpers, downloads, the AK/SK signer
//   operations-only  create<Service>BaseClient with one exported operation function (token: no signer)
//   task-only        create<Service>TaskClient: the task helpers and the signer, no other operation
const SERVICES = [
  ['hss', 'Hss', 'listQueryExportTask'],
  ['metastudio', 'MetaStudio', 'showTask'],
  ['workspace', 'Workspace', 'listExportTasks'],
  ['dataarts-insight', 'DataArtsInsight', 'listImportResourceTaskDetail'],
];

/** Issue 15's targets, in KiB. */
export const GOALS = { full: 10, 'operations-only': 6, 'task-only': 10 };

/** What `npm test` holds the scenarios to, in KiB: lower them as the bundles shrink, never raise them to pass. */
export const BUDGETS = { full: 18.75, 'operations-only': 11.5, 'task-only': 16.75 };

const esm = (config) => ({ ...config, format: 'esm', platform: 'browser' });

export default SERVICES.flatMap(([entry, client, operation]) =>
  Object.entries({
    full: `{ create${client}Client }`,
    'operations-only': `{ create${client}BaseClient, ${operation} }`,
    'task-only': `{ create${client}TaskClient }`,
  }).map(([scenario, names]) => ({
    name: `taskport/${entry}: ${scenario}`,
    path: `dist/generated/clients/${entry}.js`,
    import: names,
    limit: `${BUDGETS[scenario]} KiB`,
    gzip: true,
    modifyEsbuildConfig: esm,
  })),
);
