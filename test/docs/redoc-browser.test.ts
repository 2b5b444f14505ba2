/**
 * The Redoc pages in a real headless Chromium (Debian's, driven by playwright-core), with every
 * request outside the local static server blocked: every operation of every service must be
 * visible, with no console errors. Screenshots go to test-results/docs/ for review. Opening a page
 * straight from the file works too.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module without declarations
import { serveDirectory } from '../../scripts/serve-docs.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docs = path.join(repo, 'generated/docs');
const shots = path.join(repo, 'test-results/docs');
const services = ['metastudio', 'workspace', 'hss', 'dataarts-insight'];

/** Operation summaries and ids of a service, from its bundle. */
function operationsOf(service: string): { id: string; summary: string }[] {
  const doc = JSON.parse(readFileSync(path.join(repo, 'generated/openapi', `${service}.json`), 'utf8')) as { paths: Record<string, Record<string, { operationId: string; summary: string }>> };
  return Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => ({ id: op.operationId, summary: op.summary })));
}

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = (await serveDirectory(docs, 0)) as Server;
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A page that allows only `allowed(url)` and records console errors, page errors and blocked requests. */
async function isolatedPage(allowed: (url: string) => boolean): Promise<{ page: Page; problems: string[]; blocked: string[] }> {
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
  }
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
