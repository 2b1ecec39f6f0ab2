// Runs the built `ndr` command (bin/ndr.js over dist/, so `npm run build` first) as a real child
// process: real pipes, real signals, real worker threads. A run that outlives its time limit is
// killed and the test fails, so a hang shows as a failure instead of blocking the suite.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The `ndr` executable of this checkout. */
export const NDR_BIN = new URL('../../bin/ndr.js', import.meta.url).pathname;
const BUILT = new URL('../../dist/cli-bundle/main.js', import.meta.url).pathname;

/** What one `ndr` process gave. */
export interface ProcessRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: Buffer;
  readonly err: string;
}

/** Starts `ndr <args>`; stdin is a pipe, closed at once unless `keepStdin`. */
export function startNdr(args: readonly string[], cwd?: string): ChildProcess {
  if (!existsSync(BUILT)) throw new Error('dist/ is missing: run `npm run build` before these tests');
  return spawn(process.execPath, [NDR_BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
}

/** Waits for `child` to exit, collecting its output; kills it and rejects after `limitMs`. */
export function finish(child: ChildProcess, limitMs: number): Promise<ProcessRun> {
  const out: Buffer[] = [];
  let err = '';
  child.stdout?.on('data', (d: Buffer) => out.push(d));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ndr did not finish within ${limitMs} ms; stderr: ${err.slice(0, 500)}`));
    }, limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out: Buffer.concat(out), err });
    });
  });
}

/**
 * Runs `ndr <args>` to its end with `stdin` (bytes, or nothing) and returns its exit code and
 * output. Rejects when it runs longer than `limitMs` (generous: a limit, not a timing check).
 */
export async function runNdr(args: readonly string[], stdin: string | Uint8Array = '', limitMs = 120_000): Promise<ProcessRun> {
  const child = startNdr(args);
  const done = finish(child, limitMs);
  child.stdin?.on('error', () => {}); // the command may stop reading early
  child.stdin?.end(stdin);
  return done;
}
