// composeNdr is runtime-neutral: it bundles for esbuild's `neutral` platform (no Node built-ins
// resolvable) and the bundle composes a report when loaded on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { fixedOptions } from './helpers.js';

test('src/compose bundles without Node built-ins and runs from the bundle', async () => {
  const result = await build({
    entryPoints: [new URL('../../src/compose/compose-ndr.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  assert.equal(result.errors.length, 0);
  const code = result.outputFiles[0]!.text;
  assert.doesNotMatch(code, /from ["']node:|require\(["'](?:node:)?(?:fs|path|os|crypto|buffer)["']\)/);
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { composeNdr: (o: unknown) => string };
  const raw = mod.composeNdr(fixedOptions());
  assert.match(raw, /\r\nContent-Type: multipart\/report; report-type=delivery-status;/);
});
