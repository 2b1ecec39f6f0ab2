/**
 * Reads the facts a pasted NDR states about where the failure happened: the server that wrote
 * the NDR, the remote server that refused the message, and the failed recipients. Used to decide
 * who must act when that depends on the place (see kb/owner-rules.ts). Line-based, bounded scans.
 */
import type { NdrContext } from '../types.js';

const MAX_RECIPIENTS = 20;
const MAX_LINES = 2_000;
const MAX_LINE = 1_000;

const HOST = '([A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9-]{1,63}){1,10})';
const GENERATING = new RegExp(`^\\s*Generating server:\\s*${HOST}?`, 'i');
const REMOTE_PATTERNS: readonly RegExp[] = [
  // Old Exchange layout: `mail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 ...> #SMTP#`
  new RegExp(`^\\s*${HOST}\\s+#<`),
  new RegExp(`The following organization rejected your message:\\s*${HOST}`, 'i'),
  new RegExp(`^\\s*Remote server:\\s*${HOST}`, 'i'),
  new RegExp(`^\\s*Remote-MTA:\\s*dns;\\s*${HOST}`, 'i'),
  new RegExp(`host\\s+${HOST}\\[[0-9a-fA-F.:]{2,45}\\]\\s+said:`, 'i'),
];
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})/g;
const END_OF_REPORT = /^\s*(?:Original message headers|-{2,}\s*Original message|Received:|Return-Path:)/i;
const SENDER_LINE = /^\s*(?:From|Sender|Reply-To|Return-Path|X-Sender):/i;

/**
 * The facts the NDR states, or null when it states none of them.
 *
 * @example readNdrContext('ronald@contoso.com\nmail.contoso.com #<x #5.7.1 smtp;530 5.7.1 ...> #SMTP#')
 * // { generatingServer: '', remoteServer: 'mail.contoso.com', recipients: ['ronald@contoso.com'], rejectedByRecipientDomain: true }
 */
export function readNdrContext(text: string): NdrContext | null {
  let generatingServer = '';
  let remoteServer = '';
  const recipients: string[] = [];
  const lines = text.split('\n', MAX_LINES);
  let pendingGenerating = false;
  for (const raw of lines) {
    const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
    if (END_OF_REPORT.test(line)) break;
    if (pendingGenerating && line.trim() !== '') {
      const m = new RegExp(`^\\s*${HOST}\\s*$`).exec(line);
      if (m) generatingServer = (m[1] as string).toLowerCase();
      pendingGenerating = false;
    }
    const g = GENERATING.exec(line);
    if (g) {
      if (g[1]) generatingServer = g[1].toLowerCase();
      else pendingGenerating = true;
    }
    if (remoteServer === '') {
      for (const p of REMOTE_PATTERNS) {
        const m = p.exec(line);
        if (m) {
          remoteServer = (m[1] as string).toLowerCase().replace(/\.$/, '');
          break;
        }
      }
    }
    if (!line.includes('@') || SENDER_LINE.test(line) || recipients.length >= MAX_RECIPIENTS) continue;
    EMAIL.lastIndex = 0;
    let e: RegExpExecArray | null;
    while ((e = EMAIL.exec(line)) !== null && recipients.length < MAX_RECIPIENTS) {
      const addr = e[0].toLowerCase();
      if (!recipients.includes(addr)) recipients.push(addr);
    }
  }
  if (generatingServer === '' && remoteServer === '' && recipients.length === 0) return null;
  return { generatingServer, remoteServer, recipients, rejectedByRecipientDomain: rejectedByRecipientDomain(remoteServer, recipients) };
}

/** Whether `host` is, or is under, the domain of one of `recipients`. */
export function rejectedByRecipientDomain(host: string, recipients: readonly string[]): boolean {
  if (host === '') return false;
  const h = host.toLowerCase();
  return recipients.some((r) => {
    const d = r.slice(r.lastIndexOf('@') + 1).toLowerCase();
    return d !== '' && (h === d || h.endsWith(`.${d}`));
  });
}
