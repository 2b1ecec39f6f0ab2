/**
 * `ndr explain`: explains a status code, a reply line or a whole pasted NDR, given as arguments
 * or on standard input. `--json` prints the result as JSON; `--jsonl` reads one reply per line on
 * standard input and prints one JSON object per line, streaming with bounded memory.
 * The explainer and its renderer are imported when the command runs, so `ndr --help` and the
 * other commands never load the knowledge base indexes.
 */
import type { Command } from 'commander';
import { MAX_INPUT_CHARS } from '../../explain/limits.js';
import { NdrkitError } from '../../errors.js';
import type { ExplainOptions } from '../../types.js';
import { useColor, type CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { readAllCapped, readLines, writeOut } from '../io.js';

/** Bytes read from standard input at most (one reply or one NDR); more is refused, unread. */
const MAX_STDIN_BYTES = MAX_INPUT_CHARS;
/** Longest line `--jsonl` explains; the rest of a longer line is dropped with a warning. */
const MAX_JSONL_LINE = 64 * 1024;

interface ExplainFlags {
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly all?: boolean;
  readonly remoteMta?: string;
  readonly maxMatches?: string;
}

function fail(ctx: CliContext, code: number, message: string): void {
  ctx.stderr.write(`ndr explain: ${message}\n`);
  ctx.exitCode = code;
}

function explainOptions(flags: ExplainFlags): ExplainOptions {
  const n = flags.maxMatches === undefined ? undefined : Number(flags.maxMatches);
  if (n !== undefined && (!Number.isInteger(n) || n < 1)) throw new NdrkitError('ERR_INVALID_OPTION', '--max-matches must be a positive integer', { field: 'maxMatches' });
  return { ...(flags.remoteMta !== undefined ? { remoteMta: flags.remoteMta } : {}), ...(n !== undefined ? { maxMatches: n } : {}) };
}

async function runOne(ctx: CliContext, text: string, flags: ExplainFlags): Promise<void> {
  const [{ explain }, { looksBinary }, { renderExplainText }] = await Promise.all([
    import('../../explain/explain.js'),
    import('../../explain/normalize.js'),
    import('../../report/explain-text.js'),
  ]);
  if (text.trim() === '') return fail(ctx, EXIT.dataError, 'the input is empty: give a status code, a reply line or a whole NDR (as an argument or on standard input).');
  if (looksBinary(text)) return fail(ctx, EXIT.dataError, 'the input looks like binary data, not text. Paste the NDR text, or use `ndr parse` for .eml files.');
  const result = explain(text, explainOptions(flags));
  if (flags.json === true) {
    await writeOut(ctx.stdout, `${JSON.stringify(result, null, 2)}\n`);
  } else {
    const columns = (ctx.stdout as { columns?: number }).columns;
    const width = ctx.stdout.isTTY === true && typeof columns === 'number' ? Math.min(columns, 110) : 100;
    await writeOut(ctx.stdout, renderExplainText(result, { color: useColor(ctx, 'stdout'), width, others: flags.all === true ? 1000 : 4 }));
  }
  if (result.matches.length === 0) ctx.exitCode = EXIT.nothingFound;
}

async function runJsonl(ctx: CliContext, flags: ExplainFlags): Promise<void> {
  const { explain } = await import('../../explain/explain.js');
  const options = explainOptions(flags);
  let lines = 0;
  let first = true;
  for await (const { line, truncated } of readLines(ctx.stdin, MAX_JSONL_LINE)) {
    if (first) {
      first = false;
      if (line.includes('\u0000')) return fail(ctx, EXIT.dataError, 'the input looks like binary data, not lines of text.');
    }
    if (line.trim() === '') continue;
    lines++;
    const result = explain(line, options);
    const warnings = truncated ? [...result.warnings, `The line was longer than ${MAX_JSONL_LINE} characters; only its start was explained.`] : result.warnings;
    await writeOut(ctx.stdout, `${JSON.stringify({ ...result, warnings })}\n`);
  }
  if (lines === 0) fail(ctx, EXIT.dataError, 'the input is empty: --jsonl reads one reply per line on standard input.');
}

/** Registers `ndr explain`. */
export function registerExplain(program: Command, ctx: CliContext): void {
  program
    .command('explain')
    .description('explain a status code, an SMTP reply or a whole pasted NDR (from the arguments or standard input)')
    .argument('[text...]', 'the code, reply or NDR text; read from standard input when absent')
    .option('--json', 'print the result as one JSON object')
    .option('--jsonl', 'read one reply per line on standard input; print one JSON object per line')
    .option('--all', 'list every possible meaning, not only the best few')
    .option('--remote-mta <host>', 'the server that sent the reply (ranks its provider first)')
    .option('--max-matches <n>', 'most matches returned (default 25)')
    .addHelpText(
      'after',
      '\nExamples:\n  ndr explain "550 5.7.124 Sender not in allowed-senders list"\n  ndr explain 5.4.1\n  ndr explain < ndr.txt\n  ndr explain --json "5.7.1 Unable to relay"\n  grep -o "said: .*" /var/log/mail.log | ndr explain --jsonl\n',
    )
    .action(async (words: string[], flags: ExplainFlags) => {
      try {
        if (flags.jsonl === true) {
          if (words.length > 0) return fail(ctx, EXIT.usage, '--jsonl reads standard input; give no text argument.');
          return await runJsonl(ctx, flags);
        }
        if (words.length > 0) return await runOne(ctx, words.join(' '), flags);
        if (ctx.stdin.isTTY === true) return fail(ctx, EXIT.usage, 'give the text as an argument, or pipe it in: ndr explain < ndr.txt');
        const read = await readAllCapped(ctx.stdin, MAX_STDIN_BYTES);
        if (read.tooLarge) {
          return fail(ctx, EXIT.dataError, `the input is larger than ${MAX_STDIN_BYTES} bytes. Paste the NDR's reply lines or its "Diagnostic information for administrators" part, or use --jsonl for one reply per line.`);
        }
        if (read.bytes.includes(0)) return fail(ctx, EXIT.dataError, 'the input looks like binary data, not text. Paste the NDR text, or use `ndr parse` for .eml files.');
        return await runOne(ctx, new TextDecoder('utf-8').decode(read.bytes), flags);
      } catch (err) {
        if (err instanceof NdrkitError) {
          return fail(ctx, err.code === 'ERR_INVALID_OPTION' ? EXIT.usage : err.code === 'ERR_IO' ? EXIT.ioError : EXIT.dataError, err.message);
        }
        throw err;
      }
    });
}
