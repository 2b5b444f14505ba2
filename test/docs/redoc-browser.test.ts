/**
 * The Redoc pages in a real headless Chromium (found or installed by test/helpers/chromium.ts, driven
 * by playwright-core), with every request outside the local static server blocked: every operation of
 * every service must be visible with its TypeScript sample, the title shows the package version, a
 * token-only header is not marked required, and there are no console errors. Screenshots go to
 * test-results/docs/ for review. Opening a page straight from the file works too. Without a browser
 * every test fails with one line saying how to get one.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../scripts/serve-docs.mjs';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docs = path.join(repo, 'generated/docs');
const shots = path.join(repo, 'test-results/docs');
const services = ['metastudio', 'workspace', 'hss', 'dataarts-insight'];
const { version } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };

/** Operation summaries and ids of a service, from its bundle. */
function operationsOf(service: string): { id: string; summary: string }[] {
  const doc = JSON.parse(readFileSync(path.join(repo, 'generated/openapi', `${service}.json`), 'utf8')) as { paths: Record<string, Record<string, { operationId: string; summary: string }>> };
  return Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => ({ id: op.operationId, summary: op.summary })));
}

let browser: Browser | undefined;
let noBrowser = 'the browser was not started';
let server: Server;
let origin: string;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = (await serveDirectory(docs, 0)) as Server;
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Not thrown here: every test then fails with this one line, instead of being reported as skipped.
  try {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  } catch (error) {
    noBrowser = (error as Error).message.split('\n')[0]!;
  }
}, 20 * 60_000);

it('a Chromium is available', () => {
  expect(browser, noBrowser).toBeDefined();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A page that allows only `allowed(url)` and records console errors, page errors and blocked requests. */
async function isolatedPage(allowed: (url: string) => boolean): Promise<{ page: Page; problems: string[]; blocked: string[] }> {
  if (!browser) throw new Error(noBrowser);
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  return { page, problems, blocked };
}

async function expectEveryOperation(page: Page, service: string): Promise<void> {
  await page.waitForSelector('.api-content', { timeout: 20_000 });
  for (const op of operationsOf(service)) {
    // Each operation has its own section, anchored by operationId, showing its summary.
    const section = page.locator(`[id="operation/${op.id}"]`);
    await expect(section.count(), `${service}: a section for ${op.id}`).resolves.toBe(1);
    await expect(section.first().locator('h2').first().textContent(), `${service}: ${op.id} shows its summary`).resolves.toContain(op.summary);
    // And a menu entry that leads to it.
    await expect(page.locator('.menu-content').getByText(op.summary, { exact: false }).count()).resolves.toBeGreaterThan(0);
    // Its request samples open on the TypeScript call of the Taskport client.
    await expect(section.first().locator('[role=tab]').first().textContent(), `${service}: ${op.id} samples start with TypeScript`).resolves.toBe('TypeScript');
    await expect(section.first().locator('pre').first().textContent(), `${service}: ${op.id} shows its Taskport call`).resolves.toContain(`.${op.id.charAt(0).toLowerCase()}${op.id.slice(1)}(`);
  }
  // The title carries the package's version, not the spec's.
  await expect(page.locator('h1').first().textContent()).resolves.toMatch(new RegExp(`\\(${version.replace(/\./g, '\\.')}\\)$`));
}

describe('Redoc pages served from 127.0.0.1, everything else blocked', () => {
  it.each(services)('%s renders every operation with no console errors', async (service) => {
    const { page, problems, blocked } = await isolatedPage((url) => url.startsWith(origin));
    await page.goto(`${origin}/${service}.html`);
    await expectEveryOperation(page, service);
    await page.screenshot({ path: path.join(shots, `${service}.png`), fullPage: false });
    expect({ problems, blocked }).toEqual({ problems: [], blocked: [] });
    expect(blocked, 'the page asked for nothing outside the local server').toEqual([]);
    await page.context().close();
  });

  it('the index links to every service page', async () => {
    const { page, problems } = await isolatedPage((url) => url.startsWith(origin));
    await page.goto(`${origin}/`);
    for (const service of services) await expect(page.locator(`a[href="${service}.html"]`).count()).resolves.toBe(1);
    await page.locator('a[href="hss.html"]').click();
    await expectEveryOperation(page, 'hss');
    await page.screenshot({ path: path.join(shots, 'index-to-hss.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a page with a request to the network would be caught (the check can fail)', async () => {
    const { page, blocked } = await isolatedPage((url) => url.startsWith(origin));
    await page.setContent(`<img src="https://cdn.example.invalid/x.png">`);
    await page.waitForTimeout(200);
    expect(blocked.some((url) => url.includes('cdn.example.invalid'))).toBe(true);
    await page.context().close();
  });
});

describe('a header only token auth needs', () => {
  it.each(['hss', 'dataarts-insight'])('%s: X-Auth-Token is shown, not as required (AK/SK requests omit it)', async (service) => {
    const { page } = await isolatedPage((url) => url.startsWith(origin));
    await page.goto(`${origin}/${service}.html`);
    await page.waitForSelector('.api-content', { timeout: 20_000 });
    const row = page.locator('tr').filter({ hasText: 'X-Auth-Token' }).first();
    await expect(row.textContent()).resolves.toMatch(/^X-Auth-Token/);
    await expect(row.textContent()).resolves.not.toMatch(/required/);
    // The check can fail: a required parameter in the same table is marked.
    await expect(page.locator('tr').filter({ hasText: 'task_id' }).first().textContent()).resolves.toMatch(/^task_idrequired/);
    await page.context().close();
  });
});

describe('Redoc pages opened as files, no network at all', () => {
  it.each(services)('%s renders from file://', async (service) => {
    const { page, problems, blocked } = await isolatedPage((url) => url.startsWith('file://'));
    await page.goto(pathToFileURL(path.join(docs, `${service}.html`)).href);
    await expectEveryOperation(page, service);
    await page.screenshot({ path: path.join(shots, `${service}-file.png`) });
    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
    await page.context().close();
  });
});
