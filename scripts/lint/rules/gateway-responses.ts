import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject } from '../json-pointer.js';

/**
 * The API Gateway answers every service's requests: a refused credential is 401, a missing
 * permission 403, before the service sees them. So every operation documents both with the shared
 * components (specs/shared/responses/), so that a client, the mock and a validator agree on them. A
 * 401 the page documents itself (a response written inline) stands in for the shared one.
 */
const GATEWAY_RESPONSES = [
  { status: '401', component: 'GatewayUnauthorized', inlineAllowed: true },
  { status: '403', component: 'GatewayForbidden', inlineAllowed: false },
] as const;

export const gatewayResponses = createRulesetFunction<unknown, null>({ input: null, options: null }, (operation, _options, context) => {
  if (!isObject(operation) || !isObject(operation.responses)) return [];
  const responses = operation.responses;
  const problems: { message: string; path: (string | number)[] }[] = [];
  for (const { status, component, inlineAllowed } of GATEWAY_RESPONSES) {
    const response = responses[status];
    const ref = isObject(response) && typeof response.$ref === 'string' ? response.$ref : undefined;
    const shared = ref !== undefined && new RegExp(`(?:^|/)${component}(?:\\.yaml)?$`).test(ref);
    if (response === undefined) problems.push({ message: `responses: the API Gateway's ${status} is not documented; add '${status}': { $ref: shared/responses/${component}.yaml }`, path: [...context.path, 'responses'] });
    else if (!shared && !(inlineAllowed && ref === undefined)) problems.push({ message: `responses/${status}: use the shared ${component} response (the gateway's answer, the same for every service)`, path: [...context.path, 'responses', status] });
  }
  return problems;
});
