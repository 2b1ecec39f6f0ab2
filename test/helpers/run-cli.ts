// Runs the `ndr` dispatcher in-process with real streams (PassThrough) and collects what it
// writes, so CLI tests check exit codes and output without spawning a process.
import { PassThrough, type Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** What one `ndr` run gave: exit code, standard output and standard error. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Standard input for {@link runCli}: a string (ended after it) or any readable stream. */
export type CliStdin = string | Readable;

/**
 * Runs `ndr <args>` through `main()` with fresh output streams and the given standard input
 * (empty by default), an empty environment, and returns the exit code and all output.
 * @example const r = await runCli(['explain', '5.1.1']); assert.equal(r.code, EXIT.ok);
 */
export async function runCli(args: readonly string[], stdin: CliStdin = ''): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  let input: Readable;
  if (typeof stdin === 'string') {
    const p = new PassThrough();
    p.end(stdin);
    input = p;
  } else input = stdin;
  const code = await main(['node', 'ndr', ...args], { stdout, stderr, stdin: input, env: {} });
  return { code, out, err };
}
