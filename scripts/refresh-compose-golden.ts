// Rewrites the golden files of composed reports (test/compose/golden/). Run it after a deliberate
// change to the composer's output, then review the diff (`git diff test/compose/golden`) before
// committing. Usage: node --import tsx scripts/refresh-compose-golden.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { GOLDEN_CASES, GOLDEN_DIR, GOLDEN_EXTENSIONS, goldenParts } from '../test/compose/golden-cases.js';
import type { GoldenParts } from '../test/compose/golden-cases.js';

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const [name, options] of Object.entries(GOLDEN_CASES)) {
  const parts = await goldenParts(options);
  for (const key of Object.keys(GOLDEN_EXTENSIONS) as (keyof GoldenParts)[]) {
    const file = new URL(`${name}.${GOLDEN_EXTENSIONS[key]}`, GOLDEN_DIR);
    writeFileSync(file, parts[key]);
  }
  console.log(`wrote ${name}`);
}
