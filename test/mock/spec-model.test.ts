/** What the mock derives from descriptors and bundles, and how it checks options and scenarios. */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { defaultScenarios, startMockServer } from '../../src/apps/mock/index.js';
import { GATEWAY_INVALID_PARAMETER, loadServiceModels } from '../../src/apps/mock/spec-model.js';
import { BUNDLE_DIR } from '../cli/helpers.js';
import { descriptorOf, expressibleOutcomes, SERVICE_NAMES, SERVICES_WITH_TASKS, taskOperationOf } from './helpers.js';

const models = loadServiceModels(SERVICE_NAMES.map(descriptorOf), BUNDLE_DIR);

describe('derived from the specs', () => {
  it('models every generated service', () => {
    expect(models.map((m) => m.name)).toEqual(SERVICE_NAMES);
  });

  it('uses the invalid-input code the spec names (x-error-codes: MetaStudio\'s MSS.000000003) and the gateway code elsewhere', () => {
    const codes = Object.fromEntries(models.flatMap((m) => m.operations.map((o) => [o.descriptor.id, o.error.invalidParameterCode])));
    const metastudio = ['SearchTask', 'ShowTask', 'ImportResource', 'ExportResource', 'DownloadResultFile', 'DownloadTemplate'];
    const others = ['ListExportTasks', 'ExportUsersNew', 'ExportDesktopListNew', 'ExportUserGroupUsersNew', 'DownloadExportFile', 'DeleteExportTasks', 'ListQueryExportTask', 'ExportVuls', 'ExportVulHandleHistory', 'ListDownloadExportedFile', 'ListImportResourceTaskDetail', 'ImportResourcePackage', 'ExportResourcePackage', 'CreateAndUpdateExportConfig'];
    expect(codes).toEqual(Object.fromEntries([...metastudio.map((id) => [id, 'MSS.000000003']), ...others.map((id) => [id, GATEWAY_INVALID_PARAMETER])]));
  });

  it('recognises list operations: x-task/list and x-task-list; sorting from x-sort; echoed paging from x-task-list', () => {
    const lists = models.flatMap((m) => m.operations.filter((o) => o.kind === 'list').map((o) => [o.descriptor.id, o.list!.items, o.list!.filters]));
    expect(lists).toEqual([
      ['SearchTask', '/data', ['resource']],
      ['ListExportTasks', '/export_tasks', ['file_name', 'task_id', 'status', 'is_download']],
    ]);
    const workspace = models.find((m) => m.name === 'workspace')!.operations[0]!.list!;
    expect(workspace.sort).toEqual({ fieldParam: 'sort_field', orderParam: 'sort_type', ascending: 'ASC', descending: 'DESC' });
    const search = models.find((m) => m.name === 'metastudio')!.operations.find((o) => o.descriptor.id === 'SearchTask')!.list!;
    expect(search.echo).toEqual({ offset: '/offset', limit: '/limit', total: '/count', defaultLimit: 10 });
  });

  it('serves each service option\'s documented example by default', () => {
    expect(Object.fromEntries(models.map((m) => [m.name, m.optionExamples]))).toEqual({
      metastudio: {},
      workspace: {},
      hss: {},
      'dataarts-insight': { workspaceId: '12913c92-xxxx-b8fd-a72af3945b61' },
    });
  });
});

describe('default scenarios', () => {
  it('one task per outcome each service can express', () => {
    const scenarios = defaultScenarios();
    for (const service of SERVICES_WITH_TASKS) {
      const outcomes = expressibleOutcomes(taskOperationOf(service)!.spec);
      expect(scenarios.filter((s) => s.service === service).map((s) => s.outcome)).toEqual(outcomes);
    }
    expect(scenarios.find((s) => s.service === 'workspace' && s.outcome === 'expired')).toBeDefined();
    expect(scenarios.find((s) => s.service === 'hss' && s.outcome === 'partial')).toBeUndefined();
  });
});

describe('checks', () => {
  it.each([
    [{ service: 'nope', id: 'a', outcome: 'succeeded', advance: { afterPolls: 1 } }, /service/],
    [{ service: 'hss', id: 'a', outcome: 'partial', advance: { afterPolls: 1 } }, /hss tasks can end running|succeeded, failed/],
    [{ service: 'metastudio', id: 'a', outcome: 'expired', advance: { afterPolls: 1 } }, /outcome|can end/],
    [{ service: 'hss', id: '', outcome: 'failed', advance: { afterPolls: 1 } }, /id/],
    [{ service: 'hss', id: 'a', outcome: 'failed', advance: { afterPolls: -1 } }, /afterPolls/],
    [{ service: 'hss', id: 'a', outcome: 'failed', advance: {} }, /advance/],
    [{ service: 'metastudio', id: 'a', outcome: 'partial', advance: { afterMs: 5 }, total: 1 }, /total/],
    [{ service: 'metastudio', id: 'a', outcome: 'failed', advance: { afterMs: 5 }, total: 0 }, /total/],
  ])('rejects scenario %j', async (scenario, message) => {
    await expect(startMockServer({ scenarios: [scenario as never] })).rejects.toThrow(message);
  });

  it('rejects a duplicate task id in one service, allows it across services', async () => {
    const mock = await startMockServer({ scenarios: [] });
    try {
      mock.addTask({ service: 'hss', id: 'same', outcome: 'failed', advance: { afterPolls: 1 } });
      mock.addTask({ service: 'workspace', id: 'same', outcome: 'failed', advance: { afterPolls: 1 } });
      expect(() => mock.addTask({ service: 'hss', id: 'same', outcome: 'succeeded', advance: { afterPolls: 1 } })).toThrow(ValidationError);
    } finally {
      await mock.close();
    }
  });

  it.each([[{ port: 70000 }], [{ unknown: 1 }], [{ projectId: '' }], [{ clock: 5 }], [{ maxSkewMs: 0 }], [{ credentials: { token: 'a b' } }]])('rejects options %j', async (options) => {
    await expect(startMockServer(options as never)).rejects.toBeInstanceOf(ValidationError);
  });
});
