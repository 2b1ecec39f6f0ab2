/**
 * `ndr parse [paths...]`: bounce messages, folders, maildirs or mbox files in, one delivery record
 * per recipient out (JSON lines by default, or one JSON array, or CSV). Standard input when no
 * path is given or the path is `-`.
 *
 * Exit codes: 0 at least one record; 1 no input held a bounce; 65 an input was unusable (too
 * large); 66 an input could not be opened (missing, unreadable, a FIFO or device, a link loop);
 * 64 usage. 66 wins over 65 when both happened. Every input not read gets one line on stderr and
 * the run goes on with the next.
 */
import type { Command } from 'commander';
import { readInputs, type InputItem } from '../../io/read-inputs.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { createParsePool } from '../parse-pool.js';
import { createProgress } from '../progress.js';
import { csvHeader, formatRecords, type OutputFormat } from '../record-format.js';
import { recordsForMessage } from '../records-for-message.js';


interface ParseCommandOptions {
  jsonl?: boolean;
  json?: boolean;
  csv?: boolean;
  jobs?: string;
  progress?: boolean;
}

async function write(ctx: CliContext, s: string | Uint8Array): Promise<void> {
  if (!ctx.stdout.write(s)) await new Promise<void>((resolve) => ctx.stdout.once('drain', () => resolve()));
}

/** Output is handed to standard output in pieces of about this size, not one write a message. */
const OUTPUT_CHUNK = 64 * 1024;

/** Runs `ndr parse`. Exported for tests. */
export async function runParse(paths: readonly string[], opts: ParseCommandOptions, ctx: CliContext): Promise<number> {
  const format: OutputFormat = opts.csv ? 'csv' : opts.json ? 'json' : 'jsonl';
  const jobs = opts.jobs === undefined ? 1 : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    ctx.stderr.write(`ndr parse: --jobs must be a whole number from 1 to 256, not "${opts.jobs}"\n`);
    return EXIT.usage;
  }
  const inputs = paths.length === 0 ? ['-'] : paths;
  const progress = createProgress(ctx, opts.progress !== false);
  let files = 0;
  let bounces = 0;
  let recordsOut = 0;
  let openFailed = false;
  let dataError = false;
  let firstJson = true;
  // Records waiting to be written: a write per message was a measurable share of a large batch.
  let pendingOut: string[] = [];
  let pendingChars = 0;
  const flush = async (): Promise<void> => {
    if (pendingOut.length === 0) return;
    // Encoded straight into one buffer (UTF-8 needs at most 3 bytes per UTF-16 unit): joining
    // the pieces into one string first and encoding that took twice as long, the main thread's
    // largest cost with --jobs.
    const out = Buffer.allocUnsafe(pendingChars * 3);
    let length = 0;
    for (const piece of pendingOut) length += out.write(piece, length);
    pendingOut = [];
    pendingChars = 0;
    await write(ctx, out.subarray(0, length));
  };
  const emit = async (s: string): Promise<void> => {
    pendingOut.push(s);
    pendingChars += s.length;
    if (pendingChars >= OUTPUT_CHUNK) await flush();
  };
  /** A message on standard error, after the records before it (so both streams keep their order). */
  const complain = async (s: string): Promise<void> => {
    await flush();
    ctx.stderr.write(s);
  };
  if (format === 'csv') await emit(csvHeader());
  if (format === 'json') await emit('[');

  const emitText = async (file: string, text: string, count: number, bounce: boolean, error?: { message: string }): Promise<void> => {
    files++;
    if (error) {
      dataError = true;
      await complain(`ndr parse: ${file || '(stdin)'}: ${error.message}\n`);
    }
    if (bounce) bounces++;
    recordsOut += count;
    if (format === 'json' && text !== '') {
      await emit((firstJson ? '\n' : ',\n') + text);
      firstJson = false;
    } else if (text !== '') await emit(text);
    progress.tick(files, recordsOut);
  };

  // An input not read: too large is unusable data (65), anything else could not be opened (66).
  const inputError = async (item: Extract<InputItem, { kind: 'error' }>): Promise<void> => {
    if (item.code === 'ERR_TOO_LARGE') dataError = true;
    else openFailed = true;
    await complain(`ndr parse: ${item.file || '(stdin)'}: ${item.message}\n`);
  };
  const source: AsyncGenerator<InputItem> = readInputs(inputs, ctx.stdin);
  const pool = jobs > 1 ? createParsePool(jobs, format) : null;
  try {
    if (pool) {
      await pool.run(source, async (item, result) => {
        if (item.kind === 'error') {
          await inputError(item);
          return;
        }
        await emitText(item.file, result.text, result.count, result.bounce, result.error);
      });
    } else {
      for await (const item of source) {
        if (item.kind === 'error') {
          await inputError(item);
          continue;
        }
        const r = recordsForMessage(item.file, item.bytes, item.message);
        await emitText(item.file, formatRecords(r.records, format), r.records.length, r.records.some((x) => x.kind !== 'not-bounce'), r.error);
      }
    }
  } catch (err) {
    await flush(); // what was parsed before the failure is still printed
    throw err;
  } finally {
    await pool?.close();
  }
  if (format === 'json') await emit(firstJson ? ']\n' : '\n]\n');
  await flush();
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
