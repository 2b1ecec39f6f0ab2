/**
 * DragonFly Mail Agent (dma) bounces: plain text, one recipient per message.
 *
 *     This is the DragonFly Mail Agent v0.13 at df.example.jp.
 *
 *     There was an error delivering your mail to <user@example.org>.
 *
 *     mx.example.org [192.0.2.25] did not like our RCPT TO:
 *     550 5.1.1 <user@example.org>: Recipient address rejected: User unknown
 *
 *     Message headers follow.
 */
import { cleanAddress } from '../dsn/address.js';
import { normalizeCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence } from './evidence.js';
import { hasMarker, hostOf, joinReply, linesOf, reportText } from './text-report.js';
import type { Detection, Detector } from './types.js';

const MARKER = 'This is the DragonFly Mail Agent';
const END = ['Message headers follow.', 'Original message follows.'];
const RECIPIENT = /^There was an error delivering your mail to <([^>\s]{3,320})>/;
const DID_NOT_LIKE = /^(\S{1,255})(?: \[[0-9A-Fa-f.:]{2,45}\])? did not like our ((?:final )?DATA|RCPT TO|MAIL FROM|EHLO|HELO|STARTTLS|AUTH|QUIT)\b/;

/**
 * DragonFly Mail Agent (dma): claims a report opening "This is the DragonFly Mail Agent"; reads the
 * recipient, the remote host and command of "did not like our ...", and the reply after it.
 */
export const dragonfly: Detector = {
  id: 'dragonfly',
  description: 'DragonFly Mail Agent (dma) bounces ("This is the DragonFly Mail Agent")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, MARKER)) return null;
    const lines = linesOf(reportText(text, END));
    const start = lines.findIndex((l) => l.startsWith(MARKER));
    const reportingMta = /\bat ([A-Za-z0-9.-]{1,253}?)\.?$/.exec((lines[start] ?? '').trim())?.[1] ?? '';
    let recipient = '';
    let remoteMta = '';
    let command = '';
    const ev: Evidence[] = [];
    const reply: string[] = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line === '') {
        if (reply.length > 0) break;
        continue;
      }
      const r = RECIPIENT.exec(line);
      if (r) {
        recipient = cleanAddress(r[1] as string);
        ev.push(evidence('body', line));
        continue;
      }
      if (recipient === '') continue;
      const d = DID_NOT_LIKE.exec(line);
      if (d) {
        remoteMta = hostOf(d[1] as string);
        command = normalizeCommand((d[2] as string).replace(/^final /, ''));
        ev.push(evidence('body', line));
        continue;
      }
      reply.push(line);
    }
    if (recipient === '') return null;
    const diagnosticCode = joinReply(reply);
    if (diagnosticCode) ev.push(evidence('body', diagnosticCode));
    return {
      recipients: [{ recipient, action: 'failed', diagnosticCode, remoteMta, command, evidence: ev }],
      reportingMta,
    };
  },
};
