import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkErrorCodesExtension } from '../extension-checks.js';
import { isObject, joinPointer } from '../json-pointer.js';

/** `x-error-codes` is there wherever the 4xx `error_code` is an enum, and names values of it. */
export const xErrorCodes = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation)) return [];
  return checkErrorCodesExtension(context.document.data, operation, joinPointer(context.path)).map((p) => ({ message: p.message, path: [...context.path, ...p.path] }));
});
