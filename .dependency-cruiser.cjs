// The layer rule of src/ and generated/ (docs/ARCHITECTURE.md, "Layers"): imports only point down.
//
//   core → auth → http → client → tasks → src/index.ts, src/runtime.ts → generated/ → apps (cli, mock)
//
// A layer may import its own and every lower one, never a higher one; nothing may form a cycle,
// type-only imports included; the runtime (everything below generated/) uses no Node built-in and
// no package but openapi-fetch; only the apps' entry points (src/apps/cli/main.ts,
// src/apps/mock/index.ts) import generated/, so the rest of each app is handed the service registry.
// `npm run check:layers` runs it; test/layers/layer-rule.test.ts proves each rule fails on a violation.

const RUNTIME = '^src/(core|auth|http|client|tasks)/|^src/(index|runtime)\\.ts$';

/**
 * A forbidden rule: `from` may not import `to`.
 * @param {string} name
 * @param {string} comment
 * @param {Record<string, unknown>} from
 * @param {Record<string, unknown>} to
 */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    forbid('no-cycles', 'No import cycle, type-only imports included.', {}, { circular: true }),
    forbid('core-is-the-leaf', 'src/core imports no other folder of src/ (and nothing generated).', { path: '^src/core/' }, { path: '^src/(?!core/)|^generated/' }),
    forbid('auth-below-http', 'src/auth imports only src/core.', { path: '^src/auth/' }, { path: '^src/(?!core/|auth/)|^generated/' }),
    forbid('http-below-client', 'src/http imports only src/core and src/auth.', { path: '^src/http/' }, { path: '^src/(?!core/|auth/|http/)|^generated/' }),
    forbid('client-below-tasks', 'src/client imports only src/core, src/auth and src/http.', { path: '^src/client/' }, { path: '^src/(?!core/|auth/|http/|client/)|^generated/' }),
    forbid('tasks-below-entries', 'src/tasks imports only the layers below it.', { path: '^src/tasks/' }, { path: '^src/(?!core/|auth/|http/|client/|tasks/)|^generated/' }),
    forbid('runtime-never-imports-apps-or-generated', 'The runtime (and its entry points) never imports an app or generated code.', { path: RUNTIME }, { path: '^src/apps/|^generated/' }),
    forbid('generated-uses-the-runtime-entry', 'Generated clients import the runtime only through src/runtime.ts.', { path: '^generated/' }, { path: '^src/(?!runtime\\.ts$)' }),
    forbid('generated-never-imports-apps', 'Generated code never imports an app.', { path: '^generated/' }, { path: '^src/apps/' }),
    forbid(
      'only-app-entries-import-generated',
      'Apps are handed the service registry: only their entry points import generated/.',
      { path: '^src/apps/', pathNot: '^src/apps/cli/main\\.ts$|^src/apps/mock/index\\.ts$' },
      { path: '^generated/' },
    ),
    forbid('mock-never-imports-cli', 'The mock is below the CLI (the CLI starts it).', { path: '^src/apps/mock/' }, { path: '^src/apps/cli/' }),
    forbid('runtime-without-node-builtins', 'The runtime runs in browsers and edge runtimes: no Node built-in.', { path: `${RUNTIME}|^generated/` }, { dependencyTypes: ['core'] }),
    forbid(
      'runtime-dependencies',
      'The runtime depends on openapi-fetch and nothing else from npm.',
      { path: `${RUNTIME}|^generated/` },
      { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: '^node_modules/openapi-fetch/' },
    ),
    forbid('resolvable', 'Every import resolves.', {}, { couldNotResolve: true }),
  ],
  options: {
    // Type-only imports count: a layer that knows a higher layer's types still points up.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: '^node_modules' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'], extensions: ['.ts', '.js', '.d.ts'] },
  },
};
