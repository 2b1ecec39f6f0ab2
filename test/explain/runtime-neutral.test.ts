// The explain engine and its knowledge base run in the browser too: bundling them for the browser
// platform must succeed without Node built-ins, and the bundle must explain a reply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

test('src/explain bundles for the browser and works from the bundle', async () => {
  const entry = new URL('../../src/explain/explain.ts', import.meta.url).pathname;
  const out = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
  assert.equal(out.errors.length, 0);
  const code = out.outputFiles[0]?.text ?? '';
  assert.doesNotMatch(code, /from ["']node:/);
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { explain: (s: string) => { matches: { id: string }[] } };
  assert.equal(mod.explain('550 5.7.124 Sender not in allowed-senders list').matches[0]?.id, 'exo-5.7.124-not-in-allowed-senders');
});
