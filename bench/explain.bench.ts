/**
 * Explain engine benchmarks: the time to load the knowledge base (a fresh Node process importing
 * the built engine, so module loading and index building are both counted), the time to build
 * the indexes alone, and the median time to explain one reply for several kinds of input.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure, median, report, type Sample } from './harness.js';
import { explain, explainReply } from '../src/explain/explain.js';
import { buildKbIndex } from '../src/explain/kb-index.js';
import { ensureLibraryBuilt } from '../scripts/build-freshness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BUILT = join(ROOT, 'dist/explain/explain.js');

/** Load time in a fresh process: import the built engine and explain one code, timed inside. */
function loadInFreshProcess(runs: number): Sample {
  ensureLibraryBuilt(ROOT, 'dist/explain/explain.js');
  // Node's own cost of a first dynamic import (errors.js is a tiny module) is reported apart.
  const errorsUrl = JSON.stringify(pathToFileURL(join(ROOT, 'dist/errors.js')).href);
  // CPU time of the import is reported too: on a shared machine it varies far less than wall time.
  const script = `const t = performance.now(); await import(${errorsUrl}); const t0 = performance.now(); const c0 = process.cpuUsage(); const m = await import(${JSON.stringify(pathToFileURL(BUILT).href)}); const c1 = process.cpuUsage(c0); const t1 = performance.now(); m.explain('5.7.1'); const t2 = performance.now(); process.stdout.write(JSON.stringify([t1 - t0, t2 - t1, t0 - t, (c1.user + c1.system) / 1000]));`;
  const load: number[] = [];
  const firstCall: number[] = [];
  const baseline: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const [a, b, c, d] = JSON.parse(r.stdout) as [number, number, number, number];
    load.push(a);
    firstCall.push(b);
    baseline.push(c);
    cpu.push(d);
  }
  return {
    name: 'KB load (fresh process, import built engine)',
    runs,
    medianMs: median(load),
    minMs: Math.min(...load),
    maxMs: Math.max(...load),
    extra: {
      'cpu ms': median(cpu).toFixed(2),
      'first explain ms': median(firstCall).toFixed(2),
      'node first-import overhead ms': median(baseline).toFixed(2),
    },
  };
}

/** Median time of one call, from `runs` batches of `batch` calls. */
async function perCall(name: string, fn: () => unknown, batch = 500, runs = 7): Promise<Sample> {
  const s = await measure(name, () => {
    for (let i = 0; i < batch; i++) fn();
  }, runs, 1);
  return { name, runs, medianMs: s.medianMs / batch, minMs: s.minMs / batch, maxMs: s.maxMs / batch, extra: { 'calls/s': Math.round(batch / (s.medianMs / 1000)) } };
}

export async function run(): Promise<void> {
  const msdocs = (f: string) => readFileSync(join(ROOT, 'test/fixtures/msdocs', f), 'utf8');
  const hybridNdr = msdocs('5.1.1_resolver-adr-recipnotfound_hybrid-move.txt');
  const bigNdr = `${hybridNdr}\nOriginal message headers:\n${'Received: from a.example.com (192.0.2.1) by b.example.com with SMTP id 15.20.1234.5; Fri, 27 Nov 2026 10:00:00 +0000\n'.repeat(400)}`;
  const inputs: readonly [string, string][] = [
    ['bare code 5.4.1 (shared by 2 entries)', '5.4.1'],
    ['reply line 550 5.7.124 ...', '550 5.7.124 Sender not in allowed-senders list'],
    ['Exchange #550 5.1.10 RESOLVER ... ##', '#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##'],
    ['Gmail multi-line 550-5.7.26', '550-5.7.26 This mail has been blocked because the sender is\n550-5.7.26 unauthenticated. Gmail requires all senders to authenticate with\n550 5.7.26 either SPF or DKIM. - gsmtp'],
    ['code in a range 4.7.512', '451 4.7.512 Access denied, please try again later'],
    ['reply text, no code (n/a row)', "The message can't be submitted because the sender's submission quota was exceeded"],
    ['pasted old-style NDR (~1 kB)', hybridNdr],
  ];
  const samples: Sample[] = [];
  samples.push(loadInFreshProcess(7));
  samples.push(await measure('KB index build (in process)', () => buildKbIndex(), 15, 2));
  for (const [name, text] of inputs) samples.push(await perCall(`explain: ${name}`, () => explain(text)));
  samples.push(await perCall(`explain: NDR with 400 header lines (~${Math.round(bigNdr.length / 1024)} kB)`, () => explain(bigNdr), 20));
  samples.push(await perCall('explainReply (parser call, Microsoft host)', () => explainReply({ status: '5.7.1', replyCode: '550', text: '550 5.7.1 Unable to relay', remoteMta: 'x.mail.protection.outlook.com' })));
  report('explain', samples);
}
