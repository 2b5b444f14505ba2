import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject } from '../json-pointer.js';

/** A file answer's media: `{ type: string, format: binary }` under a type other than application/json. */
const isFileMedia = (type: string, media: unknown): boolean =>
  type !== 'application/json' && isObject(media) && isObject(media.schema) && media.schema.type === 'string' && media.schema.format === 'binary';

/**
 * A 200 JSON response carries the example the page documents; where the page shows none, the response
 * says so in `x-doc-provenance`. A 200 with no body, or whose only body is a file, has no JSON to show.
 */
export const documentedExample = createRulesetFunction<unknown, null>({ input: null, options: null }, (response) => {
  if (!isObject(response)) return [];
  if (response.content === undefined) return [];
  const content = isObject(response.content) ? response.content : {};
  const media = Object.entries(content);
  if (media.length > 0 && media.every(([type, m]) => isFileMedia(type, m))) return [];
  const json = content['application/json'];
  const hasExample = isObject(json) && ('example' in json || (isObject(json.examples) && Object.keys(json.examples).length > 0));
  if (hasExample) return [];
  if (isObject(json) && typeof response['x-doc-provenance'] === 'string' && response['x-doc-provenance'].trim() !== '') return [];
  return [{ message: 'the 200 response has no documented application/json example' }];
});
