/**
 * m-FILTER (Digital Arts) bounces: Japanese text with ASCII section markers.
 *
 *     以下のメールアドレスへの送信に失敗しました。
 *     user@example.org
 *     -------server message
 *     550 5.1.1 <user@example.org>: Recipient address rejected: User unknown
 *     -------SMTP command
 *     DATA
 *     -------original message
 */
import { cleanAddress, isAddress } from '../dsn/address.js';
import { normalizeCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

/** m-FILTER names itself in X-Mailer. */
const M_FILTER = /^m-FILTER/;
/** Its reply section, which a pasted or inline-forwarded report keeps. */
const SERVER_MESSAGE = '\n-------server message';

/**
 * m-FILTER (Digital Arts): claims an `X-Mailer: m-FILTER` report; reads the addresses, the
 * "-------server message" reply and the "-------SMTP command" section.
 */
export const mfilter: Detector = {
  id: 'mfilter',
  description: 'm-FILTER bounces (X-Mailer: m-FILTER, or its "-------server message" marker and name in the text)',
  markers: { headers: [{ name: 'x-mailer', test: M_FILTER }], body: [SERVER_MESSAGE] },
  detect(message: ParsedMessage): Detection | null {
    // Its X-Mailer, or (forwarded inline or pasted, the header gone) its own section marker
    // with its name in the text, as m-FILTER writes both.
    if (!M_FILTER.test(message.headers.get('x-mailer')) && !(hasMarker(message.flatText, SERVER_MESSAGE) && hasMarker(message.flatText, 'm-FILTER'))) return null;
    const lines = linesOf(reportText(message.flatText, ['-------original mail info', '-------original message', 'Content-Type: message/']));
    const recipients: RecipientReport[] = [];
    let section = '';
    let pending: string[] = [];
    const server: string[] = [];
    const ev: Evidence[] = [];
    let command = '';
    for (const raw of lines) {
      const line = raw.trim();
      if (line.startsWith('-------')) {
        section = line.slice(7).trim().toLowerCase();
        continue;
      }
      if (line === '') continue;
      if (section === '' && line.length <= 320 && line.includes('@') && isAddress(line)) {
        pending.push(line);
        ev.push(evidence('body', line));
      } else if (section === 'server message') {
        server.push(line);
        ev.push(evidence('body', line));
      } else if (section === 'smtp command' && command === '') {
        command = normalizeCommand(line);
        ev.push(evidence('body', `SMTP command: ${line}`));
      }
    }
    pending = pending.map(cleanAddress).filter((a) => a !== '');
    const diagnosticCode = squeeze(server.join(' '));
    for (const recipient of pending) recipients.push({ recipient, action: 'failed', diagnosticCode, command, evidence: ev });
    return recipients.length === 0 ? null : { recipients };
  },
};
