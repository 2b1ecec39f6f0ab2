/**
 * Entry point of the `ndr` command: a thin dispatcher over the subcommand modules.
 * Only the CLI decides exit codes; the library never exits the process.
 */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import type { CliContext } from './context.js';
import { EXIT } from './exit-codes.js';
import { packageVersion } from './version.js';

/** Builds the root program with every subcommand registered. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('ndr')
    .description('Turns email delivery failures (NDRs, bounces, DSNs) into answers.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .showHelpAfterError('(run `ndr --help` for usage)');
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/**
 * Runs the CLI with the given argv (as `process.argv`) and streams. Resolves to the exit code.
 */
export async function main(argv: readonly string[], partial: Partial<CliContext> = {}): Promise<number> {
  const ctx: CliContext = {
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    stdin: partial.stdin ?? process.stdin,
    env: partial.env ?? process.env,
    exitCode: EXIT.ok,
  };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return EXIT.ok;
      }
      return EXIT.usage;
    }
    throw err;
  }
  return ctx.exitCode;
}
