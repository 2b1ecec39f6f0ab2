/**
 * `ndr headers [file]`: analyses a message's headers (a header block, a whole message, or an NDR
 * whose original headers it reads) from a file or standard input; text report or `--json`.
 * The analyser and its renderer are imported when the command runs.
 */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { NdrkitError } from '../../errors.js';
import type { HeaderPart } from '../../headers/header-block.js';
import type { CliContext } from '../context.js';
import { useColor } from '../context.js';
import { readAllCapped, writeOut } from '../io.js';
import { EXIT } from '../exit-codes.js';

/** Largest input read (bytes); larger inputs are refused with exit 65. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Decodes input bytes: UTF-8 when valid, else Latin-1 (raw 8-bit mail keeps every byte). */
function decodeInput(buf: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  }
}

/** Registers `ndr headers`. */
export function registerHeaders(program: Command, ctx: CliContext): void {
  program
    .command('headers')
    .description('read message headers: hops and delays, SPF/DKIM/DMARC and why DMARC failed, Microsoft anti-spam stamps')
    .argument('[file]', 'a header block, .eml message or NDR text; "-" or none reads standard input')
    .option('--json', 'print the analysis as JSON')
    .option('--part <part>', 'which headers to read: auto, outer (the input\'s own) or original (the NDR\'s original message)', 'auto')
    .option('--fields', 'with --json, include every header field')
    .action(async (file: string | undefined, opts: { json?: boolean; part: string; fields?: boolean }) => {
      if (!['auto', 'outer', 'original'].includes(opts.part)) {
        ctx.stderr.write(`ndr headers: --part must be auto, outer or original\n`);
        ctx.exitCode = EXIT.usage;
        return;
      }
      let buf: Uint8Array;
      try {
        if (file === undefined || file === '-') {
          if (file === undefined && ctx.stdin.isTTY === true) {
            ctx.stderr.write('ndr headers: give a file, or pipe headers on standard input\n');
            ctx.exitCode = EXIT.usage;
            return;
          }
          const r = await readAllCapped(ctx.stdin, MAX_INPUT_BYTES);
          if (r.tooLarge) throw new NdrkitError('ERR_TOO_LARGE', `input larger than ${MAX_INPUT_BYTES} bytes`);
          buf = r.bytes;
        } else {
          buf = await readFile(file);
          if (buf.length > MAX_INPUT_BYTES) throw new NdrkitError('ERR_TOO_LARGE', `input larger than ${MAX_INPUT_BYTES} bytes`);
        }
      } catch (err) {
        if (err instanceof NdrkitError) {
          ctx.stderr.write(`ndr headers: ${err.message}\n`);
          ctx.exitCode = EXIT.dataError;
          return;
        }
        ctx.stderr.write(`ndr headers: cannot read ${file ?? 'standard input'}: ${(err as Error).message}\n`);
        ctx.exitCode = EXIT.noInput;
        return;
      }
      if (buf.length === 0) {
        ctx.stderr.write('ndr headers: the input is empty\n');
        ctx.exitCode = EXIT.dataError;
        return;
      }
      if (buf.subarray(0, 8192).includes(0)) {
        ctx.stderr.write('ndr headers: the input looks binary (NUL bytes), not mail headers\n');
        ctx.exitCode = EXIT.dataError;
        return;
      }
      const [{ analyzeHeaders }, { renderHeadersText }] = await Promise.all([import('../../headers/analyze-headers.js'), import('../../report/headers-text.js')]);
      const analysis = analyzeHeaders(decodeInput(buf), { part: opts.part as HeaderPart, includeFields: opts.json === true && opts.fields === true });
      if (opts.json === true) await writeOut(ctx.stdout, JSON.stringify(analysis, null, 2) + '\n');
      else await writeOut(ctx.stdout, renderHeadersText(analysis, { color: useColor(ctx, 'stdout') }));
      ctx.exitCode = analysis.summary.fieldCount === 0 ? EXIT.nothingFound : EXIT.ok;
    });
}
