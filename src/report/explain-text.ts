/**
 * Renders an explain result as text for a terminal: the answer first (what it is, who must act,
 * what each party should do, where to read more), the details after. Colour is optional and
 * decided by the caller (a TTY without NO_COLOR); widths are the caller's too. Pure: no I/O.
 */
import type { ExplainMatch, ExplainResult, KbFix, Owner } from '../types.js';

/** Options of {@link renderExplainText}. */
export interface ExplainTextOptions {
  /** Use ANSI colours and bold (default false). */
  readonly color?: boolean;
  /** Wrap prose at this many columns (default 100; minimum 40). */
  readonly width?: number;
  /** Other matches listed after the best one (default 4). */
  readonly others?: number;
}

const OWNER_TEXT: Readonly<Record<Owner, string>> = {
  sender: 'the sender',
  'sender-admin': "the sender's email admin",
  'recipient-admin': "the recipient's email admin",
  service: 'the mail service',
  none: 'nobody for now: it is temporary and the sending server retries',
};

const FIX_LABELS: readonly (readonly [keyof KbFix, string])[] = [
  ['sender', 'Sender'],
  ['senderAdmin', "Sender's admin"],
  ['recipientAdmin', "Recipient's admin"],
  ['service', 'Mail service'],
];

const SOURCE_TEXT: Readonly<Record<ExplainMatch['source'], string>> = {
  'exchange-online': 'Exchange Online',
  'exchange-server': 'Exchange Server',
  'outlook-com': 'Outlook.com',
  gmail: 'Gmail',
  yahoo: 'Yahoo',
  iana: 'the status code registry',
  rfc5321: 'RFC 5321',
};

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  label(s: string): string;
  bad(s: string): string;
  warn(s: string): string;
}

function style(color: boolean): Style {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), label: wrap(36, 39), bad: wrap(31, 39), warn: wrap(33, 39) };
}

/** Wraps `text` at `width` columns, every line after the first indented by `indent` spaces. */
function wrap(text: string, width: number, indent: number, firstUsed = indent): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  let used = firstUsed;
  for (const w of words) {
    if (line !== '' && used + 1 + w.length > width) {
      lines.push(line);
      line = w;
      used = indent + w.length;
    } else {
      line = line === '' ? w : `${line} ${w}`;
      used += (line === w ? 0 : 1) + w.length;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** The codes found, the first three of them (a whole NDR can hold many). */
function codeLine(result: ExplainResult): string {
  const shown = result.codes.slice(0, 3).map((c) => [c.basic, c.enhanced].filter((x) => x !== '').join(' '));
  return result.codes.length > 3 ? `${shown.join(', ')}, ...` : shown.join(', ');
}

/**
 * The text report of an explain result.
 *
 * @example renderExplainText(explain('550 5.7.124 Sender not in allowed-senders list'))
 */
export function renderExplainText(result: ExplainResult, options: ExplainTextOptions = {}): string {
  const s = style(options.color === true);
  const width = Math.max(40, options.width ?? 100);
  const out: string[] = [];
  const best = result.matches[0];
  if (!best) {
    out.push(s.bold('Nothing to explain.'));
    for (const w of result.warnings) out.push(wrap(w, width, 0));
    return `${out.join('\n')}\n`;
  }
  const codes = codeLine(result);
  // A basic-code meaning's title already opens with its code ("421: ...").
  const heading = codes === '' || best.title.startsWith(`${codes}: `) ? best.title : `${codes}: ${best.title}`;
  out.push(s.bold(wrap(heading, width, 2, 0)));
  // Wrapped as plain text, then styled, so escape codes do not count towards the width.
  const kind = best.permanent ? 'Permanent failure' : 'Temporary failure';
  const status = wrap(`${kind} · reason ${best.reason} · who must act: ${OWNER_TEXT[best.owner]}`, width, 2, 0);
  out.push(status.replace(kind, best.permanent ? s.bad(kind) : s.warn(kind)).replace('who must act:', s.bold('who must act:')));
  if (best.ownerNote) out.push(s.dim(wrap(best.ownerNote, width, 0)));
  out.push('');
  out.push(`${s.label('Cause')}  ${wrap(best.cause, width, 7, 7)}`);
  const fixes = FIX_LABELS.filter(([k]) => best.fix[k] !== undefined && best.fix[k] !== '');
  if (fixes.length > 0) {
    out.push('');
    out.push(s.label('What to do'));
    for (const [k, label] of fixes) {
      const pad = `  ${label}:`.padEnd(21);
      out.push(`${pad}${wrap(best.fix[k] as string, width, 21, 21)}`);
    }
  }
  if (best.references.length > 0) {
    out.push('');
    out.push(s.label('Read more'));
    for (const r of best.references) out.push(`  ${r}`);
  }
  out.push('');
  const how: string[] = [];
  if (best.matchedCode !== '') how.push(`the code ${best.matchedCode}`);
  if (best.matchedText !== '') how.push(`the reply text "${best.matchedText}"`);
  out.push(s.dim(wrap(`Found by ${how.join(' and ') || 'the text'}, from ${SOURCE_TEXT[best.source]} (${best.id}).`, width, 0)));
  if (result.ndr && (result.ndr.remoteServer !== '' || result.ndr.generatingServer !== '')) {
    const parts: string[] = [];
    if (result.ndr.remoteServer !== '') parts.push(`refused by ${result.ndr.remoteServer}`);
    if (result.ndr.generatingServer !== '') parts.push(`report written by ${result.ndr.generatingServer}`);
    if (result.ndr.recipients.length > 0) parts.push(`for ${result.ndr.recipients.slice(0, 3).join(', ')}`);
    out.push(s.dim(wrap(`The NDR says: ${parts.join('; ')}.`, width, 0)));
  }
  const others = result.matches.slice(1, 1 + Math.max(0, options.others ?? 4));
  if (others.length > 0) {
    out.push('');
    out.push(s.label('Other possible meanings'));
    for (const m of others) {
      const codesOf = m.codes.length > 0 ? ` [${m.codes.join(', ')}]` : '';
      out.push(`  - ${wrap(`${m.title}${codesOf} (${SOURCE_TEXT[m.source]}; ${OWNER_TEXT[m.owner]})`, width, 4, 4)}`);
    }
    const rest = result.matches.length - 1 - others.length;
    if (rest > 0) out.push(s.dim(`  ... and ${rest} more (--all, or --json)`));
  }
  if (result.warnings.length > 0) {
    out.push('');
    for (const w of result.warnings) out.push(s.warn(wrap(`Note: ${w}`, width, 6)));
  }
  return `${out.join('\n')}\n`;
}
