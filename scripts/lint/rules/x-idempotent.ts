import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkIdempotentExtension } from '../extension-checks.js';
import { isObject } from '../json-pointer.js';

/** Every operation carries `x-idempotent` (a boolean); one that starts a task is `false`. */
export const xIdempotent = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation)) return [];
  return checkIdempotentExtension(operation).map((p) => ({ message: p.message, path: [...context.path, ...p.path] }));
});
