/**
 * Bounces from United Internet's mail platform (GMX, WEB.DE, 1&1 / IONOS): Exim-like text that
 * ends with "--- The header of the original message is following. ---".
 *
 *     The following address failed:
 *     "user@example.org":
 *     SMTP error from remote server after RCPT command:
 *     host: mx.example.org
 *     5.2.2 <user@example.org>... Mailbox Full
 *
 * or `user@example.org` / `For the following reason:` / `Mail size limit exceeded.`
 */
import { cleanAddress } from '../dsn/address.js';
import { findCommand, normalizeCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const END = '--- The header of the original message is following. ---';
const ADDRESS_LINE = /^["<]?([^\s"<>@]{1,128}@[A-Za-z0-9.-]{1,255})[">]?:?$/;
const LABEL = /^(?:Reason:|For the following reason:)$/i;
const HOST = /\bhost:?\s+([A-Za-z0-9][A-Za-z0-9.-]{0,252})/i;
const FOR_COMMAND = /\b(?:for|after) (RCPT|MAIL|DATA|TEXT|EHLO|HELO)\b(?: TO| FROM)? command/i;

/**
 * GMX, WEB.DE and 1&1 / IONOS: claims a report ending in "--- The header of the original message is
 * following. ---"; reads each failed address with its host, command and reason.
 */
export const unitedInternet: Detector = {
  id: 'united-internet',
  description: 'GMX, WEB.DE and 1&1 / IONOS bounces ("--- The header of the original message is following. ---")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, END, 64 * 1024)) return null;
    const lines = linesOf(reportText(text, [END]));
    const start = lines.findIndex((l) => /\bfailed:\s*$/.test(l));
    if (start < 0) return null;
    const recipients: RecipientReport[] = [];
    let cur: { recipient: string; words: string[]; ev: Evidence[] } | null = null;
    const flush = (): void => {
      if (!cur) return;
      const diag = squeeze(cur.words.join(' '));
      const cmd = FOR_COMMAND.exec(diag)?.[1] ?? '';
      recipients.push({
        recipient: cur.recipient,
        action: 'failed',
        diagnosticCode: diag,
        remoteMta: HOST.exec(diag)?.[1] ?? '',
        command: cmd.toUpperCase() === 'TEXT' ? 'DATA' : normalizeCommand(cmd) || findCommand(diag),
        evidence: cur.ev,
      });
      cur = null;
    };
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      const m = ADDRESS_LINE.exec(line);
      if (m) {
        flush();
        const recipient = cleanAddress(m[1] as string);
        if (recipient !== '') cur = { recipient, words: [], ev: [evidence('body', line)] };
        continue;
      }
      if (!cur || line === '' || LABEL.test(line)) continue;
      cur.words.push(line);
      cur.ev.push(evidence('body', line));
    }
    flush();
    return recipients.length === 0 ? null : { recipients };
  },
};
