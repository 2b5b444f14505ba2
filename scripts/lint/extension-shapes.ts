/**
 * JSON Schemas of the spec extensions the generator reads (`x-task`, `x-pagination`,
 * `x-parameters-together`, `x-filled-from`). specs/README.md documents them; src/tasks reads
 * the same shapes at run time.
 */

const fieldPointer = {
  type: 'string',
  pattern: '^(/[^/]+)+$',
  description: 'A field of the task object, as a JSON pointer of property names.',
} as const;

const timeField = {
  type: 'object',
  additionalProperties: false,
  required: ['field', 'format'],
  properties: {
    field: fieldPointer,
    format: { enum: ['epoch-millis', 'iso-8601', "yyyy-MM-dd'T'HH:mm:ss.SSSZ"] },
    whenDone: { type: 'boolean', description: 'Only meaningful once the task is done.' },
  },
} as const;

export const TASK_STATES = ['pending', 'running', 'succeeded', 'failed', 'partial', 'expired'] as const;

export const xTaskShape = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'idField', 'status'],
  properties: {
    id: { type: 'string', minLength: 1, description: 'The operation parameter that carries the task id.' },
    idField: { ...fieldPointer, description: "The task object's own id field." },
    list: {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: { items: fieldPointer },
      description: 'The operation lists tasks: find the item whose idField equals the id.',
    },
    status: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['counters'],
          properties: { counters: { const: true } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['field', 'values'],
          properties: {
            field: fieldPointer,
            values: {
              type: 'object',
              additionalProperties: false,
              minProperties: 1,
              properties: Object.fromEntries(
                TASK_STATES.map((state) => [state, { type: 'array', minItems: 1, items: { type: ['string', 'integer'] } }]),
              ),
            },
          },
        },
      ],
    },
    progress: {
      type: 'object',
      additionalProperties: false,
      required: ['total', 'succeeded', 'failed'],
      properties: { total: fieldPointer, succeeded: fieldPointer, failed: fieldPointer },
    },
    name: fieldPointer,
    createdAt: timeField,
    endedAt: timeField,
    file: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: { id: fieldPointer, name: fieldPointer, downloaded: fieldPointer },
    },
    error: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: { code: fieldPointer, message: fieldPointer },
    },
  },
} as const;

export const xPaginationShape = {
  type: 'object',
  additionalProperties: false,
  required: ['offsetParam', 'limitParam', 'items', 'total'],
  properties: {
    offsetParam: { type: 'string', minLength: 1 },
    limitParam: { type: 'string', minLength: 1 },
    items: fieldPointer,
    total: fieldPointer,
  },
} as const;

export const xParametersTogetherShape = {
  type: 'array',
  minItems: 1,
  items: { type: 'array', minItems: 2, uniqueItems: true, items: { type: 'string', minLength: 1 } },
} as const;

export const FILLED_FROM = ['projectId', 'workspaceId', 'region', 'credentials'] as const;
