import { oas } from '@stoplight/spectral-rulesets';
import { enumeration, length, truthy } from '@stoplight/spectral-functions';
import type { RuleDefinition, RulesetDefinition } from '@stoplight/spectral-core';
import { xFilledFromSchema } from '../../src/core/extension-schemas.js';
import { documentedExample } from './rules/documented-example.js';
import { gatewayResponses } from './rules/gateway-responses.js';
import { xClientOption } from './rules/x-client-option.js';
import { xDocErrata } from './rules/x-doc-errata.js';
import { xErrorCodes } from './rules/x-error-codes.js';
import { xIdempotent } from './rules/x-idempotent.js';
import { xPagination } from './rules/x-pagination.js';
import { xParamName } from './rules/x-param-name.js';
import { xParametersTogether } from './rules/x-parameters-together.js';
import { xSort } from './rules/x-sort.js';
import { xTask } from './rules/x-task.js';
import { xTaskList } from './rules/x-task-list.js';
import { xTaskStart } from './rules/x-task-start.js';

const operations = '$.paths[*][get,put,post,delete,patch,head,options,trace]';

/** Taskport's house rules, one entry per rule; the description is the rule's documentation. */
export const houseRules = {
  'taskport-operation-essentials': {
    description: 'Every operation has an operationId, a summary, a description and a tag.',
    severity: 'error',
    message: '{{error}}',
    given: operations,
    then: [
      ...['operationId', 'summary', 'description', 'tags'].map((field) => ({ field, function: truthy })),
      { field: 'tags', function: length, functionOptions: { min: 1 } },
    ],
  },
  'taskport-documented-example': {
    description: 'Every 200 response carries the example the page documents.',
    severity: 'error',
    message: '{{error}}',
    given: `${operations}.responses.200`,
    then: { function: documentedExample },
  },
  'taskport-property-description': {
    description: 'Every schema property has a description.',
    severity: 'error',
    message: '{{error}}',
    given: '$..properties[*]',
    then: { field: 'description', function: truthy },
  },
  'taskport-x-task': {
    description: 'x-task is well formed and names fields that exist in the 200 response; a status enum is mapped exhaustively.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: xTask },
  },
  'taskport-x-pagination': {
    description: 'x-pagination names integer query parameters and existing items/total fields.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: xPagination },
  },
  'taskport-x-parameters-together': {
    description: 'x-parameters-together groups name parameters of the operation.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: xParametersTogether },
  },
  'taskport-x-filled-from': {
    description: `x-filled-from names a common client option: ${xFilledFromSchema.enum.join(', ')}.`,
    severity: 'error',
    message: '{{error}}',
    given: "$..parameters[*]['x-filled-from']",
    then: { function: enumeration, functionOptions: { values: [...xFilledFromSchema.enum] } },
  },
  'taskport-x-client-option': {
    description: 'x-client-option is well formed, its parameter has a valid example, and each option name means one parameter and one variable.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: '$',
    then: { function: xClientOption },
  },
  'taskport-x-task-list': {
    description: 'x-task-list lists the task objects of the x-task operation; total, offset and limit are integer fields.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: xTaskList },
  },
  'taskport-x-sort': {
    description: 'x-sort names a query parameter whose values are item fields and one whose values are exactly ascending and descending.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: xSort },
  },
  'taskport-x-error-codes': {
    description: 'Where the 4xx error_code is an enum, x-error-codes says which value means invalid input.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: xErrorCodes },
  },
  'taskport-x-idempotent': {
    description: 'Every operation says with x-idempotent whether it may be resent (true) or creates or deletes something (false); one with x-task-start is false.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: xIdempotent },
  },
  'taskport-x-task-start': {
    description: 'x-task-start is well formed and its taskId names a string or integer field of the 2xx application/json body.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: xTaskStart },
  },
  'taskport-x-param-name': {
    description: 'A request body field whose name is a parameter name carries x-param-name; every flat parameter name is used once.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: xParamName },
  },
  'taskport-x-doc-errata': {
    description: 'Each x-doc-errata is one line with its overlay: x-doc-schema that some documented example really deviates from, or x-doc-parameter that changes the parameter.',
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: '$',
    then: { function: xDocErrata },
  },
  'taskport-gateway-responses': {
    description: "Every operation documents the API Gateway's 401 and 403 with the shared responses (specs/shared/responses/); a 401 the page documents may stand for the shared one.",
    severity: 'error',
    message: '{{error}}',
    resolved: false,
    given: operations,
    then: { function: gatewayResponses },
  },
} satisfies Record<string, RuleDefinition>;

/**
 * spectral:oas (recommended) plus the house rules; runs on a bundled document. Spectral's example
 * rules are off here: Redocly's recommended-strict checks the same examples against the same
 * schemas (no-invalid-media-type-examples, stricter: no additional properties;
 * no-invalid-schema-examples), and Spectral compiling a validator per example was a third of the
 * lint's time. The strict check of the bundles (strictOasRuleset) still runs them.
 */
export const houseRuleset: RulesetDefinition = {
  extends: [[oas as RulesetDefinition, 'recommended']],
  rules: { ...houseRules, 'oas3-valid-media-example': 'off', 'oas3-valid-schema-example': 'off' },
};

/** spectral:oas with every rule on: the independent strict check of the bundles. */
export const strictOasRuleset: RulesetDefinition = { extends: [[oas as RulesetDefinition, 'all']], rules: {} };
