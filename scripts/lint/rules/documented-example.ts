import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject } from '../json-pointer.js';

/** A 200 response documents at least one JSON example, as every transcribed page does. */
export const documentedExample = createRulesetFunction<unknown, null>({ input: null, options: null }, (response) => {
  const media = isObject(response) && isObject(response.content) ? response.content['application/json'] : undefined;
  const hasExample = isObject(media) && ('example' in media || (isObject(media.examples) && Object.keys(media.examples).length > 0));
  return hasExample ? [] : [{ message: 'the 200 response has no documented application/json example' }];
});
