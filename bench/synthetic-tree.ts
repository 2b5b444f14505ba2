/** The synthetic spec trees bench:pipeline grows (test/scripts/synthetic-tree.test.ts keeps them passing the lint). */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes into `dir` a synthetic tree of `operations` task-reading operations in services of
 * `serviceSize` operations, each service with its own registry entry, client name and one x-task
 * (the task trio supports one), following every house rule; returns `dir`.
 */
export function writeSyntheticTree(repo: string, dir: string, operations: number, serviceSize: number): string {
  cpSync(path.join(repo, 'specs/shared'), path.join(dir, 'specs/shared'), { recursive: true });
  for (const file of ['package-lock.json', 'package.json']) cpSync(path.join(repo, file), path.join(dir, file));
  const count = Math.ceil(operations / serviceSize);
  const registry: string[] = [];
  for (let s = 0; s < count; s++) {
    const slug = `synthetic${s}`;
    registry.push(`  ${slug}:\n    root: specs/${slug}/openapi.yaml`);
    const base = path.join(dir, 'specs', slug);
    mkdirSync(path.join(base, 'paths'), { recursive: true });
    mkdirSync(path.join(base, 'components/schemas'), { recursive: true });
    const paths: string[] = [];
    for (let i = 0; i < Math.min(serviceSize, operations - s * serviceSize); i++) {
      paths.push(`  /v1/{project_id}/things${i}/{task_id}:\n    $ref: paths/things${i}.yaml`);
      writeFileSync(path.join(base, `paths/things${i}.yaml`), operationYaml(i, i === 0));
      writeFileSync(
        path.join(base, `components/schemas/Thing${i}.yaml`),
        `type: object
description: Thing ${i}.
properties:
  task_id: { type: string, description: Task ID. }
  name: { type: string, description: Name. }
  task_status: { type: string, description: Status., enum: [running, success, failure] }
`,
      );
    }
    writeFileSync(path.join(base, 'openapi.yaml'), rootYaml(s, paths));
  }
  writeFileSync(path.join(dir, 'redocly.yaml'), `apis:\n${registry.join('\n')}\nextends:\n  - recommended-strict\n`);
  return dir;
}

function operationYaml(i: number, withTask: boolean): string {
  return `get:
  operationId: ShowThing${i}
  summary: Show thing ${i}
  description: Returns task ${i}.
  tags: [Things]
  x-idempotent: true
  parameters:
    - $ref: ../../shared/parameters/project_id.yaml
    - name: task_id
      in: path
      required: true
      description: Task ID.
      schema: { type: string, minLength: 1 }
    - name: verbose
      in: query
      required: false
      description: Verbose output.
      schema: { type: boolean }
  responses:
    '200':
      description: The task.
      content:
        application/json:
          schema: { $ref: ../components/schemas/Thing${i}.yaml }
          examples:
            documented:
              summary: Example
              value: { task_id: t${i}, task_status: running, name: thing }
    '401': { $ref: ../../shared/responses/GatewayUnauthorized.yaml }
    '403': { $ref: ../../shared/responses/GatewayForbidden.yaml }
    4XX:
      description: Client error.
      content:
        application/json:
          schema: { $ref: ../../shared/schemas/ErrorBody.yaml }
${
  withTask
    ? `  x-task:
    id: task_id
    idField: /task_id
    status: { field: /task_status, values: { running: [running], succeeded: [success], failed: [failure] } }
    name: /name
`
    : ''
}`;
}

function rootYaml(s: number, paths: string[]): string {
  return `openapi: 3.1.0
info:
  title: Synthetic ${s}
  version: 1.0.0
  description: A synthetic service for the pipeline benchmark.
  x-service-title: Synthetic ${s}
  x-client-name: Synthetic${s}
  contact: { name: Taskport maintainers, url: https://github.com/taskport/taskport, email: maintainers@taskport.dev }
  license: { name: MIT, url: https://opensource.org/licenses/MIT }
servers:
  - url: https://synthetic${s}.{region}.myhuaweicloud.com
    description: Synthetic endpoint.
    variables:
      region: { default: r-one-1, enum: [r-one-1], description: Region. }
security:
  - token: []
tags:
  - name: Things
    description: Things.
paths:
${paths.join('\n')}
components:
  securitySchemes:
    token: { $ref: ../shared/security-schemes/token.yaml }
`;
}

