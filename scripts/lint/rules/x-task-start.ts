import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkTaskStartExtension } from '../extension-checks.js';
import { isObject, joinPointer } from '../json-pointer.js';

/** `x-task-start` is well formed and its taskId names a string or integer field of the 2xx JSON body (run unresolved, on a bundle). */
export const xTaskStart = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation) || !('x-task-start' in operation)) return [];
  const pointer = joinPointer(context.path);
  return checkTaskStartExtension(context.document.data, operation, pointer).map((p) => ({ message: p.message, path: [...context.path, ...p.path] }));
});
