/**
 * Reader for the text part of sendmail-style reports, shared by the detectors of the systems
 * that write it (sendmail 8, sendmail 5, and appliances that copy its layout). Pure; knows no
 * detector.
 *
 *        ----- The following addresses had permanent fatal errors -----
 *     <user@example.org>
 *         (reason: 550 5.1.1 <user@example.org>... User unknown)
 *
 *        ----- Transcript of session follows -----
 *     ... while talking to mx.example.org.:
 *     >>> RCPT To:<user@example.org>
 *     <<< 550 5.1.1 <user@example.org>... User unknown
 *     550 5.1.1 <user@example.org>... User unknown
 */
import { cleanAddress } from '../dsn/address.js';
import { normalizeCommand } from '../dsn/smtp-command.js';
import { joinReply } from './text-report.js';

/** What one recipient's lines in the report say. */
export interface SendmailRecipient {
  readonly recipient: string;
  /** `(reason: ...)` from the fatal-errors list. */
  reason: string;
  /** The remote server's reply (`<<<` lines) that concerns this recipient. */
  reply: string;
  /** sendmail's own `NNN <addr>... text` line. */
  line: string;
  remoteMta: string;
  command: string;
  /** The lines the facts came from. */
  readonly evidence: string[];
}

/** The parsed report text. */
export interface SendmailReport {
  /** Recipients in the order first named. */
  readonly recipients: SendmailRecipient[];
  /** Transcript lines that name no recipient (a local mailer's output, host-level replies). */
  readonly other: string[];
  /** Remote replies (`<<<` lines, joined) that no recipient line claimed, with their exchange. */
  readonly replies: { text: string; command: string; remoteMta: string }[];
  /** `NNN host (smtp)... text` lines: failures of a whole destination host (sendmail 5). */
  readonly hostLines: { host: string; text: string; line: string }[];
}

const FATAL = /^-{3,} ?The following addresses? had (?:permanent fatal errors|delivery problems|transient non-fatal errors)/i;
const TRANSCRIPT = /^-{3,} ?Transcript of session follows/i;
const SECTION = /^-{3,} ?\S/;
const TALKING = /^(?:\.\.\. )?while talking to ([A-Za-z0-9][A-Za-z0-9.:-]{0,252}?)\.?:$/i;
const SENT = /^>>> ?(.*)$/;
const RECEIVED = /^<<< ?(.*)$/;
/** `550 5.1.1 <user@host>... text`, `554 <user@host>... text` or `<user@host>... Deferred: text` */
const ADDRESS_LINE = /^(?:([245]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))? )?<?([^\s<>@]{1,320}@[^\s<>.]{1,63}(?:\.[^\s<>.]{1,63}){0,20})>?\.\.\. ?(.*)$/;
/** `550 host.example (smtp)... text` (sendmail 5). */
const HOST_LINE = /^([245]\d\d) ([A-Za-z0-9][A-Za-z0-9.-]{0,252}) \((?:smtp|tcp|esmtp)\)\.\.\. ?(.*)$/i;
const LIST_ADDRESS = /^(?:>>> ?)?<?([^\s<>()@]{1,320}@[^\s<>()]{1,255}?)>?(?:\s+<[^<>\s]{1,320}>)?(?:\s+\(.*\))?$/;
const REASON = /^\(reason: ?(.*?)\)?$/i;

/** Removes a forwarding quote prefix (`> `), keeping sendmail's own `>>>` / `<<<` markers. */
function unquote(raw: string): string {
  let l = raw;
  for (let i = 0; i < 4; i++) {
    if (l.startsWith('>>>> ') || l === '>>>>') l = l.slice(1);
    else if (l.startsWith('> ')) l = l.slice(2);
    else if (l === '>') l = '';
    else break;
  }
  return l;
}

/**
 * Reads the fatal-error list and the session transcript from the report text (the part before
 * the delivery-status or returned message). Lines may carry a `> ` quoting prefix (a forwarded
 * report); it is removed.
 */
