/**
 * Postfix bounces whose delivery-status part is missing or names no recipient (old Postfix,
 * reports rewritten by a provider), read from the text Postfix writes before it:
 *
 *     This is the mail system at host mx.example.jp.
 *     ...
 *     <user@example.org>: host mx.example.org[192.0.2.22] said: 550 5.1.1
 *         <user@example.org>: User unknown (in reply to RCPT TO command)
 *
 * Reports with a usable delivery-status part are left to the RFC 3464 reader. Also reads the
 * "Postfix SMTP server: errors from ..." notices Postfix sends the postmaster.
 */
import { cleanAddress } from '../dsn/address.js';
import { findCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { isDelaySubject } from './report-wording.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const MARKERS = ['This is the mail system at host', 'This is the Postfix program at host'];
const BLOCK = /^<([^<>\s@]{1,320}@[^<>\s]{1,255})>(?: \(expanded from <[^<>]{1,400}>\))?:[ \t]*(.*)$/;
const HOST = /\bhost ([A-Za-z0-9][A-Za-z0-9.-]{0,252})\[/;
const SERVER_NOTICE = /^Postfix SMTP server: errors from /;
/**
 * Lines only Postfix's delay template writes: its banner and its retry promise (older and newer
 * wordings). A report carrying one tells of mail still queued, not returned.
 */
const DELAY_LINE = /THIS IS A WARNING ONLY\.\s+YOU DO NOT NEED TO RESEND|\bMessage will be retried for \d{1,4} more day|\bIt will be retried until it is \d{1,4} day/;

/** The delay template's line in the report text, or "" for a report of returned mail. */
function delayLine(lines: readonly string[]): string {
  for (const l of lines) {
    const m = DELAY_LINE.exec(l.length > 400 ? l.slice(0, 400) : l);
    if (m) return l.trim();
  }
  return '';
}

function hasRecipientDsn(message: ParsedMessage): boolean {
  return message.parts.some((p) => (p.contentType === 'message/delivery-status' || p.contentType === 'message/global-delivery-status') && /(?:^|\n)(?:final|original)-recipient[ \t]*:/i.test(p.text));
}

/** "Postfix SMTP server: errors from host": the recipient is in the transcript's RCPT TO. */
function serverNotice(message: ParsedMessage): Detection | null {
  const lines = linesOf(reportText(message.flatText, ['Content-Type: message/']));
  let recipient = '';
  let reply = '';
  let command = '';
  const ev: Evidence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const rcpt = /^In:\s+RCPT TO:\s*<([^<>\s]{1,320})>/i.exec(line);
    if (rcpt) {
      recipient = cleanAddress(rcpt[1] as string);
      ev.push(evidence('body', line));
      continue;
    }
    const out = /^Out:\s+([45]\d\d\b.*)$/.exec(line);
    if (out && recipient !== '') {
      reply = out[1] as string;
      const prev = [...lines.slice(Math.max(0, i - 4), i)].reverse().find((l) => /^\s*In:\s+\S/.test(l)) ?? '';
      command = /^\s*In:\s+(\S+)/.exec(prev)?.[1]?.toUpperCase() ?? '';
      ev.push(evidence('body', line));
    }
  }
  if (recipient === '' || reply === '') return null;
  return { recipients: [{ recipient, action: 'failed', diagnosticCode: squeeze(reply), command: ['RCPT', 'MAIL', 'DATA', 'EHLO', 'HELO'].includes(command) ? command : '', evidence: ev }] };
}

/**
 * Postfix: claims "This is the mail system at host" text when no delivery-status part names a
 * recipient (and "Postfix SMTP server: errors from" postmaster notices); reads each `<address>:`
 * block's host, command and reply, as delays when the report is a delay notice.
 */
export const postfix: Detector = {
  id: 'postfix',
  description: 'Postfix bounces without a usable delivery-status part ("This is the mail system at host")',
  detect(message: ParsedMessage): Detection | null {
    if (SERVER_NOTICE.test(message.headers.get('subject'))) return serverNotice(message);
    const text = message.flatText;
    const marker = MARKERS.find((m) => hasMarker(text, m));
    if (marker === undefined || hasRecipientDsn(message)) return null;
    const lines = linesOf(reportText(text, ['Content-Type: message/']));
    const head = lines.find((l) => l.includes(marker)) ?? '';
    const reportingMta = /at host ([A-Za-z0-9.-]{1,253}?)\.?\s*$/.exec(head)?.[1] ?? '';
    const subject = message.headers.get('subject');
    const warning = delayLine(lines);
    const delayed = warning !== '' || isDelaySubject(subject);
    const reportEv: Evidence[] = warning !== '' ? [evidence('body', warning)] : delayed ? [evidence('header:Subject', subject)] : [];
    const recipients: RecipientReport[] = [];
    let cur: { recipient: string; words: string[]; ev: Evidence[] } | null = null;
    const flush = (): void => {
      if (!cur) return;
      const diag = squeeze(cur.words.join(' '));
      recipients.push({ recipient: cur.recipient, action: delayed ? 'delayed' : 'failed', diagnosticCode: diag, remoteMta: HOST.exec(diag)?.[1] ?? '', command: findCommand(diag), evidence: [...reportEv, ...cur.ev] });
      cur = null;
    };
    for (const raw of lines) {
      const m = BLOCK.exec(raw);
      if (m) {
        flush();
        const recipient = cleanAddress(m[1] as string);
        if (recipient !== '') cur = { recipient, words: [m[2] as string], ev: [evidence('body', raw)] };
        continue;
      }
      if (!cur) continue;
      if (/^[ \t]+\S/.test(raw)) {
        cur.words.push(raw.trim());
        cur.ev.push(evidence('body', raw));
      } else flush();
    }
    flush();
    return recipients.length === 0 ? null : { recipients, reportingMta };
  },
};
