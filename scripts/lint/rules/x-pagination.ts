import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkPaginationExtension } from '../extension-checks.js';
import { isObject, joinPointer } from '../json-pointer.js';

/** `x-pagination` is well formed: integer query parameters for offset and limit, an items array and a total field. */
export const xPagination = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation) || !('x-pagination' in operation)) return [];
  const pointer = joinPointer(context.path);
  return checkPaginationExtension(context.document.data, operation, pointer).map((p) => ({ message: p.message, path: [...context.path, ...p.path] }));
});
