// Helpers of the browser tests: Debian's chromium driven by playwright-core (never a downloaded
// browser), a fresh profile per launch, the real server on a loopback port, and a watcher that
// collects every dialog, page error, console error and CSP violation.
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/server/listen.js';
import type { RunningServer } from '../../src/server/listen.js';

export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
export const ROOT = new URL('../../', import.meta.url).pathname;
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const WEB_DIST = join(ROOT, 'web-dist');

/** Why the browser tests cannot run here, or null when they can. */
export function cannotRun(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing: run scripts/ensure-chromium.mjs as root (npm test does), or set CHROMIUM_PATH`;
  if (!existsSync(join(WEB_DIST, 'app.js'))) return 'web-dist/ is not built: run npm run build';
  return null;
}

/** A browser, a server and a way to stop both. */
export interface Session {
  readonly context: BrowserContext;
  readonly server: RunningServer;
  close(): Promise<void>;
}

/** Launches chromium with a fresh profile and starts the server on a free loopback port. */
export async function openSession(): Promise<Session> {
  const why = cannotRun();
  if (why !== null) throw new Error(`browser tests: ${why}`);
  const profile = mkdtempSync(join(tmpdir(), 'ndrkit-chromium-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', webRoot: WEB_DIST });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  return {
    context,
    server,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Everything suspicious a page did: dialogs, uncaught errors, console errors (CSP violations among them). */
export interface Watch {
  readonly dialogs: string[];
  readonly errors: string[];
}

/** Starts collecting dialogs, page errors and console errors of `page`; dialogs are dismissed. */
export function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') w.errors.push(`console.${m.type()}: ${m.text()}`);
  });
  return w;
}

/** Opens the page and waits until its script is ready. */
export async function openPage(session: Session): Promise<{ page: Page; watch: Watch }> {
  const page = await session.context.newPage();
  const w = watch(page);
  await page.goto(`${session.server.url}/`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  return { page, watch: w };
}

/** Pastes `text` into the input the way a user does: through the clipboard and Ctrl+V. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#input');
  await page.keyboard.press('ControlOrMeta+V');
}

/** How many answers (results or errors) the page has shown so far. */
export async function answers(page: Page): Promise<number> {
  return Number((await page.getAttribute('#results', 'data-seq')) ?? '0');
}

/**
 * Runs `action` (a paste, a drop) and waits for the page's next answer; returns its state,
 * `done` or `error`.
 */
export async function answer(page: Page, action: () => Promise<unknown>): Promise<string> {
  const before = await answers(page);
  await action();
  await page.waitForFunction((n) => Number(document.getElementById('results')?.dataset['seq'] ?? '0') > n, before);
  return (await page.getAttribute('#results', 'data-state')) ?? '';
}

/** Drops files on the page the way a user does: a DataTransfer on a `drop` event. */
export async function dropFiles(page: Page, files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, data: Buffer.from(f.bytes).toString('base64') }));
  const dt = await page.evaluateHandle((items) => {
    const t = new DataTransfer();
    for (const it of items) {
      const bin = atob(it.data);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      t.items.add(new File([bytes], it.name, { type: 'message/rfc822' }));
    }
    return t;
  }, payload);
  await page.dispatchEvent('#drop', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer: dt });
}

/** Saves a full-page screenshot under test-artifacts/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
