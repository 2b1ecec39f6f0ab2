/**
 * An unidentified MTA ("We had trouble delivering your message. Full details follow:"): one
 * sentence per failure with the recipient, the remote server, the command and its reply.
 *
 *     The following recipients returned permanent errors: user@example.org. Reason: SMTP Server
 *     <192.0.2.223> refused to accept your message (DATA), with the following error message:
 *     [554 5.4.6 Hop count exceeded - possible mail loop]
 *
 *     SMTP Server <mx.example.org> rejected recipient <user@example.org> (Error following RCPT
 *     command). It responded as follows: [550 5.1.1 User unknown]
 */
import { findAddresses } from '../dsn/address.js';
import { normalizeCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const MARKER = 'We had trouble delivering your message. Full details follow:';
const LINE = /^The following recipients returned (permanent|temporary) errors: (.{3,2000}?)\. Reason: (.*)$/;
const SERVER = /SMTP Server <([^<>\s]{1,255})> refused to accept your message \(([A-Z ]{2,12})\)/;
const MESSAGE = /error message: \[(.*)\]\s*$/;
const REJECTED = /^SMTP Server <([^<>\s]{1,255})> rejected recipient <([^<>\s]{1,320})> \(Error following ([A-Z]{4}) command\)\. It responded as follows: \[(.*)\]\s*$/;

/**
 * An unidentified MTA: claims "We had trouble delivering your message. Full details follow:"; reads
 * each sentence naming recipients, server, command and reply.
 */
export const x6: Detector = {
  id: 'x6',
  description: 'Unidentified MTA ("We had trouble delivering your message. Full details follow:")',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!hasMarker(text, MARKER)) return null;
    const recipients: RecipientReport[] = [];
    for (const raw of linesOf(reportText(text, ['Content-Type: message/', 'Content-Type: text/rfc822-headers']))) {
      const line = raw.trim();
      const r = REJECTED.exec(line);
      if (r) {
        for (const recipient of findAddresses(r[2] as string)) {
          recipients.push({ recipient, action: 'failed', diagnosticCode: squeeze(r[4] as string), remoteMta: r[1] as string, command: normalizeCommand(r[3] as string), evidence: [evidence('body', line)] });
        }
        continue;
      }
      const m = LINE.exec(line);
      if (!m) continue;
      const why = m[3] as string;
      const s = SERVER.exec(why);
      const diagnosticCode = squeeze(MESSAGE.exec(why)?.[1] ?? why);
      for (const recipient of findAddresses(m[2] as string)) {
        recipients.push({
          recipient,
          action: m[1] === 'temporary' ? 'delayed' : 'failed',
          diagnosticCode,
          remoteMta: s ? (s[1] as string) : '',
          command: s ? normalizeCommand(s[2] as string) : '',
          evidence: [evidence('body', line)],
        });
      }
    }
    return recipients.length === 0 ? null : { recipients };
  },
};
