/**
 * The tree-shakable form of every generated client: `create<Service>BaseClient` and one exported
 * function per operation and task helper. It behaves as the facade does (same requests, same
 * answers, same errors), signs AK/SK only with the `signer` it is given, and a facade built over the
 * same functions still signs by default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as hssModule from '../../generated/clients/hss.js';
import { createHssBaseClient, createHssClient, createHssTaskClient, downloadTaskFile, exportVuls, getTask, listQueryExportTask, waitForTask } from '../../generated/clients/hss.js';
import { createWorkspaceBaseClient, listExportTasksAll } from '../../generated/clients/workspace.js';
import { akskSigner as rootSigner, ValidationError } from '../../src/index.js';
import { json, startLoopback, text, type Loopback } from '../helpers/loopback.js';
import { AK, caught, isolateEnv, PROJECT_ID, SK, TOKEN } from './support.js';

isolateEnv();
let server: Loopback;
beforeAll(async () => {
  server = await startLoopback();
});
afterAll(async () => {
  await server?.close();
});

const common = () => ({ endpoint: server.origin, projectId: PROJECT_ID, retry: { minDelayMs: 1, maxDelayMs: 2 } });

describe('create<Service>BaseClient and the exported functions', () => {
  it('a token client calls an operation by its function: the same request and answer as the facade method', async () => {
    server.reset();
    const answer = { task_id: 't-1', task_status: 'running' };
    server.enqueue(json(200, answer), json(200, answer));
    const base = createHssBaseClient({ ...common(), credentials: { token: TOKEN } });
    expect(await listQueryExportTask(base, { task_id: 't-1', enterprise_project_id: 'all_granted_eps' })).toEqual(answer);
    const facade = createHssClient({ ...common(), credentials: { token: TOKEN } });
    expect(await facade.listQueryExportTask({ task_id: 't-1', enterprise_project_id: 'all_granted_eps' })).toEqual(answer);
    const [viaFunction, viaMethod] = server.requests;
    expect(viaFunction!.url).toBe(viaMethod!.url);
    expect(viaFunction!.headers['x-auth-token']).toBe(TOKEN);
  });

  it('validates parameters before sending, as the facade does', async () => {
    server.reset();
    const base = createHssBaseClient({ ...common(), credentials: { token: TOKEN } });
    const error = await caught(() => listQueryExportTask(base, { task_id: 't-1', nope: 1 } as never));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/listQueryExportTask: unknown parameter "nope"/);
    expect(server.requests).toHaveLength(0);
  });

  it('AK/SK credentials without a signer are refused at construction, naming the signer option; nothing is sent', () => {
    let error: unknown;
    try {
      createHssBaseClient({ ...common(), credentials: { ak: AK, sk: SK } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: 'signer', rule: 'required' });
    expect((error as Error).message).toMatch(/signer: akskSigner/);
    expect((error as Error).message).not.toContain(SK);
  });

  it('the same refusal when the AK/SK come from the environment', () => {
    process.env.HUAWEICLOUD_SDK_AK = AK;
    process.env.HUAWEICLOUD_SDK_SK = SK;
    expect(() => createHssBaseClient(common())).toThrow(expect.objectContaining({ field: 'signer' }));
  });

  it('with signer: akskSigner, every request is signed: start → waitForTask → downloadTaskFile', async () => {
    server.reset();
    server.enqueue(
      json(200, { task_id: 'hss-1' }),
      json(200, { task_id: 'hss-1', task_status: 'success', file_id: 'file-7', file_name: 'vuls.zip' }),
      text(200, 'PK-vuls', { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="vuls.zip"' }),
    );
    expect(hssModule.akskSigner).toBe(rootSigner);
    const base = createHssBaseClient({ ...common(), credentials: { ak: AK, sk: SK }, signer: hssModule.akskSigner });
    const { task_id } = await exportVuls(base, { category: 'vul', export_size: 10, export_headers: [['vul_name', 'Vulnerability']] });
    const task = await waitForTask(base, task_id!, { minDelayMs: 1, maxDelayMs: 2 });
    expect(task).toMatchObject({ service: 'hss', id: 'hss-1', status: 'succeeded', file: { id: 'file-7', name: 'vuls.zip' } });
    const file = await downloadTaskFile(base, task);
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('PK-vuls');
    expect(server.requests.map((r) => r.path)).toEqual([`/v5/${PROJECT_ID}/vul/export`, `/v5/${PROJECT_ID}/export-task/hss-1`, `/v5/${PROJECT_ID}/download/file-7`]);
    for (const i of [0, 1, 2]) expect(server.verify(i, SK)).toMatchObject({ valid: true });
  });

  it('getTask names the operation it read with in its errors (the descriptor travels with the function)', async () => {
    server.reset();
    server.enqueue(json(200, { task_id: 'other', task_status: 'running' }));
    const base = createHssBaseClient({ ...common(), credentials: { token: TOKEN } });
    const error = await caught(() => getTask(base, 'hss-1'));
    expect((error as Error).message).toMatch(/^hss ListQueryExportTask: asked for task "hss-1", the answer is about task "other"/);
  });

  it('paginators are functions too', async () => {
    server.reset();
    server.enqueue(json(200, { count: 3, export_tasks: [{ task_id: 'a' }, { task_id: 'b' }] }), json(200, { count: 3, export_tasks: [{ task_id: 'c' }] }));
    const base = createWorkspaceBaseClient({ ...common(), credentials: { token: TOKEN } });
    const ids: unknown[] = [];
    for await (const item of listExportTasksAll(base, { limit: 2 })) ids.push((item as { task_id: string }).task_id);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(server.requests.map((r) => r.query.get('offset'))).toEqual(['0', '2']);
  });

  it('create<Service>Client and create<Service>TaskClient still sign AK/SK by default', async () => {
    server.reset();
    server.enqueue(json(200, { task_id: 't-1', task_status: 'running' }), json(200, { task_id: 't-1', task_status: 'running' }));
    await createHssClient({ ...common(), credentials: { ak: AK, sk: SK } }).listQueryExportTask({ task_id: 't-1' });
    await createHssTaskClient({ ...common(), credentials: { ak: AK, sk: SK } }).getTask('t-1');
    for (const i of [0, 1]) expect(server.verify(i, SK)).toMatchObject({ valid: true });
  });

  it('a signer that is not a function is a ValidationError', () => {
    expect(() => createHssClient({ ...common(), credentials: { token: TOKEN }, signer: 'yes' as never })).toThrow(expect.objectContaining({ field: 'signer', rule: 'type' }));
  });
});
