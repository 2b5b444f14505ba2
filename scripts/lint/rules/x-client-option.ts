import { createRulesetFunction } from '@stoplight/spectral-core';
import { checkClientOptions } from '../extension-checks.js';

/** Every `x-client-option` is well formed, has a valid example and means one thing across the document. */
export const xClientOption = createRulesetFunction<unknown, null>({ input: null, options: null }, (_root, _options, context) =>
  checkClientOptions(context.document.data).map((p) => ({ message: p.message, path: p.path })),
);
