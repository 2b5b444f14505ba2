/**
 * The lifecycle on the real generated clients (their specs, not a fixture), against loopback
 * servers: start → wait → download for HSS (file by `file_id`), MetaStudio (upload, file by task
 * id), and a Workspace GET that creates a task, which is never resent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHssClient } from '../../generated/clients/hss.js';
import { createMetaStudioClient } from '../../generated/clients/metastudio.js';
import { createWorkspaceClient } from '../../generated/clients/workspace.js';
import { ServerError } from '../../src/core/errors.js';
import { json, startLoopback, text, type Loopback } from '../helpers/loopback.js';

const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'ExampleSecretKey0123456789abcdefghijklmn';
let server: Loopback;

beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server?.close();
});

const options = () => ({ endpoint: server.origin, projectId: 'p1', credentials: { ak: AK, sk: SK }, retry: { minDelayMs: 1, maxDelayMs: 2 } });
const zip = (bytes: string, name: string) => text(200, bytes, { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${name}"` });

describe('real specs, whole lifecycle', () => {
  it('HSS: exportVuls (query and JSON body) → waitForTask → downloadTaskFile by file_id, every request signed', async () => {
    server.reset();
    server.enqueue(
      json(200, { task_id: 'hss-1' }),
      json(200, { task_id: 'hss-1', task_name: 'vuls', task_status: 'success', file_id: 'file-7', file_name: 'vuls.zip' }),
      zip('PK-vuls', 'vuls.zip'),
    );
    const hss = createHssClient(options());
    const { task_id } = await hss.exportVuls({ category: 'vul', export_size: 100, export_headers: [['vul_name', 'Vulnerability']] });
    const task = await hss.waitForTask(task_id!, { minDelayMs: 5, maxDelayMs: 10 });
    const file = await hss.downloadTaskFile(task);
    expect(file.name).toBe('vuls.zip');
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('PK-vuls');
    const [start, read, download] = server.requests;
    expect([start!.method, start!.path, start!.query.get('category'), start!.query.get('export_size')]).toEqual(['POST', '/v5/p1/vul/export', 'vul', '100']);
    expect(JSON.parse(start!.body.toString())).toEqual({ export_headers: [['vul_name', 'Vulnerability']] });
    expect([read!.path, download!.path]).toEqual(['/v5/p1/export-task/hss-1', '/v5/p1/download/file-7']);
    for (const i of [0, 1, 2]) expect(server.verify(i, SK)).toMatchObject({ valid: true });
  });

  it('MetaStudio: importResource (multipart) answers 202; downloadTaskFile fetches the result by task id', async () => {
    server.reset();
    server.enqueue(
      json(202, { value: 'ms-1' }),
      json(200, { task_id: 'ms-1', total_count: 2, success_count: 2, failure_count: 0 }),
      zip('result', 'result.xlsx'),
    );
    const metastudio = createMetaStudioClient(options());
    const { value } = await metastudio.importResource({ resource: 'voice', file: new File(['a,b\n1,2\n'], 'voices.csv', { type: 'text/csv' }) });
    const file = await metastudio.downloadTaskFile(value!);
    expect(file.name).toBe('result.xlsx');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v2/p1/ies/import/voice', 'GET /v2/p1/ies/task/ms-1', 'GET /v2/p1/ies/result/ms-1']);
    expect(server.requests[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.verify(0, SK)).toMatchObject({ valid: true });
    await file.body.cancel();
  });

  it('Workspace: a GET that creates an export task is not resent after a 503; the task list read is', async () => {
    server.reset();
    server.fallback = json(503, { error_code: 'WKS.503', error_msg: 'busy' });
    const ws = createWorkspaceClient(options());
    await expect(ws.exportDesktopListNew({ language: 'en_US' })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
    server.reset();
    server.fallback = json(503, {});
    await expect(ws.listExportTasks()).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(3);
  });
});
