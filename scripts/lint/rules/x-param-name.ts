import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkParamNames } from '../extension-checks.js';
import { isObject, joinPointer } from '../json-pointer.js';

/** A request body field named like a parameter carries `x-param-name`; every flat parameter name is used once (run unresolved, on a bundle). */
export const xParamName = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation) || operation.requestBody === undefined) return [];
  return checkParamNames(context.document.data, operation, joinPointer(context.path)).map((p) => ({ message: p.message, path: p.path }));
});
