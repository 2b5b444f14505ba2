/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`,
 * else — as root with apt-get, the way .ci/run does — installed by `.ci/install-chromium`. When none
 * works, {@link findChromium} throws one line saying how to get a browser; the tests fail, never skip.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const INSTALLER = path.join(repo, '.ci/install-chromium');

/** Flags for headless Chromium in tests: no sandbox (root, containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** How to get a browser, in one line: the message of every failure to find one. */
export const HOW_TO_GET_CHROMIUM =
  'No Chromium for the browser tests: set CHROMIUM_PATH to a Chromium or Chrome binary, or install Debian\'s (as root: bash .ci/install-chromium, which runs apt-get install chromium).';

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile() && statSync(file).size > 0;
  } catch {
    return false;
  }
}

/** Root on a system with apt-get: the installer can run without asking anyone. */
function canInstall(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * The path of a Chromium to launch. May install Debian's Chromium (minutes, once per machine).
 * @throws Error with {@link HOW_TO_GET_CHROMIUM} (and what was tried) when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    if (isExecutableFile(configured)) return configured;
    throw new Error(`CHROMIUM_PATH=${configured} is not an executable file. ${HOW_TO_GET_CHROMIUM}`);
  }
  if (isExecutableFile(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  if (!canInstall()) throw new Error(`${SYSTEM_CHROMIUM} is missing. ${HOW_TO_GET_CHROMIUM}`);
  try {
    execFileSync('bash', [INSTALLER], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 15 * 60_000 });
  } catch (error) {
    throw new Error(`${SYSTEM_CHROMIUM} is missing and .ci/install-chromium failed (${(error as Error).message.split('\n')[0]}). ${HOW_TO_GET_CHROMIUM}`);
  }
  if (isExecutableFile(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  throw new Error(`${SYSTEM_CHROMIUM} is still missing after .ci/install-chromium. ${HOW_TO_GET_CHROMIUM}`);
}
