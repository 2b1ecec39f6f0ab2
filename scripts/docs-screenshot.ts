#!/usr/bin/env node
// Takes the README's screenshot of the page: the seed's example NDR pasted, in headless
// Debian chromium, saved as docs/page.png. Run after `npm run build`:
//   node --import tsx scripts/docs-screenshot.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { answer, openPage, openSession, paste } from '../test/web/browser.js';

const seed = readFileSync(new URL('../test/fixtures/seed/exchange-online-ndr-reference.md', import.meta.url), 'utf8');
const at = seed.indexOf('Suppose you receive an Exchange NDR');
const start = seed.indexOf('\n', seed.indexOf('```', at)) + 1;
const ndr = seed.slice(start, seed.indexOf('```', start));

const session = await openSession();
try {
  const { page } = await openPage(session);
  await page.setViewportSize({ width: 1000, height: 800 });
  const state = await answer(page, () => paste(page, ndr));
  if (state !== 'done') throw new Error(`the page answered ${state}`);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
  const path = new URL('../docs/page.png', import.meta.url).pathname;
  // The input, the status line and the first card: what a reader needs to see.
  const card = await page.locator('.card').first().boundingBox();
  const height = Math.ceil((card?.y ?? 0) + Math.min(card?.height ?? 800, 760));
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1000, height } });
  console.log(`wrote ${path}`);
} finally {
  await session.close();
}
