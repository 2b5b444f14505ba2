import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkTaskExtension } from '../extension-checks.js';
import { isObject, joinPointer } from '../json-pointer.js';

/** `x-task` is well formed and every field it names exists in the 200 response (run unresolved, on a bundle). */
export const xTask = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation) || !('x-task' in operation)) return [];
  const pointer = joinPointer(context.path);
  return checkTaskExtension(context.document.data, operation, pointer).map((p) => ({ message: p.message, path: [...context.path, ...p.path] }));
});
