import type { OperationDescriptor } from '../core/descriptors.js';
import { ValidationError } from '../core/errors.js';
import { getAt } from '../core/json-pointer.js';
import type { ServiceClient } from './create-client.js';
import type { RequestOptions } from './request-options.js';

/**
 * Iterates every item of every page of an offset-paged operation (`x-pagination`), fetching the
 * next page only when the previous one is consumed. Page size is the caller's `limit`, else the
 * largest the spec allows. `operation` is the descriptor of `method` (default: the client's service descriptor's entry).
 */
export async function* paginate(
  client: ServiceClient,
  method: string,
  params: unknown,
  options?: RequestOptions,
  operation: OperationDescriptor | undefined = client.service.operations[method],
): AsyncGenerator<unknown, void, undefined> {
  const paging = operation?.pagination;
  if (!operation || !paging) throw new ValidationError('method', 'unknown', `${client.service.title} ${method} is not paginated`);
  if (params !== undefined && (typeof params !== 'object' || params === null)) throw new ValidationError('params', 'type', `${method}All: parameters must be an object`);
  const given = { ...(params as Record<string, unknown> | undefined) };
  if (given[paging.offsetParam] !== undefined) {
    throw new ValidationError(paging.offsetParam, 'unknown', `${method}All: "${paging.offsetParam}" is managed by the iterator; call ${method} for a single page`);
  }
  const limitSchema = operation.params.find((p) => p.name === paging.limitParam)?.schema;
  const limit = given[paging.limitParam] ?? limitSchema?.maximum;
  let offset = 0;
  for (;;) {
    const page = await client.call(method, { ...given, [paging.offsetParam]: offset, ...(limit === undefined ? {} : { [paging.limitParam]: limit }) }, options, undefined, operation);
    const items = getAt(page, paging.items);
    if (!Array.isArray(items) || items.length === 0) return;
    yield* items;
    offset += items.length;
    const total = getAt(page, paging.total);
    if (typeof total === 'number' ? offset >= total : typeof limit === 'number' && items.length < limit) return;
  }
}
