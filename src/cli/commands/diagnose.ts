/**
 * `ndr diagnose <path>`: bounces explained for a person. Per recipient: what happened, which
 * server refused the message and which one wrote the report, the server's words, the reason,
 * who must act and how. `--json` prints `{ records, headers? }` for one message, an array of
 * `{ file, message?, records, headers? }` for an mbox of several or a folder. Reads standard
 * input for `-` or no path. Exit codes: 0 at least one diagnosed; 1 no bounce; 65 unusable
 * input (too large); 66 cannot open. The reader and the parser are imported when the command runs.
 */
import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { NdrkitError } from '../../errors.js';
import { REASONS } from '../../kb/reasons.js';
import type { Owner } from '../../kb/reasons.js';
import type { BounceDiagnosis, DiagnosedRecord } from '../../types.js';
import type { CliContext } from '../context.js';
import { useColor } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../io.js';

const WHO: Readonly<Record<Owner, string>> = {
  sender: 'the sender',
  'sender-admin': "the sender's email administrator",
  'recipient-admin': "the recipient's email administrator",
  service: 'the email service provider',
  none: 'no one yet: the failure is temporary and the sending server retries',
};

const FIX_LABEL: readonly [keyof DiagnosedRecord['explanation']['fix'], string][] = [
  ['sender', 'Sender'],
  ['senderAdmin', "Sender's admin"],
  ['recipientAdmin', "Recipient's admin"],
  ['service', 'Service'],
];

function whatHappened(r: DiagnosedRecord): string {
  switch (r.kind) {
    case 'delay':
      return 'delivery is delayed; the sending server keeps trying';
    case 'delivered':
      return 'the message was delivered (success notification)';
    case 'feedback':
      return `the recipient reported the message as unwanted (feedback type ${r.feedbackType ?? 'unknown'})`;
    case 'auto-reply':
      return 'an automatic reply (out of office or similar), not a failure';
    default:
      return r.hardBounce ? 'delivery failed permanently: stop sending to this address' : 'delivery failed; sending again later or after a fix may succeed';
  }
}

function domainOf(address: string | null): string {
  const i = address ? address.lastIndexOf('@') : -1;
  return i >= 0 && address ? address.slice(i + 1) : '';
}

/** The text rendering of a diagnosis. */
export function renderDiagnosis(file: string, d: BounceDiagnosis, color: boolean): string {
  const b = (s: string): string => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const out: string[] = [];
  if (file) out.push(b(file), '');
  for (const r of d.records) {
    out.push(b(r.recipient ?? '(recipient not named in the report)'));
    const rows: [string, string][] = [['What happened', whatHappened(r)]];
    if (r.diagnosticCode) rows.push(['Server said', r.diagnosticCode]);
    else if (r.status || r.replyCode) rows.push(['Code', [r.replyCode, r.status].filter(Boolean).join(' ')]);
    if (r.remoteMta) rows.push(['Rejected by', r.remoteMta]);
    else if (r.kind === 'bounce' && r.reportingMta) rows.push(['Rejected by', `${r.reportingMta} (no remote server named: the reporting server refused or gave up)`]);
    if (r.reportingMta) rows.push(['Report by', r.reportingMta]);
    if (r.command) rows.push(['SMTP step', r.command]);
    rows.push(['Reason', `${r.reason}: ${REASONS[r.reason].summary}`]);
    if (r.explanation.kbId) rows.push(['Cause', r.explanation.cause]);
    const dom = domainOf(r.recipient);
    rows.push(['Who must act', WHO[r.explanation.owner] + (r.explanation.owner === 'recipient-admin' && dom ? ` (${dom})` : '')]);
    for (const [k, label] of FIX_LABEL) {
      const fix = r.explanation.fix[k];
      if (fix) rows.push([`${label} can`, fix]);
    }
    if (r.explanation.kbId) rows.push(['Reference', r.explanation.kbId]);
    if (r.original.subject || r.original.messageId) rows.push(['Original', [r.original.subject && `"${r.original.subject}"`, r.original.date, r.original.messageId && `<${r.original.messageId}>`].filter(Boolean).join(' ')]);
    for (const [k, v] of rows) out.push(`  ${(k + ':').padEnd(15)} ${v}`);
    out.push('');
  }
  for (const w of d.warnings) out.push(`warning: ${w}`);
  return out.join('\n').replace(/\n*$/, '\n');
}

