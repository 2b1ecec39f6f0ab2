/**
 * The web page: time from a paste to the rendered diagnosis of a typical NDR (the seed's
 * example and a corpus bounce), measured inside headless Chromium, median of several runs; and
 * the size of the page's JavaScript, raw and gzipped. Targets: under 100 ms, under 200 KB.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { median, report } from './harness.js';
import type { Sample } from './harness.js';
import { WEB_DIST, answer, cannotRun, openPage, openSession, paste } from '../test/web/browser.js';

const RUNS = 15;

function seedNdr(): string {
  const seed = readFileSync(new URL('../test/fixtures/seed/exchange-online-ndr-reference.md', import.meta.url), 'utf8');
  const at = seed.indexOf('Suppose you receive an Exchange NDR');
  const start = seed.indexOf('\n', seed.indexOf('```', at)) + 1;
  return seed.slice(start, seed.indexOf('```', start));
}

/** Installs in-page probes: the paste's time, and the first frame after each answer is drawn. */
async function probe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pasteAt: number; __paintedAt: number };
    document.getElementById('input')?.addEventListener('paste', () => (w.__pasteAt = performance.now()), { capture: true });
    const results = document.getElementById('results') as HTMLElement;
    new MutationObserver(() => {
      // After the next frame has been produced: layout and paint of the new cards included.
      requestAnimationFrame(() => setTimeout(() => (w.__paintedAt = performance.now()), 0));
    }).observe(results, { attributes: true, attributeFilter: ['data-seq'] });
  });
}

async function timePaste(page: Page, text: string): Promise<{ toDom: number; toPaint: number }> {
  await page.click('#clear');
  await page.evaluate(() => ((window as unknown as { __paintedAt: number }).__paintedAt = 0));
  const state = await answer(page, () => paste(page, text));
  if (state !== 'done') throw new Error(`web bench: the page answered ${state}`);
  await page.waitForFunction(() => (window as unknown as { __paintedAt: number }).__paintedAt > 0);
  return page.evaluate(() => {
    const w = window as unknown as { __pasteAt: number; __paintedAt: number };
    const renderedAt = Number(document.getElementById('results')?.dataset['renderedAt']);
    return { toDom: renderedAt - w.__pasteAt, toPaint: w.__paintedAt - w.__pasteAt };
  });
}

function sample(name: string, times: number[], extra?: Record<string, string | number>): Sample {
  return { name, runs: times.length, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), ...(extra ? { extra } : {}) };
}

export async function run(): Promise<void> {
  const why = cannotRun();
  if (why !== null) {
    console.log(`\n## web page\n(skipped: ${why})`);
    return;
  }
  let js = 0;
  let jsGz = 0;
  const sizes: string[] = [];
  for (const f of readdirSync(WEB_DIST).filter((x) => x.endsWith('.js')).sort()) {
    const body = readFileSync(join(WEB_DIST, f));
    const gz = gzipSync(body, { level: 9 }).length;
    js += body.length;
    jsGz += gz;
    sizes.push(`${f} ${(body.length / 1024).toFixed(1)} KiB (${(gz / 1024).toFixed(1)} KiB gz)`);
  }

  const inputs: [string, string][] = [
    ["seed's example NDR (pasted text)", seedNdr()],
    ['corpus bounce lhost-postfix-02.eml (pasted)', readFileSync(new URL('../test/fixtures/sisimai/eml/lhost-postfix-02.eml', import.meta.url), 'latin1')],
    ['code 550 5.7.124', '550 5.7.124 Sender not in allowed-senders list'],
  ];
  const session = await openSession();
  const samples: Sample[] = [];
  try {
    const { page } = await openPage(session);
    await probe(page);
    for (const [name, text] of inputs) {
      await timePaste(page, text); // warm-up: worker start, JIT
      const dom: number[] = [];
      const paint: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = await timePaste(page, text);
        dom.push(t.toDom);
        paint.push(t.toPaint);
      }
      samples.push(sample(`paste -> rendered: ${name}`, dom, { 'to next frame (median ms)': median(paint).toFixed(1) }));
    }
  } finally {
    await session.close();
  }
  report('web page (headless Chromium; target < 100 ms from paste to rendered diagnosis)', samples);
  console.log(`page JavaScript: ${(js / 1024).toFixed(1)} KiB, ${(jsGz / 1024).toFixed(1)} KiB gzipped (target < 200 KB) — ${sizes.join('; ')}`);
}
