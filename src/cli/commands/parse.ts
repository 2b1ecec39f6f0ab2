/**
 * `ndr parse [paths...]`: bounce messages, folders, maildirs or mbox files in, one delivery record
 * per recipient out (JSON lines by default, or one JSON array, or CSV). Standard input when no
 * path is given or the path is `-`.
 *
 * Exit codes: 0 at least one record; 1 no input held a bounce; 65 an input was unusable (too
 * large); 66 an input could not be opened (missing, unreadable, a FIFO or device, a link loop);
 * 64 usage. 66 wins over 65 when both happened. Every input not read gets one line on stderr and
 * the run goes on with the next.
 *
 * The parser is imported when the command runs, and only in the thread that parses: with
 * `--jobs N` the main thread reads, splits and writes, and never loads it.
 */
import type { Command } from 'commander';
import type { InputItem } from '../../io/read-inputs.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import type { OutputFormat } from '../record-format.js';

interface ParseCommandOptions {
  jsonl?: boolean;
  json?: boolean;
  csv?: boolean;
  jobs?: string;
  progress?: boolean;
}

/** Runs `ndr parse`. Exported for tests. */
export async function runParse(paths: readonly string[], opts: ParseCommandOptions, ctx: CliContext): Promise<number> {
  const format: OutputFormat = opts.csv ? 'csv' : opts.json ? 'json' : 'jsonl';
  const jobs = opts.jobs === undefined ? 1 : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    ctx.stderr.write(`ndr parse: --jobs must be a whole number from 1 to 256, not "${opts.jobs}"\n`);
    return EXIT.usage;
  }
  const inputs = paths.length === 0 ? ['-'] : paths;
  const [{ readInputs }, { createProgress }, { csvHeader }, { createOutputBuffer }] = await Promise.all([
    import('../../io/read-inputs.js'),
    import('../progress.js'),
    import('../record-format.js'),
    import('../output-buffer.js'),
  ]);
  const progress = createProgress(ctx, opts.progress !== false);
  let files = 0;
  let bounces = 0;
  let recordsOut = 0;
  let openFailed = false;
  let dataError = false;
  let firstJson = true;
  const out = createOutputBuffer(ctx.stdout);
  /** A message on standard error, after the records before it (so both streams keep their order). */
  const complain = async (s: string): Promise<void> => {
    await out.flush();
    ctx.stderr.write(s);
  };
  if (format === 'csv') await out.text(csvHeader());
  if (format === 'json') await out.text('[');

  /** One message's output (text in this thread, UTF-8 bytes from a worker) and what it held. */
  const emit = async (file: string, output: string | Uint8Array, count: number, bounce: boolean, error?: { message: string }): Promise<void> => {
    files++;
    if (error) {
      dataError = true;
      await complain(`ndr parse: ${file || '(stdin)'}: ${error.message}\n`);
    }
    if (bounce) bounces++;
    recordsOut += count;
    const empty = typeof output === 'string' ? output === '' : output.byteLength === 0;
    if (!empty) {
      if (format === 'json') {
        await out.text(firstJson ? '\n' : ',\n');
        firstJson = false;
      }
      if (typeof output === 'string') await out.text(output);
      else await out.bytes(output);
    }
    progress.tick(files, recordsOut);
  };

  // An input not read: too large is unusable data (65), anything else could not be opened (66).
  const inputError = async (item: Extract<InputItem, { kind: 'error' }>): Promise<void> => {
    if (item.code === 'ERR_TOO_LARGE') dataError = true;
    else openFailed = true;
    await complain(`ndr parse: ${item.file || '(stdin)'}: ${item.message}\n`);
  };
  const source: AsyncGenerator<InputItem> = readInputs(inputs, ctx.stdin);
  const pool = jobs > 1 ? (await import('../parse-pool.js')).createParsePool(jobs, format) : null;
  try {
    if (pool) {
      await pool.run(source, async (item, result) => {
        if (item.kind === 'error') {
          await inputError(item);
          return;
        }
        await emit(item.file, result.bytes, result.count, result.bounce, result.error);
      });
    } else {
      const [{ recordsForMessage }, { formatRecords }] = await Promise.all([import('../records-for-message.js'), import('../record-format.js')]);
      for await (const item of source) {
        if (item.kind === 'error') {
          await inputError(item);
          continue;
        }
        const r = recordsForMessage(item.file, item.bytes, item.message);
        await emit(item.file, formatRecords(r.records, format), r.records.length, r.records.some((x) => x.kind !== 'not-bounce'), r.error);
      }
    }
  } catch (err) {
    await out.flush(); // what was parsed before the failure is still printed
    throw err;
  } finally {
    await pool?.close();
  }
  if (format === 'json') await out.text(firstJson ? ']\n' : '\n]\n');
  await out.flush();
  progress.done();
  if (openFailed) return EXIT.noInput;
  if (dataError) return EXIT.dataError;
  return bounces > 0 ? EXIT.ok : EXIT.nothingFound;
}

/** Registers `ndr parse`. */
export function registerParse(program: Command, ctx: CliContext): void {
  program
    .command('parse')
    .description('Parse bounce messages (files, folders, maildirs, mbox, stdin) into one delivery record per recipient')
    .argument('[paths...]', 'files, folders or mbox files; "-" or none for standard input')
    .option('--jsonl', 'one JSON record per line (default)')
    .option('--json', 'one JSON array')
    .option('--csv', 'CSV with a header line')
    .option('-j, --jobs <n>', 'worker threads for large batches', '1')
    .option('--no-progress', 'no progress line on stderr')
    .action(async (paths: string[], opts: ParseCommandOptions) => {
      ctx.exitCode = await runParse(paths, opts, ctx);
    });
}
