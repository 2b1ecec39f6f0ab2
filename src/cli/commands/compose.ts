/**
 * `ndr compose`: writes a standard delivery status notification (NDR, delay or success notice)
 * from a JSON description of the delivery attempt, to standard output or a file.
 *
 *     ndr compose --from-json failure.json > ndr.eml
 *     ndr compose --from-json - --original message.eml --locale de < failure.json
 *
 * The JSON holds the options of `composeNdr`: dates as ISO 8601 strings, the original as
 * `originalMessage` (a raw message) or `originalHeaders` (a raw header block). The composer is
 * imported when the command runs.
 */
import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import type { ComposeNdrOptions } from '../../compose/types.js';
import { NdrkitError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** Largest JSON description read (it may hold the original message). */
const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** Largest original message file read with --original (composeNdr keeps at most its limit of it). */
const MAX_ORIGINAL_BYTES = 256 * 1024 * 1024;

interface ComposeFlags {
  fromJson: string;
  original?: string;
  headersOnly?: boolean;
  locale?: string;
  return?: string;
  output?: string;
}

async function readStdin(ctx: CliContext, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > limit) throw new NdrkitError('ERR_TOO_LARGE', `standard input is larger than ${limit} bytes`, { field: 'stdin' });
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function readInput(ctx: CliContext, path: string, limit: number, field: string): Promise<Buffer> {
  if (path === '-') return readStdin(ctx, limit);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (err) {
    throw new NdrkitError('ERR_IO', `cannot read ${path}: ${(err as Error).message}`, { field, cause: err });
  }
  if (data.length > limit) throw new NdrkitError('ERR_TOO_LARGE', `${path} is larger than ${limit} bytes`, { field });
  return data;
}

function fail(ctx: CliContext, message: string, code: number): void {
  ctx.stderr.write(`ndr compose: ${message}\n`);
  ctx.exitCode = code;
}

async function run(ctx: CliContext, flags: ComposeFlags): Promise<void> {
  let options: ComposeNdrOptions;
  try {
    const json = await readInput(ctx, flags.fromJson, MAX_JSON_BYTES, 'from-json');
    let parsed: unknown;
    try {
      parsed = JSON.parse(json.toString('utf8'));
    } catch (err) {
      throw new NdrkitError('ERR_INVALID_INPUT', `${flags.fromJson} is not valid JSON: ${(err as Error).message}`, { field: 'from-json' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new NdrkitError('ERR_INVALID_INPUT', `${flags.fromJson} must hold a JSON object of composeNdr options`, { field: 'from-json' });
    }
    const o = parsed as Record<string, unknown>;
    if (flags.original !== undefined) {
      const original = new Uint8Array(await readInput(ctx, flags.original, MAX_ORIGINAL_BYTES, 'original'));
      if (flags.headersOnly === true) o['originalHeaders'] = original;
      else o['originalMessage'] = original;
    }
    if (flags.locale !== undefined) o['locale'] = flags.locale;
    if (flags.return !== undefined) o['returnContent'] = flags.return;
    options = o as unknown as ComposeNdrOptions;
  } catch (err) {
    if (err instanceof NdrkitError) {
      fail(ctx, err.message, err.code === 'ERR_IO' ? EXIT.noInput : EXIT.dataError);
      return;
    }
    throw err;
  }

  const { composeNdr } = await import('../../compose/compose-ndr.js');
  let raw: string;
  try {
    raw = composeNdr(options);
  } catch (err) {
    if (err instanceof NdrkitError) {
      fail(ctx, err.message, EXIT.dataError);
      return;
    }
    throw err;
  }

  if (flags.output !== undefined) {
    try {
      await writeFile(flags.output, raw);
    } catch (err) {
      fail(ctx, `cannot write ${flags.output}: ${(err as Error).message}`, EXIT.ioError);
      return;
    }
  } else {
    ctx.stdout.write(raw);
  }
  ctx.exitCode = EXIT.ok;
}

/** Registers `ndr compose` on the program. */
export function registerCompose(program: Command, ctx: CliContext): void {
  program
    .command('compose')
    .description('Write a standard NDR (RFC 3464 / RFC 6522) from a JSON description of a delivery failure, delay or success.')
    .requiredOption('--from-json <file>', 'JSON file with the composeNdr options ("-" for standard input)')
    .option('--original <file>', 'the original message (.eml) to report on, instead of originalMessage in the JSON')
    .option('--headers-only', 'the --original file holds only a header block')
    .option('--locale <locale>', 'language of the human-readable part: en, de, fr, es, ja')
    .option('--return <what>', 'return the original in full or only its headers: full, headers')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addHelpText(
      'after',
      '\nSend the report with an empty envelope sender (MAIL FROM:<>).\n\nExample:\n  ndr compose --from-json failure.json --original message.eml > ndr.eml\n',
    )
    .action((flags: ComposeFlags) => run(ctx, flags));
}
