/**
 * What a subcommand needs from its surroundings, so commands can be run in tests with real
 * streams but without touching the process: where to write, where to read, and the exit code.
 */
import type { Readable, Writable } from 'node:stream';

/** The streams, environment and exit code of one CLI run. */
export interface CliContext {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly stdin: Readable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Set by a command to report its exit code. */
  exitCode: number;
}

/** Whether colour may be used on a stream: a TTY, and NO_COLOR not set. */
export function useColor(ctx: CliContext, stream: 'stdout' | 'stderr'): boolean {
  const s = stream === 'stdout' ? ctx.stdout : ctx.stderr;
  if (ctx.env['NO_COLOR'] !== undefined && ctx.env['NO_COLOR'] !== '') return false;
  if (ctx.env['FORCE_COLOR'] !== undefined && ctx.env['FORCE_COLOR'] !== '0') return true;
  return s.isTTY === true;
}
