import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkSortExtension } from '../extension-checks.js';
import { isObject, joinPointer } from '../json-pointer.js';

/** `x-sort` names a field parameter whose values are item fields and an order parameter of exactly two values. */
export const xSort = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation) || !('x-sort' in operation)) return [];
  return checkSortExtension(context.document.data, operation, joinPointer(context.path)).map((p) => ({ message: p.message, path: [...context.path, ...p.path] }));
});
