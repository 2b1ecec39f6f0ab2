#!/usr/bin/env node
// `npm run score`: runs the parser (from source, through tsx) over test/fixtures/sisimai/eml and
// scores the records against expected.json: with ../shared/tools/score-corpus.mjs when it exists
// (the team's reference scorer), else with the project's copy of its rules (scripts/corpus-score.mjs).
// Usage: npm run score [-- --failures N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCorpus } from './corpus-score.mjs';

const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, 'test/fixtures/sisimai');
const outDir = join(root, 'test-artifacts');
mkdirSync(outDir, { recursive: true });
const results = join(outDir, 'sisimai-results.jsonl');
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '-e', `import('${join(root, 'src/cli/main.ts')}').then(async (m) => { process.exitCode = await m.main(['node', 'ndr', 'parse', '--no-progress', ${JSON.stringify(join(corpus, 'eml'))}]); })`],
  { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' },
);
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}
writeFileSync(results, run.stdout);
const shared = join(root, '../shared/tools/score-corpus.mjs');
const extra = process.argv.slice(2);
const s = scoreCorpus(JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')), run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const [sg, sb] = s.counts['status-stated'];
const stated = `status agreement where Sisimai's expected status is a stated code (not its x.0.9xx pseudo-codes): ${sg}/${sg + sb} (${((100 * sg) / (sg + sb || 1)).toFixed(1)}%)`;
if (existsSync(shared)) {
  const r = spawnSync(process.execPath, [shared, join(corpus, 'expected.json'), results, ...extra], { stdio: 'inherit' });
  console.log(stated);
  process.exit(r.status ?? 1);
}
console.log(JSON.stringify({ files: s.files, filesAllOk: s.filesAllOk, notBouncesReportedAsBounces: s.falsePositives, agreement: Object.fromEntries(Object.entries(s.counts).map(([f, [g, b]]) => [f, `${g}/${g + b} (${((100 * g) / (g + b || 1)).toFixed(1)}%)`])) }, null, 2));
const n = Number(extra[extra.indexOf('--failures') + 1]) || 30;
for (const f of s.failures.slice(0, n)) console.log(JSON.stringify(f));
console.log(stated);
