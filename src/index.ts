/**
 * Taskport: typed clients for Huawei Cloud import and export tasks. Service clients live in
 * `taskport/<service>`; this entry point holds what they share.
 */
export { signRequest, type SignOptions } from './auth/sign-request.js';
export { akskSigner, type RequestParts, type Signer } from './auth/signer.js';
export type { AkSkCredentials, Credentials, TokenCredentials } from './auth/credentials.js';
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectRefusedError,
  ServerError,
  TaskFailedError,
  TaskFileUnavailableError,
  TaskportError,
  TaskStateUnknownError,
  TimeoutError,
  ValidationError,
  WaitTimeoutError,
} from './core/errors.js';
export type { ClientOptions } from './client/client-options.js';
export type { DownloadedFile } from './client/download.js';
export type { FilePart } from './client/multipart.js';
export type { RequestOptions } from './client/request-options.js';
export type { RetryOptions } from './http/retry-policy.js';
export type { LogEvent, Logger } from './http/transport.js';
export type { Task, TaskState } from './core/task.js';
export type { WaitCheckpoint } from './core/wait-checkpoint.js';
export type { TaskOutcome } from './tasks/wait-for-task.js';
export type { WaitOptions } from './tasks/wait-options.js';
