/**
 * Start-up of the built `ndr` command as its own process, as a helpdesk user runs it one code at a
 * time: `ndr --version`, `ndr explain 550 5.7.1`, `ndr parse` of one small file, next to a bare
 * `node -e 0` (the floor no command can go under). The commands are run in turn, round after
 * round, so a burst of load on a shared machine hits them all alike; medians of wall time.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { median, report, type Sample } from './harness.js';
import { ensureLibraryBuilt } from '../scripts/build-freshness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const ONE = join(ROOT, 'test/fixtures/sisimai/eml/arf-01.eml');
const ROUNDS = 11;

/** Wall time of one run of `node <args>`, output discarded; rejects unless it exits 0. */
function timeRun(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`node ${args.join(' ')} exited ${code}`))));
  });
}

export async function run(): Promise<void> {
  ensureLibraryBuilt(ROOT, 'dist/cli-bundle/main.js');
  const bin = join(ROOT, 'bin/ndr.js');
  const cases: [string, string[]][] = [
    ['node -e 0 (Node alone)', ['-e', '0']],
    ['ndr --version', [bin, '--version']],
    ['ndr explain 550 5.7.1', [bin, 'explain', '550', '5.7.1']],
    ['ndr parse one.eml', [bin, 'parse', '--no-progress', ONE]],
  ];
  for (const [, args] of cases) await timeRun(args); // warm the file cache
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [, args]] of cases.entries()) (times[i] as number[]).push(await timeRun(args));
  }
  const samples: Sample[] = cases.map(([name], i) => {
    const t = times[i] as number[];
    return { name, runs: t.length, medianMs: median(t), minMs: Math.min(...t), maxMs: Math.max(...t) };
  });
  report('ndr start-up (own process, wall time)', samples);
}
