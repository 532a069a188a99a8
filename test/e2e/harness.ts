/**
 * End-to-end set-up: the reference server (a child process, 5,000 events, no random live
 * events: tests emit what they need through the control API) and the Vite demo in front of it,
 * both on free ports, driven by the system Chromium through playwright-core.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { chromeFlags, findChrome } from '../../scripts/chrome.mjs';
import { startDemoServer, startReferenceServer } from '../../scripts/demo-server.mjs';

export const TOKEN = 'e2e-token-31337';
export const SCREENSHOTS = resolve('test-results/screenshots');

export interface Stack {
  apiUrl: string;
  demoUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const chrome = findChrome();
  if (!chrome.path) throw new Error(chrome.error);
  const api = await startReferenceServer({ events: 5000, seed: 3, token: TOKEN, db: ':memory:', quiet: true });
  const demo = await startDemoServer({ apiUrl: api.url, token: TOKEN, port: 0, logLevel: 'error' }).catch(async (error: unknown) => {
    await api.close();
    throw error;
  });
  const browser = await chromium.launch({ executablePath: chrome.path, headless: true, args: chromeFlags }).catch(async (error: unknown) => {
    await Promise.all([api.close(), demo.close()]);
    throw error;
  });
  // Only this run's screenshots in the folder.
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    apiUrl: api.url,
    demoUrl: demo.url.replace(/\/$/, ''),
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await Promise.allSettled([demo.close(), api.close()]);
    },
  };
}

export interface DemoPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  errors: string[];
  /** Every /api request the page made (path and query). */
  requests: string[];
  close(): Promise<void>;
}

/** A fresh browser context on a demo page, recording console errors and API requests. */
export async function openPage(stack: Stack, path: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<DemoPage> {
  const context = await stack.browser.newContext({ viewport: { width: 1440, height: 1000 }, colorScheme: options.colorScheme ?? 'light', timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) requests.push(`${url.pathname}${url.search}`);
  });
  await page.goto(`${stack.demoUrl}${path}`);
  return { page, context, errors, requests, close: () => context.close() };
}

/** Waits until the page's elements show data (no loading state left). */
export async function ready(page: Page, selectors: string[]): Promise<void> {
  for (const selector of selectors) {
    await page.waitForFunction(
      (s) => {
        const el = document.querySelector(s);
        return Boolean(el && el.matches(':state(ready)'));
      },
      selector,
      { timeout: 20_000 },
    );
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A control-API call on the reference server (no auth; not reachable through the demo). */
export async function control<T = unknown>(stack: Stack, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${stack.apiUrl}/__control${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A GET on the reference server's authentik API with the token (what the server holds). */
export async function api<T = unknown>(stack: Stack, path: string): Promise<T> {
  const response = await fetch(`${stack.apiUrl}/api/v3${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return (await response.json()) as T;
}

/** The number in `<ev-log>`'s count, e.g. "4,321 events" → 4321. */
export async function logCount(page: Page): Promise<number> {
  const text = (await page.locator('ev-log [part="count"]').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}
