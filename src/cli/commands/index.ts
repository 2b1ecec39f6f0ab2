/**
 * The subcommands of `ndr`, one module each. Each module adds its command to the program.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerCompose } from './compose.js';
import { registerExplain } from './explain.js';
import { registerDiagnose } from './diagnose.js';
import { registerParse } from './parse.js';
import { registerHeaders } from './headers.js';
import { registerServe } from './serve.js';

/** A subcommand module: registers itself on the root program. */
export type CommandModule = (program: Command, ctx: CliContext) => void;

/** Every subcommand module, registered in this order. */
export const COMMANDS: readonly CommandModule[] = [
  registerExplain,
  registerParse,
  registerDiagnose,
  registerHeaders,
  registerCompose,
  registerServe,
];
