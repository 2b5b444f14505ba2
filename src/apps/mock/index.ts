/**
 * `taskport/mock`: a stateful local server for every generated service, driven by the generated
 * descriptors and the bundled specs. The entry point hands the service registry to the server,
 * which knows no service by itself. See README.md in this folder.
 */
import { services } from '../../../generated/clients/index.js';
import type { ServiceDescriptor } from '../../core/descriptors.js';
import { startServer } from './server.js';
import { loadServiceModels } from './spec-model.js';
import { demoScenarios } from './task-scenarios.js';
import type { MockOptions, MockServer, TaskScenario } from './types.js';

export { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN } from './constants.js';
export type { Fault, MockCredentials, MockOptions, MockServer, RecordedRequest, StartedTask, StartedTasks, TaskOutcomeKind, TaskScenario } from './types.js';

const DESCRIPTORS: readonly ServiceDescriptor[] = Object.values(services).map((s) => s.descriptor);
// generated/openapi of this package, from src/apps/mock/ and from dist/src/apps/mock/ (the build copies the bundles there).
const BUNDLE_DIR = new URL('../../../generated/openapi/', import.meta.url);

/**
 * Starts a mock of every generated service on 127.0.0.1 (never another interface). Tasks move
 * through their documented states per scenario; tokens and AK/SK signatures are verified; bad
 * input gets the documented 400 body. See src/apps/mock/README.md.
 *
 * @example
 * const mock = await startMockServer();
 * const hss = createHssClient({ endpoint: mock.url, projectId: MOCK_PROJECT_ID, credentials: { ak: MOCK_AK, sk: MOCK_SK } });
 * await hss.waitForTask('demo-succeeded');
 * await mock.close();
 */
export function startMockServer(options: MockOptions = {}): Promise<MockServer> {
  return startServer(DESCRIPTORS, BUNDLE_DIR, options);
}

/**
 * The default demo tasks: for every service with tasks, one per outcome its spec can express
 * (`demo-succeeded`, `demo-failed`, `demo-partial`, `demo-expired`), each finishing after 3 polls.
 * Extend it: `scenarios: [...defaultScenarios(), myTask]`.
 */
export function defaultScenarios(bundleDir: string | URL = BUNDLE_DIR): TaskScenario[] {
  return demoScenarios(loadServiceModels(DESCRIPTORS, bundleDir));
}
