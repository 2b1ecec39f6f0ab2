// Golden files of composed reports: the top-level headers, the text and HTML parts and the
// delivery-status part of each case, byte for byte. Refresh with
// `node --import tsx scripts/refresh-compose-golden.ts` and review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GOLDEN_CASES, GOLDEN_DIR, GOLDEN_EXTENSIONS, goldenParts } from './golden-cases.js';
import type { GoldenParts } from './golden-cases.js';

for (const [name, options] of Object.entries(GOLDEN_CASES)) {
  test(`golden: ${name}`, async () => {
    const parts = await goldenParts(options);
    for (const key of Object.keys(GOLDEN_EXTENSIONS) as (keyof GoldenParts)[]) {
      const file = new URL(`${name}.${GOLDEN_EXTENSIONS[key]}`, GOLDEN_DIR);
      assert.equal(parts[key], readFileSync(file, 'utf8'), `${name}.${GOLDEN_EXTENSIONS[key]} differs (refresh with scripts/refresh-compose-golden.ts and review)`);
    }
  });
}
