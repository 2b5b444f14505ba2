/**
 * Runs ONE house rule (from scripts/lint/house-ruleset.ts) over an in-memory OpenAPI document, with
 * no other rule enabled, so a rule's tests see only that rule's results.
 */
import { Document, Spectral, type RulesetDefinition } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { houseRules } from '../../scripts/lint/house-ruleset.js';
import { joinPointer } from '../../scripts/lint/json-pointer.js';

export type HouseRuleName = keyof typeof houseRules;

/** One Spectral result, reduced to what the tests assert on. */
export interface RuleResult {
  code: string;
  message: string;
  /** Where Spectral reports it, segment by segment (e.g. `['paths', '/t/{id}', 'get', 'x-task', 'id']`). */
  path: (string | number)[];
  /** The same place as a JSON pointer (`/paths/~1t~1{id}/get/x-task/id`), for readable failures. */
  pointer: string;
}

const instances = new Map<HouseRuleName, Spectral>();

function spectralFor(ruleName: HouseRuleName): Spectral {
  let spectral = instances.get(ruleName);
  if (!spectral) {
    spectral = new Spectral();
    const ruleset: RulesetDefinition = { rules: { [ruleName]: houseRules[ruleName] } };
    spectral.setRuleset(ruleset);
    instances.set(ruleName, spectral);
  }
  return spectral;
}

/** Lints `doc` (serialised as JSON) with only `ruleName` enabled; returns the results in order. */
export async function lintWithRule(ruleName: HouseRuleName, doc: object): Promise<RuleResult[]> {
  const text = JSON.stringify(doc, null, 2);
  const results = await spectralFor(ruleName).run(new Document(text, spectralParsers.Json, 'x.json'));
  return results.map((r) => ({
    code: String(r.code),
    message: r.message,
    path: [...r.path],
    pointer: joinPointer(r.path),
  }));
}