/** A message's name in the output: the path, with its position when its mbox or folder held several. */
function label(item: { file: string; message?: number }): string {
  const name = item.file === '' ? 'standard input' : item.file;
  return item.message === undefined ? name : `${name} (message ${item.message})`;
}

/**
 * One element of the `--json` array, as `JSON.stringify(array, null, 2)` prints it: each line
 * indented two spaces (JSON strings hold no raw line break, so every "\n" is between tokens).
 */
function arrayElement(value: unknown): string {
  return '  ' + JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}

/**
 * Runs `ndr diagnose`. Exported for tests. One message is printed as before (text, or
 * `{ records, headers? }` with `--json`); an mbox of several messages or a folder gives one
 * section per message (with `--json`, an array of `{ file, message?, records, headers? }`).
 * Both forms are written as each message is read, waiting when standard output is full, so a
 * mailbox of any size is diagnosed in flat memory; the JSON array is byte-identical to
 * `JSON.stringify(all, null, 2)`.
 */
export async function runDiagnose(path: string | undefined, opts: { json?: boolean }, ctx: CliContext): Promise<number> {
  const p = path ?? '-';
  const [{ readInputs }, { diagnoseBounce }] = await Promise.all([import('../../io/read-inputs.js'), import('../../parse/diagnose-bounce.js')]);
  let isFolder = false;
  if (p !== '-') {
    try {
      isFolder = (await stat(p)).isDirectory();
    } catch {
      // readInputs reports it
    }
  }
  let openFailed = false;
  let dataError = false;
  let found = 0;
  let seen = 0;
  /** Elements of the JSON array written so far (the array is open once one is). */
  let written = 0;
  let single: BounceDiagnosis | null = null;
  for await (const item of readInputs([p], ctx.stdin)) {
    if (item.kind === 'error') {
      if (item.code === 'ERR_TOO_LARGE') dataError = true;
      else openFailed = true;
      ctx.stderr.write(`ndr diagnose: ${item.file || 'standard input'}: ${item.message}\n`);
      continue;
    }
    seen++;
    let d: BounceDiagnosis;
    try {
      d = await diagnoseBounce(item.bytes, { file: item.file });
    } catch (err) {
      if (err instanceof NdrkitError) {
        dataError = true;
        ctx.stderr.write(`ndr diagnose: ${label(item)}: ${err.message}\n`);
        continue;
      }
      throw err;
    }
    if (d.records.length > 0) found++;
    const sectioned = isFolder || item.message !== undefined;
    if (opts.json) {
      if (sectioned) {
        const element = { file: item.file, ...(item.message === undefined ? {} : { message: item.message }), records: d.records, ...(d.headers !== undefined ? { headers: d.headers } : {}) };
        await writeOut(ctx.stdout, (written === 0 ? '[\n' : ',\n') + arrayElement(element));
        written++;
      } else single = d;
      continue;
    }
    if (seen > 1) await writeOut(ctx.stdout, '\n');
    if (d.records.length === 0) await writeOut(ctx.stdout, `${label(item)}: not a bounce, delay notice, complaint or auto-reply that ndrkit can read.\n`);
    else await writeOut(ctx.stdout, renderDiagnosis(sectioned ? label(item) : item.file, d, useColor(ctx, 'stdout')));
  }
  if (opts.json) {
    if (written > 0) await writeOut(ctx.stdout, '\n]\n');
    else if (isFolder) await writeOut(ctx.stdout, '[]\n');
    else if (single) await writeOut(ctx.stdout, JSON.stringify({ records: single.records, ...(single.headers !== undefined ? { headers: single.headers } : {}) }, null, 2) + '\n');
  }
  if (openFailed) return EXIT.noInput;
  if (dataError) return EXIT.dataError;
  return found > 0 ? EXIT.ok : EXIT.nothingFound;
}

/** Registers `ndr diagnose`. */
export function registerDiagnose(program: Command, ctx: CliContext): void {
  program
    .command('diagnose')
    .description('Explain one bounce: per recipient what happened, who rejected it, why, who must act and how')
    .argument('[path]', 'the bounce (.eml, pasted NDR text, an mbox or a folder); "-" or none for standard input')
    .option('--json', 'print { records, headers? } as JSON')
    .action(async (file: string | undefined, opts: { json?: boolean }) => {
      ctx.exitCode = await runDiagnose(file, opts, ctx);
    });
}
