/**
 * test/helpers/chromium.ts: which browser the browser tests get, and the one line they fail with
 * when there is none.
 */
import { describe, expect, it } from 'vitest';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../helpers/chromium.js';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it names an executable file', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('refuses a CHROMIUM_PATH that is not an executable file, in one line saying how to get a browser', () => {
    let message = '';
    try {
      findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`CHROMIUM_PATH=/nonexistent/chromium is not an executable file. ${HOW_TO_GET_CHROMIUM}`);
    expect(message).not.toContain('\n');
  });
});
