/**
 * Process-level behaviour of the `ndr` command (bin/ndr.js), kept out of `main()` so tests can run
 * commands in-process: a reader that closes early (`ndr parse big.mbox | head -1`) ends the run at
 * once and quietly, and SIGINT / SIGTERM end it between two writes, so what was printed so far
 * is whole lines. Worker threads of `--jobs` end with the process: they are threads, not
 * processes, so nothing is left behind.
 */
import { EXIT } from './exit-codes.js';

/** Exit codes for the signals handled: 128 + the signal's number, as shells report them. */
const SIGNAL_EXIT: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Installs the handlers on `process`: EPIPE (or any write error) on standard output exits with
 * {@link EXIT.ioError}, silently for EPIPE; SIGINT and SIGTERM exit with 130 and 143.
 * Writes to pipes and files are synchronous in Node on Linux and macOS, so a handler never runs
 * in the middle of a line.
 */
export function installProcessHooks(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`ndr: cannot write output: ${err.message}\n`);
    process.exit(EXIT.ioError);
  });
  process.stderr.on('error', () => {
    // nowhere left to report to; standard output decides how the run ends
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(SIGNAL_EXIT[sig]));
}
