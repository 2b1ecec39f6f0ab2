/**
 * Peak memory and time of parsing one huge message, per shape and size: a DSN returning a base64
 * zip, a DSN with a base64 text attachment, a forward of such a bounce, one huge text/plain part,
 * one huge header line, many small parts. Each parse runs in its own process
 * (bench/mime-memory-child.ts), so its peak RSS is its own; the figure that matters is the peak
 * over the process's RSS just before the parse (the input is already loaded then). Medians of
 * NDR_BENCH_MIME_RUNS runs (default 3) at NDR_BENCH_MIME_SIZES MiB (default 1,5,20,60), through
 * the whole bounce pipeline (NDR_BENCH_MIME_MODE=mime: the MIME layer alone).
 * Run: npm run bench -- mime-memory
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIG_SHAPES, bigMessage } from '../test/helpers/big-messages.js';
import { median, report, type Sample } from './harness.js';

const CHILD = new URL('./mime-memory-child.ts', import.meta.url).pathname;
const ROOT = new URL('..', import.meta.url).pathname;
const MIB = 2 ** 20;

interface ChildResult {
  readonly bytes: number;
  readonly baseRss: number;
  readonly peakRss: number;
  readonly ms: number;
}

function runChild(file: string, mode: string): ChildResult {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, file, mode], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mime-memory child failed on ${file}: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as ChildResult;
}

export async function run(): Promise<void> {
  const sizes = (process.env['NDR_BENCH_MIME_SIZES'] ?? '1,5,20,60').split(',').map(Number).filter((n) => n > 0);
  const runs = Math.max(1, Number(process.env['NDR_BENCH_MIME_RUNS'] ?? 3));
  const mode = process.env['NDR_BENCH_MIME_MODE'] === 'mime' ? 'mime' : 'bounce';
  const dir = mkdtempSync(join(tmpdir(), 'ndrkit-mime-mem-'));
  try {
    for (const size of sizes) {
      const samples: Sample[] = [];
      for (const shape of BIG_SHAPES) {
        const file = join(dir, `${shape}-${size}.eml`);
        writeFileSync(file, bigMessage(shape, size * MIB));
        const results: ChildResult[] = [];
        for (let i = 0; i < runs; i++) results.push(runChild(file, mode));
        rmSync(file);
        const times = results.map((x) => x.ms);
        const over = median(results.map((x) => x.peakRss - x.baseRss));
        const input = (results[0] as ChildResult).bytes;
        samples.push({
          name: `${shape} ${size} MiB`,
          runs,
          medianMs: median(times),
          minMs: Math.min(...times),
          maxMs: Math.max(...times),
          extra: {
            inputMiB: (input / MIB).toFixed(1),
            peakRssMiB: (median(results.map((x) => x.peakRss)) / MIB).toFixed(0),
            overBaseMiB: (over / MIB).toFixed(0),
            overInput: `${(over / input).toFixed(1)}x`,
          },
        });
      }
      report(`one huge message, ${mode === 'mime' ? 'parseMessage' : 'parseBounceSync'}, ${size} MiB (peak RSS over the RSS before the parse; the input is loaded)`, samples);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
