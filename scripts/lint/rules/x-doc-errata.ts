import { createRulesetFunction } from '@stoplight/spectral-core';
import { deviations, findErrata, overlayChanges, specExamples } from '../errata.js';
import { splitPointer } from '../json-pointer.js';

/**
 * Every `x-doc-errata` is one line and carries its overlay; a schema's `x-doc-schema` is broken by some
 * documented example, a parameter's `x-doc-parameter` changes something about the parameter.
 */
export const xDocErrata = createRulesetFunction<unknown, null>({ input: null, options: null }, (doc) => {
  const { places, problems } = findErrata(doc);
  const results = problems.map((p) => ({ message: p.message, path: splitPointer(p.pointer) }));
  for (const [pointer, labels] of deviations(doc, specExamples(doc))) {
    if (labels.length === 0) {
      results.push({ message: 'x-doc-errata: no documented example deviates from x-doc-schema here; remove the note', path: splitPointer(pointer) });
    }
  }
  for (const place of places.filter((p) => p.kind === 'parameter')) {
    if (overlayChanges(doc, place).length === 0) {
      results.push({ message: 'x-doc-errata: x-doc-parameter changes nothing the parameter says; remove the note', path: splitPointer(place.pointer) });
    }
  }
  return results;
});
