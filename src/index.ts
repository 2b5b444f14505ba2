/**
 * Taskport: typed clients for Huawei Cloud import and export tasks. Service clients live in
 * `taskport/<service>`; this entry point holds what they share.
 */
export { signRequest, type AkSkCredentials, type SignOptions } from './auth/sign-request.js';
export type { Credentials, TokenCredentials } from './auth/credentials.js';
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TaskFailedError,
  TaskportError,
  TaskStateUnknownError,
  TimeoutError,
  ValidationError,
  WaitTimeoutError,
} from './errors.js';
export type { ClientOptions, RequestOptions } from './client/create-client.js';
export type { RetryOptions } from './http/retry-policy.js';
export type { LogEvent, Logger } from './http/transport.js';
export type { Task } from './tasks/task.js';
export type { TaskState } from './tasks/task-spec.js';
export type { TaskOutcome, WaitCheckpoint, WaitOptions } from './tasks/wait-for-task.js';
