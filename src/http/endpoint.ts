import { ValidationError } from '../core/errors.js';
import type { ServiceDescriptor } from '../core/descriptors.js';
import { ENV } from '../core/environment.js';

// A region id is lower-case words joined by dashes (cn-north-4, eu-west-101); nothing that could
// change the host name it is put into.
const REGION_ID = /^[a-z]{2,}(?:-[a-z0-9]+){1,4}$/;

/** Checks a region id's form and returns it. */
export function checkRegion(region: unknown): string {
  if (typeof region !== 'string' || !REGION_ID.test(region)) {
    throw new ValidationError('region', 'format', `region must be a region id such as "cn-north-4", got ${JSON.stringify(region)}`);
  }
  return region;
}

/**
 * The base URL for a client: `endpoint` when given (an http(s) URL without credentials, query or
 * fragment), otherwise the service's documented server for `region`.
 */
export function resolveEndpoint(service: ServiceDescriptor, region: string | undefined, endpoint: unknown): string {
  if (endpoint !== undefined) {
    let url: URL;
    // Never echo what may be credentials pasted into a URL (user:secret@host).
    const shown = typeof endpoint === 'string' && endpoint.includes('@') ? 'a URL with user info (not shown)' : JSON.stringify(endpoint);
    try {
      url = new URL(String(endpoint));
    } catch {
      throw new ValidationError('endpoint', 'format', `endpoint must be an absolute http(s) URL, got ${shown}`);
    }
    if (typeof endpoint !== 'string' || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new ValidationError('endpoint', 'format', `endpoint must be an absolute http(s) URL, got ${shown}`);
    }
    // An empty query or fragment ("http://host?") leaves search and hash '' but href keeps the '?' / '#'.
    if (url.username || url.password || url.search || url.hash || /[?#]/.test(url.href)) {
      throw new ValidationError('endpoint', 'format', 'endpoint must not contain credentials, a query or a fragment');
    }
    return url.href.replace(/\/+$/, '');
  }
  if (region === undefined) {
    throw new ValidationError('region', 'required', `${service.title}: pass region (e.g. "${service.servers[0]?.regions[0]}") or endpoint, or set ${ENV.region} or ${ENV.endpoint}`);
  }
  const server = service.servers.find((s) => s.regions.includes(region));
  if (!server) {
    const known = service.servers.flatMap((s) => s.regions).join(', ');
    throw new ValidationError('region', 'enum', `${service.title} is not documented in region "${region}" (known: ${known}); pass endpoint to reach another`);
  }
  return server.url.replace('{region}', region);
}
