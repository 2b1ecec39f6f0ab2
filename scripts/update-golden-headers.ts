// Rewrites test/headers/golden/*.json from the current analyzer. Run, then review the diff:
//   node --import tsx scripts/update-golden-headers.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { analyzeHeaders } from '../src/index.js';
import { GOLDEN_CASES, caseInput, goldenName } from '../test/headers/golden-cases.js';

const dir = new URL('../test/headers/golden/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const c of GOLDEN_CASES) {
  const a = analyzeHeaders(caseInput(c), { part: c.part });
  writeFileSync(new URL(goldenName(c), dir), JSON.stringify({ case: c, analysis: a }, null, 2) + '\n');
  console.log(`${goldenName(c)}: ${a.hops.length} hops, findings ${a.findings.map((f) => f.id).join(',') || '-'}`);
}
