import { createRulesetFunction } from '@stoplight/spectral-core';
import { deviations, findErrata, specExamples } from '../errata.js';
import { splitPointer } from '../json-pointer.js';

/** Every `x-doc-errata` is one line, carries `x-doc-schema`, and some documented example really breaks that documented schema. */
export const xDocErrata = createRulesetFunction<unknown, null>({ input: null, options: null }, (doc) => {
  const { problems } = findErrata(doc);
  const results = problems.map((p) => ({ message: p.message, path: splitPointer(p.pointer) }));
  for (const [pointer, labels] of deviations(doc, specExamples(doc))) {
    if (labels.length === 0) {
      results.push({ message: 'x-doc-errata: no documented example deviates from x-doc-schema here; remove the note', path: splitPointer(pointer) });
    }
  }
  return results;
});
