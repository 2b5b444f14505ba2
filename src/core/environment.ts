/**
 * The environment variables Taskport reads, in one place: the SDK's clients read them for options
 * not given, the CLI for flags not given, and the mock prints them. Options a service declares in its
 * spec (`x-client-option`, e.g. `HUAWEICLOUD_SDK_WORKSPACE_ID`) name their own variable in the descriptor.
 */
export const ENV = {
  ak: 'HUAWEICLOUD_SDK_AK',
  sk: 'HUAWEICLOUD_SDK_SK',
  securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
  token: 'HUAWEICLOUD_SDK_TOKEN',
  projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
  region: 'HUAWEICLOUD_SDK_REGION',
  endpoint: 'HUAWEICLOUD_SDK_ENDPOINT',
} as const;

/** Variables by name, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The process environment where there is one (Node, Bun, Deno's compat); empty elsewhere (browsers, edge). */
export function processEnvironment(): Environment {
  return (globalThis as { process?: { env?: Environment } }).process?.env ?? {};
}

/** A variable's value; an empty one counts as unset. */
export function readEnv(environment: Environment, name: string): string | undefined {
  const value = environment[name];
  return value === undefined || value === '' ? undefined : value;
}
