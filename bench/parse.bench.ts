/**
 * Bounce parser throughput and memory: emails/s over the Sisimai corpus in one process, the CLI
 * pipeline over a corpus-built mbox (in this process with --jobs 1, and the built `ndr` as its own
 * process with --jobs 1 and --jobs 2, as a user runs it), memory while streaming a large
 * generated mbox (default 1 GiB; NDR_BENCH_MBOX_MB sets the size), and the built `ndr` over that
 * large mbox with --jobs 1 and --jobs 2. Temp files live in the OS temp dir and are removed
 * afterwards.
 */
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Writable, PassThrough } from 'node:stream';
import { once } from 'node:events';
import { parseBounceSync } from '../src/parse/parse-bounce.js';
import { clearKnowledgeBaseCache } from '../src/classify/kb-hook.js';
import { runParse } from '../src/cli/commands/parse.js';
import { readInputs } from '../src/io/read-inputs.js';
import type { CliContext } from '../src/cli/context.js';
import { measure, report, type Sample } from './harness.js';
import { ensureLibraryBuilt } from '../scripts/build-freshness.mjs';

const CORPUS = new URL('../test/fixtures/sisimai/eml/', import.meta.url).pathname;
const ROOT = new URL('..', import.meta.url).pathname;

/** Runs the built `ndr` with `args`, output discarded; rejects unless it exits 0 or 1 (no bounce). */
function runBuiltCli(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/ndr.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`ndr ${args.join(' ')} exited ${code}: ${err.slice(0, 500)}`))));
  });
}

function mb(n: number): string {
  return (n / 2 ** 20).toFixed(0);
}

function nullContext(): CliContext {
  return {
    stdout: new Writable({ write: (_c, _e, cb) => cb() }),
    stderr: new Writable({ write: (_c, _e, cb) => cb() }),
    stdin: new PassThrough(),
    env: {},
    exitCode: 0,
  };
}

/** Writes the corpus as mbox messages, `copies` times over, to `path`. */
async function writeMbox(path: string, messages: readonly Uint8Array[], targetBytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let n = 0;
  while (written < targetBytes) {
    for (const m of messages) {
      const body = Buffer.from(m).toString('latin1').replace(/^From [^\n]*\n/, '').replace(/\r\n?/g, '\n').replace(/^From /gm, '>From ');
      const chunk = `From bench@example.org Mon Jan  1 00:00:00 2024\n${body}${body.endsWith('\n') ? '' : '\n'}\n`;
      if (!out.write(chunk, 'latin1')) await once(out, 'drain');
      written += chunk.length;
      n++;
      if (written >= targetBytes) break;
    }
  }
  out.end();
  await once(out, 'finish');
  return n;
}

export async function run(): Promise<void> {
  const files = readdirSync(CORPUS).sort();
  const messages = files.map((f) => readFileSync(join(CORPUS, f)));
  const samples: Sample[] = [];

  // 1. In-process parse of the corpus.
  // Wall time and CPU time: on a shared, loaded machine the CPU time of this process is the
  // steadier figure (emails per CPU-second is what one idle core would do).
  const reps = 10;
  let peak = process.memoryUsage().rss;
  const cpuMs: number[] = [];
  const s1 = await measure('parseBounce over the corpus (x10)', () => {
    const c0 = process.cpuUsage();
    for (let r = 0; r < reps; r++) {
      // each pass starts cold: repeating the corpus must not turn into cache hits
      clearKnowledgeBaseCache();
      for (let i = 0; i < messages.length; i++) parseBounceSync(messages[i] as Uint8Array, { file: files[i] as string });
    }
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 7, 2);
  const n1 = reps * messages.length;
  const cpuMedian = [...cpuMs].sort((a, b) => a - b)[cpuMs.length >> 1] as number;
  samples.push({
    ...s1,
    extra: { emails: n1, 'emails/s': Math.round(n1 / (s1.medianMs / 1000)), 'emails/CPU-s': Math.round(n1 / (cpuMedian / 1000)), 'peak RSS MB': mb(peak) },
  });

  // 2. The CLI pipeline (read mbox, parse, write JSON lines) with 1 and 2 jobs.
  const dir = mkdtempSync(join(tmpdir(), 'ndrkit-bench-'));
  try {
    const small = join(dir, 'corpus.mbox');
    const count = await writeMbox(small, messages, 60 * 2 ** 20);
    const warm = await measure(`ndr parse --jobs 1, in this process (mbox, ${count} emails)`, async () => {
      await runParse([small], { jobs: '1', progress: false }, nullContext());
    }, 3, 1);
    samples.push({ ...warm, extra: { emails: count, 'emails/s': Math.round(count / (warm.medianMs / 1000)) } });
    // The built CLI as its own process, start-up included (as a user runs it); its start-up alone
    // is measured on one small file so it can be told apart.
    ensureLibraryBuilt(ROOT, 'dist/cli-bundle/main.js');
    const one = join(CORPUS, files[0] as string);
    const start = await measure('ndr process start-up (parse one file)', () => runBuiltCli(['parse', '--no-progress', one]), 5, 1);
    samples.push(start);
    for (const jobs of [1, 2]) {
      const s = await measure(`ndr parse --jobs ${jobs}, own process (mbox, ${count} emails)`, () => runBuiltCli(['parse', '--no-progress', '--jobs', String(jobs), small]), 3, 1);
      samples.push({ ...s, extra: { emails: count, 'emails/s': Math.round(count / (s.medianMs / 1000)) } });
    }

    // 3. Memory while streaming a large mbox.
    const target = Number(process.env['NDR_BENCH_MBOX_MB'] ?? 1024) * 2 ** 20;
    const big = join(dir, 'big.mbox');
    const total = await writeMbox(big, messages, target);
    const rss: number[] = [];
    let seen = 0;
    const t0 = performance.now();
    for await (const item of readInputs([big], new PassThrough())) {
      if (item.kind === 'message') parseBounceSync(item.bytes, { file: item.file });
      if (++seen % Math.max(1, Math.floor(total / 10)) === 0) rss.push(process.memoryUsage().rss);
    }
    const ms = performance.now() - t0;
    samples.push({
      name: `stream + parse a ${mb(target)} MiB mbox`,
      runs: 1,
      medianMs: ms,
      minMs: ms,
      maxMs: ms,
      extra: { emails: seen, 'emails/s': Math.round(seen / (ms / 1000)), 'RSS MB at each tenth': rss.map(mb).join('/') },
    });
    // 4. The built CLI over the same large mbox: a long run, where start-up and JIT warm-up (which
    // dominate the short runs above) are spread over many messages, as on a real mailbox.
    for (const jobs of [1, 2]) {
      const s = await measure(`ndr parse --jobs ${jobs}, own process (${mb(target)} MiB mbox)`, () => runBuiltCli(['parse', '--no-progress', '--jobs', String(jobs), big]), 1, 0);
      samples.push({ ...s, extra: { emails: total, 'emails/s': Math.round(total / (s.medianMs / 1000)) } });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report('bounce parser', samples);
}
