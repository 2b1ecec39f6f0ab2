// The header analysis runs in browsers too: it bundles for the browser platform with no Node
// built-ins, and the bundle runs in a bare V8 context (no process, no Buffer, no require).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { seedHeaderExamples } from './seed-examples.js';

test('src/headers and the text report bundle for the browser and run without Node globals', async () => {
  const entry = new URL('../../src/headers/analyze-headers.ts', import.meta.url).pathname;
  const report = new URL('../../src/report/headers-text.ts', import.meta.url).pathname;
  const out = await build({
    stdin: { contents: `export { analyzeHeaders } from ${JSON.stringify(entry)};\nexport { renderHeadersText } from ${JSON.stringify(report)};`, resolveDir: '/', loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'ndrHeaders',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.text ?? '';
  assert.ok(!/require\(["']node:|from ["']node:/.test(code));
  const [first] = seedHeaderExamples();
  const sandbox: Record<string, unknown> = { TextDecoder, URL, input: first };
  runInNewContext(`${code}\nresult = ndrHeaders.analyzeHeaders(input); text = ndrHeaders.renderHeadersText(result);`, sandbox);
  // Objects from another realm: compare through JSON.
  const result = JSON.parse(JSON.stringify(sandbox['result'])) as { findings: { id: string }[] };
  assert.deepEqual(result.findings.map((f) => f.id).slice(0, 3), ['spf-none', 'dkim-none', 'dmarc-fail']);
  assert.match(sandbox['text'] as string, /DMARC {6}fail for o365e\.onmicrosoft\.com action=oreject → rejected/);
});
