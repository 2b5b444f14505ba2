/** Demo values the mock accepts by default. Not secrets: anyone can read them here. */

/** The IAM token the mock accepts by default (`credentials: { token: MOCK_TOKEN }`). */
export const MOCK_TOKEN = 'taskport-mock-token';
/** The access key id the mock accepts by default. */
export const MOCK_AK = 'TASKPORTMOCKAK000001';
/** The secret key matching {@link MOCK_AK}. */
export const MOCK_SK = 'TaskportMockSecretKey000000000000000000001';
/** The project id the mock serves by default (a 32-hex-digit id like Huawei Cloud's). */
export const MOCK_PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
/** The gateway's X-Sdk-Date window. */
export const DEFAULT_MAX_SKEW_MS = 15 * 60_000;
