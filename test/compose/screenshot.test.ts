// The HTML part rendered in headless Chromium (Debian's /usr/bin/chromium through playwright-core),
// in light and dark colour schemes and at a phone's width. Screenshots go to test-artifacts/compose/
// for people to look at; the assertions check what a screenshot shows: the fix-it owner is marked,
// the dark style applies, nothing is fetched from the network, nothing overflows a narrow screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { composeNdr } from '../../src/index.js';
import { GOLDEN_CASES } from './golden-cases.js';
import { fixedOptions, parseMime } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../../test-artifacts/compose/', import.meta.url).pathname;
const skip = existsSync(CHROMIUM) ? false : 'Debian chromium is not installed (apt-get install -y chromium)';

let context: BrowserContext | undefined;
let profile = '';

before(async () => {
  if (skip) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'ndrkit-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    javaScriptEnabled: false,
    viewport: { width: 760, height: 900 },
  });
});

after(async () => {
  await context?.close();
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

async function htmlOf(raw: string): Promise<string> {
  const html = (await parseMime(raw)).html;
  assert.ok(html, 'has an HTML part');
  return html;
}

/** Renders the HTML, saves a full-page screenshot, and returns what the page looked like. */
async function render(name: string, html: string, colorScheme: 'light' | 'dark', width = 760) {
  const page = await context!.newPage();
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  await page.setContent(html, { waitUntil: 'load' });
  const file = join(ARTIFACTS, `${name}-${colorScheme}${width < 760 ? `-${width}px` : ''}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const look = await page.evaluate(() => {
    const marked = [...document.querySelectorAll('td.ndr-party-act')].map((td) => ({
      text: td.textContent ?? '',
      background: getComputedStyle(td).backgroundColor,
    }));
    const card = document.querySelector('.ndr-card');
    return {
      marked,
      cardBackground: card ? getComputedStyle(card).backgroundColor : '',
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img').length,
      scrollWidth: document.documentElement.scrollWidth,
      title: document.title,
    };
  });
  await page.close();
  return { ...look, requests, file };
}

test('failure, light and dark: the recipient side is marked; the dark style applies', { skip }, async () => {
  const html = await htmlOf(composeNdr(fixedOptions()));
  const light = await render('failed-en', html, 'light');
  const dark = await render('failed-en', html, 'dark');
  for (const look of [light, dark]) {
    assert.equal(look.marked.length, 1, 'one party marked');
    assert.match(look.marked[0]!.text, /Recipient's side \(mail\.contoso\.com\).*Action required/);
    assert.equal(look.scripts, 0);
    assert.equal(look.images, 0);
    assert.deepEqual(look.requests, [], 'nothing fetched');
  }
  assert.equal(light.cardBackground, 'rgb(255, 255, 255)');
  assert.equal(light.marked[0]!.background, 'rgb(253, 236, 234)');
  assert.equal(dark.cardBackground, 'rgb(30, 31, 34)');
  assert.equal(dark.marked[0]!.background, 'rgb(74, 28, 28)');
});

test('every golden case renders in both schemes without overflow on a 375 px phone', { skip }, async () => {
  for (const [name, options] of Object.entries(GOLDEN_CASES)) {
    const html = await htmlOf(composeNdr(options));
    for (const scheme of ['light', 'dark'] as const) {
      const look = await render(name, html, scheme);
      assert.deepEqual(look.requests, [], `${name}: nothing fetched`);
      assert.ok(look.title.length > 0, `${name}: has a title`);
    }
    const phone = await render(name, html, 'light', 375);
    assert.ok(phone.scrollWidth <= 375, `${name}: ${phone.scrollWidth}px wide on a 375px screen`);
  }
});

test('a hostile original renders as text, with no element from it', { skip }, async () => {
  const original = 'From: m@attacker.example\r\nSubject: <img src="http://attacker.example/x.png"><script>document.title="pwned"</script>\r\nMessage-ID: <h@attacker.example>\r\n\r\nx';
  const look = await render('hostile', await htmlOf(composeNdr(fixedOptions({ originalMessage: original }))), 'light');
  assert.equal(look.images, 0);
  assert.equal(look.scripts, 0);
  assert.deepEqual(look.requests, []);
  assert.notEqual(look.title, 'pwned');
});
