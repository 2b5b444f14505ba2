import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject } from '../json-pointer.js';

/** A 200 JSON response documents at least one JSON example, as every transcribed page does; a file answer has none. */
export const documentedExample = createRulesetFunction<unknown, null>({ input: null, options: null }, (response) => {
  const content = isObject(response) && isObject(response.content) ? response.content : {};
  const isFile = (media: unknown) => isObject(media) && isObject(media.schema) && media.schema.format === 'binary';
  if (Object.keys(content).length > 0 && Object.entries(content).every(([type, media]) => !/json/i.test(type) && isFile(media))) return [];
  const media = isObject(response) && isObject(response.content) ? response.content['application/json'] : undefined;
  const hasExample = isObject(media) && ('example' in media || (isObject(media.examples) && Object.keys(media.examples).length > 0));
  return hasExample ? [] : [{ message: 'the 200 response has no documented application/json example' }];
});
