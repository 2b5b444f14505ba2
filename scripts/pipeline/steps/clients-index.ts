import type { JsonObject } from '../../lint/json-pointer.js';
import type { ServiceRun } from '../context.js';
import { serviceModel } from '../emit/service-model.js';
import { bannerText, type Output } from '../outputs.js';

/**
 * generated/clients/index.ts: the one registry of services, for code that works across them (CLI,
 * mock server). Apart from the clients step, so writing it does not load ts-morph.
 */
export function clientsIndex(runs: ServiceRun[]): Output[] {
  const models = runs.map((run) => serviceModel(run.bundle as JsonObject, run.service.name, run.service.root));
  const lines = [
    `// ${bannerText('specs/*/openapi.yaml (redocly.yaml)')}`,
    ...models.map((m) => `import { create${m.clientName}Client, ${m.variableName}Service } from './${m.name}.js';`),
    '',
    '/** Every generated service: its descriptor and client factory, by slug. */',
    'export const services = {',
    ...models.map((m) => `  '${m.name}': { descriptor: ${m.variableName}Service, createClient: create${m.clientName}Client },`),
    '} as const;',
    '',
    '/** A service slug, e.g. `hss`. */',
    'export type ServiceName = keyof typeof services;',
    '',
  ];
  return [{ path: 'generated/clients/index.ts', content: lines.join('\n') }];
}
