import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkTogetherExtension } from '../extension-checks.js';
import { isObject, joinPointer } from '../json-pointer.js';

/** `x-parameters-together` groups name parameters the operation has. */
export const xParametersTogether = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation) || !('x-parameters-together' in operation)) return [];
  const pointer = joinPointer(context.path);
  return checkTogetherExtension(context.document.data, operation, pointer).map((p) => ({ message: p.message, path: [...context.path, ...p.path] }));
});
