import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkTaskListExtension } from '../extension-checks.js';
import { isObject, joinPointer } from '../json-pointer.js';

/** `x-task-list` lists the task objects of the `x-task` operation, with integer counters. */
export const xTaskList = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation) || !('x-task-list' in operation)) return [];
  return checkTaskListExtension(context.document.data, operation, joinPointer(context.path)).map((p) => ({ message: p.message, path: [...context.path, ...p.path] }));
});
