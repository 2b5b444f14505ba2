/**
 * `taskport/mock`: a stateful local server for every generated service, driven by the generated
 * descriptors and the bundled specs. See README.md in this folder.
 */
import { loadServiceModels } from './spec-model.js';
import { demoScenarios } from './task-scenarios.js';
import type { TaskScenario } from './types.js';

export { startMockServer } from './server.js';
export { MOCK_AK, MOCK_PROJECT_ID, MOCK_SK, MOCK_TOKEN, MOCK_WORKSPACE_ID } from './constants.js';
export type { Fault, MockCredentials, MockOptions, MockServer, RecordedRequest, TaskOutcomeKind, TaskScenario } from './types.js';

/**
 * The default demo tasks: for every service with tasks, one per outcome its spec can express
 * (`demo-succeeded`, `demo-failed`, `demo-partial`, `demo-expired`), each finishing after 3 polls.
 * Extend it: `scenarios: [...defaultScenarios(), myTask]`.
 */
export function defaultScenarios(bundleDir?: string | URL): TaskScenario[] {
  return demoScenarios(loadServiceModels(bundleDir));
}