export function readSendmailText(lines: readonly string[]): SendmailReport {
  const byAddr = new Map<string, SendmailRecipient>();
  const recipients: SendmailRecipient[] = [];
  const other: string[] = [];
  const replies: { text: string; command: string; remoteMta: string }[] = [];
  const hostLines: { host: string; text: string; line: string }[] = [];
  const get = (addr: string): SendmailRecipient => {
    const k = addr.toLowerCase();
    let r = byAddr.get(k);
    if (!r) {
      r = { recipient: addr, reason: '', reply: '', line: '', remoteMta: '', command: '', evidence: [] };
      byAddr.set(k, r);
      recipients.push(r);
    }
    return r;
  };
  let section = '';
  let last: SendmailRecipient | null = null;
  // Transcript state: the current host, the last command sent and the reply lines received.
  let host = '';
  let command = '';
  let commandAddr = '';
  let reply: string[] = [];
  const flushReply = (target: SendmailRecipient | null): void => {
    if (reply.length === 0) return;
    const text = joinReply(reply);
    if (target && target.reply === '') {
      target.reply = text;
      target.remoteMta ||= host;
      target.command ||= command;
    } else if (!target) replies.push({ text, command, remoteMta: host });
    reply = [];
  };
  for (const raw of lines) {
    const line = unquote(raw).trim();
    if (line === '') continue;
    if (FATAL.test(line)) {
      section = 'fatal';
      continue;
    }
    if (TRANSCRIPT.test(line)) {
      section = 'transcript';
      continue;
    }
    if (SECTION.test(line) && /-{3,}$/.test(line)) {
      section = '';
      continue;
    }
    if (section === 'fatal') {
      const rs = REASON.exec(line);
      if (rs && last) {
        last.reason = rs[1] as string;
        last.evidence.push(line);
        continue;
      }
      const a = LIST_ADDRESS.exec(line);
      if (a) {
        const addr = cleanAddress(a[1] as string);
        if (addr !== '') {
          last = get(addr);
          last.evidence.push(line);
        }
      }
      continue;
    }
    if (section !== 'transcript') continue;
    const t = TALKING.exec(line);
    if (t) {
      flushReply(null);
      host = t[1] as string;
      command = '';
      commandAddr = '';
      continue;
    }
    const s = SENT.exec(line);
    if (s) {
      flushReply(commandAddr !== '' ? get(commandAddr) : null);
      const sent = s[1] as string;
      command = normalizeCommand(sent.split(/[:<]/)[0] ?? '');
      commandAddr = command === 'RCPT' ? cleanAddress(sent) : '';
      continue;
    }
    const rc = RECEIVED.exec(line);
    if (rc) {
      // A reply before anything was sent is the server's greeting.
      if (command === '' && reply.length === 0) command = 'CONN';
      reply.push(rc[1] as string);
      continue;
    }
    const al = ADDRESS_LINE.exec(line);
    if (al) {
      const addr = cleanAddress(al[3] as string);
      if (addr !== '') {
        const r = get(addr);
        flushReply(commandAddr === '' || commandAddr.toLowerCase() === addr.toLowerCase() ? r : get(commandAddr));
        if (r.line === '') r.line = line;
        r.remoteMta ||= host;
        r.command ||= command;
        r.evidence.push(line);
        continue;
      }
    }
    const hl = HOST_LINE.exec(line);
    if (hl) {
      // A line about another host closes the current exchange.
      if ((hl[2] as string).toLowerCase() !== host.toLowerCase()) {
        flushReply(null);
        host = hl[2] as string;
        command = '';
        commandAddr = '';
      }
      hostLines.push({ host, text: hl[3] as string, line });
      continue;
    }
    other.push(line);
  }
  flushReply(commandAddr !== '' ? get(commandAddr) : null);
  return { recipients, other, replies, hostLines };
}
