// Generated from specs/*/openapi.yaml (redocly.yaml) by scripts/pipeline.ts — do not edit; change the spec and run npm run generate.
import { createMetaStudioClient, metaStudioService } from './metastudio.js';
import { createWorkspaceClient, workspaceService } from './workspace.js';
import { createHssClient, hssService } from './hss.js';
import { createDataArtsInsightClient, dataArtsInsightService } from './dataarts-insight.js';

/** Every generated service: its descriptor and client factory, by slug. */
export const services = {
  'metastudio': { descriptor: metaStudioService, createClient: createMetaStudioClient },
  'workspace': { descriptor: workspaceService, createClient: createWorkspaceClient },
  'hss': { descriptor: hssService, createClient: createHssClient },
  'dataarts-insight': { descriptor: dataArtsInsightService, createClient: createDataArtsInsightClient },
} as const;

/** A service slug, e.g. `hss`. */
export type ServiceName = keyof typeof services;
