/**
 * The one definition of every `x-` extension the specs carry: a JSON Schema per extension. The spec
 * lint validates the specs against these (scripts/lint/extension-checks.ts); the runtime's types of
 * the emitted descriptors (task-spec.ts, descriptors.ts) are checked against them by
 * test/types/extension-types.test.ts. specs/README.md documents what each one means.
 */

const fieldPointer = {
  type: 'string',
  pattern: '^(/[^/]+)+$',
  description: 'A field of a JSON object, as a JSON Pointer of property names (`~1` for `/`, `~0` for `~`).',
} as const;

const parameterName = { type: 'string', minLength: 1, description: 'The name of a parameter of the operation.' } as const;

const timeFormat = {
  type: 'string',
  minLength: 1,
  description: "`epoch-millis`, `iso-8601`, or a date pattern in the documented Java notation (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`).",
} as const;

const timeField = {
  type: 'object',
  additionalProperties: false,
  required: ['field', 'format'],
  properties: {
    field: fieldPointer,
    format: timeFormat,
    whenDone: { type: 'boolean', description: 'Only meaningful once the task is done.' },
    alsoAccepted: {
      type: 'array',
      minItems: 1,
      items: timeFormat,
      description: 'Further formats read (never written): what a documented example shows where it deviates from `format` (see its x-doc-errata).',
    },
  },
} as const;

const statusValues = { type: 'array', minItems: 1, items: { type: ['string', 'integer'] } } as const;

/** `x-task` on the operation that reads one task. */
export const xTaskSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'idField', 'status'],
  properties: {
    id: { ...parameterName, description: 'The operation parameter that carries the task id.' },
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
              properties: {
                pending: statusValues,
                running: statusValues,
                succeeded: statusValues,
                failed: statusValues,
                partial: statusValues,
                expired: statusValues,
              },
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
    download: {
      type: 'object',
      additionalProperties: false,
      required: ['operationId', 'parameters'],
      description: "The operation that fetches a finished task's file, and its parameters as fields of the task object (read by the coming downloadTaskFile()).",
      properties: {
        operationId: { type: 'string', minLength: 1 },
        parameters: { type: 'object', minProperties: 1, additionalProperties: fieldPointer },
      },
    },
  },
} as const;

/** `x-pagination` on a list operation paged by offset and limit. */
export const xPaginationSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['offsetParam', 'limitParam', 'items', 'total'],
  properties: {
    offsetParam: parameterName,
    limitParam: parameterName,
    items: fieldPointer,
    total: fieldPointer,
  },
} as const;

/** `x-task-list` on an operation (other than the `x-task` one) whose 200 body lists the service's task objects. */
export const xTaskListSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: { ...fieldPointer, description: 'The array of task objects.' },
    total: { ...fieldPointer, description: 'The integer field counting every task that matches.' },
    offset: { ...fieldPointer, description: 'The integer field echoing where the page starts.' },
    limit: { ...fieldPointer, description: 'The integer field echoing the page size; its schema default is the page size served.' },
  },
} as const;

/** `x-sort` on a list operation: the parameter naming an item field to sort by, and the one giving the order. */
export const xSortSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['fieldParam', 'orderParam', 'ascending', 'descending'],
  properties: {
    fieldParam: { ...parameterName, description: 'Its enum values are item fields (top-level property names).' },
    orderParam: parameterName,
    ascending: { type: 'string', minLength: 1, description: 'The value of orderParam that sorts ascending.' },
    descending: { type: 'string', minLength: 1, description: 'The value of orderParam that sorts descending.' },
  },
} as const;

/** `x-error-codes` on an operation: which documented `error_code` means what. */
export const xErrorCodesSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['invalidInput'],
  properties: {
    invalidInput: { type: 'string', minLength: 1, description: 'The code a 4xx answer carries for a missing or invalid parameter.' },
  },
} as const;

/** `x-parameters-together` on an operation: groups of parameters that must be given together. */
export const xParametersTogetherSchema = {
  type: 'array',
  minItems: 1,
  items: { type: 'array', minItems: 2, uniqueItems: true, items: parameterName },
} as const;

/**
 * `x-filled-from` on a parameter: the common client option (or the credentials) the client fills it
 * from; `body`: a header the transport sets from the request body it sends (`Content-Type`).
 */
export const xFilledFromSchema = { enum: ['projectId', 'region', 'credentials', 'body'] } as const;

/**
 * `x-client-option` on a parameter: the client fills it from an option of its own, declared here
 * (name, environment variable, description); the parameter gives where it is sent and its validation.
 */
export const xClientOptionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'env', 'description'],
  properties: {
    name: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$', description: 'The option name, in lower camel case.' },
    env: { type: 'string', pattern: '^HUAWEICLOUD_SDK_[A-Z0-9_]+$', description: 'The environment variable read when the option is not given.' },
    description: { type: 'string', minLength: 1, description: "One sentence for the option's documentation." },
  },
} as const;

/**
 * `x-idempotent` on every operation: `true` when resending the request cannot do anything twice
 * (reads, downloads), `false` when it creates or deletes something. The runtime retries from this alone,
 * never from the HTTP method (a GET may start a task).
 */
export const xIdempotentSchema = { type: 'boolean' } as const;

/** `x-task-start` on an operation whose 2xx answer names the task it started. */
export const xTaskStartSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['taskId'],
  properties: {
    taskId: { ...fieldPointer, description: 'The field of the 2xx JSON body that holds the started task’s id.' },
  },
} as const;

/**
 * `x-param-name` on a top-level request body property: the name it takes in the operation's flat
 * parameter object, where its documented name is already a parameter's.
 */
export const xParamNameSchema = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
  description: 'The flat parameter name of a body property whose documented name collides with a parameter.',
} as const;
