/**
 * Yahoo Mail's bounces ("Failure Notice"), written by Yahoo's outbound servers (Yahoo, AOL,
 * Yahoo! JAPAN) for mail their users sent:
 *
 *     Sorry, we were unable to deliver your message to the following address.
 *
 *     <user@example.org>:
 *     Remote host said: 550 5.1.1 <user@example.org>... User Unknown [RCPT_TO]
 *
 *     --- Below this line is a copy of the message.
 *
 * The bracketed tag names the SMTP stage that failed.
 */
import { findCommand, normalizeCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { angleBlocks, hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const OPENING = 'Sorry, we were unable to deliver your message to the following address';
const END_MARKERS = ['--- Below this line is a copy of the message'];
/** The SMTP stage tag Yahoo appends: "[RCPT_TO]", "[MAIL_FROM]", "[DATA]". */
const STAGE = /\[(RCPT_TO|MAIL_FROM|DATA|CONNECT|EHLO|HELO)\]\s*$/;

/**
 * The Yahoo "Failure Notice" detector: one record per `<address>:` block.
 * @example yahoo.detect(parseMessage(bytes))?.recipients[0]?.command // 'RCPT'
 */
export const yahoo: Detector = {
  id: 'yahoo',
  description: 'Yahoo Mail / AOL / Yahoo! JAPAN "Failure Notice" bounces',
  markers: { body: [OPENING] },
  detect(message: ParsedMessage): Detection | null {
    if (!message.headers.get('subject').startsWith('Failure Notice')) return null;
    const body = message.flatText;
    if (!hasMarker(body, OPENING)) return null;
    const blocks = angleBlocks(linesOf(reportText(body, END_MARKERS)));
    const recipients: RecipientReport[] = [];
    for (const b of blocks) {
      let text = squeeze(b.lines.join(' '));
      let command = '';
      const stage = STAGE.exec(text);
      if (stage) {
        command = normalizeCommand((stage[1] as string).replace('_', ' '));
        text = text.slice(0, stage.index).trim();
      }
      // "Remote host said: 550 ..." / "550: 5.2.2 ..." -> the reply itself.
      const diag = text.replace(/^Remote host said:\s*/i, '').replace(/^([245]\d\d):\s+/, '$1 ');
      recipients.push({
        recipient: b.recipient,
        action: 'failed',
        diagnosticCode: diag,
        command: command || findCommand(diag),
        evidence: [evidence('body', b.line), evidence('body', b.lines.join(' '))],
      });
    }
    return recipients.length > 0 ? { recipients } : null;
  },
};
