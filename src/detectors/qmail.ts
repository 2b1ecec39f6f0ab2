/**
 * qmail (and netqmail, qmail-ldap, vpopmail) bounces: plain text from qmail-send, one block per
 * recipient, the remote server's words after "Remote host said:".
 *
 *     Hi. This is the qmail-send program at mx.example.jp.
 *     I'm afraid I wasn't able to deliver your message to the following addresses.
 *
 *     <user@example.org>:
 *     192.0.2.153 does not like recipient.
 *     Remote host said: 550 5.1.1 <user@example.org>... User Unknown
 *     Giving up on 192.0.2.153.
 *
 *     --- Below this line is a copy of the message.
 *
 * qmail's own sentence before the reply names the SMTP stage ("does not like recipient" = RCPT,
 * "sender was rejected" = MAIL, "my name was rejected" = HELO, "failed after I sent the message"
 * = DATA); it is kept as evidence and gives the command.
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { angleBlocks, hasMarker, linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const MARKERS = [
  'This is the qmail-send program',
  "I'm afraid I wasn't able to deliver your message to the following addresses",
  // A qmail whose greeting was reworded (ISP installs), same blocks and copy line.
  'Your mail message to the following address(es) could not be delivered.',
];
const END = [
  '--- Below this line is a copy of the message.',
  '--- Enclosed is a copy of the message.',
  '--- Below the next line is a copy of the message.',
  '--- Original message follows.',
  // A double bounce: the bounce that bounced follows, with its own recipient blocks.
  '--- Below this line is the original bounce.',
];

/** qmail-send's stage sentences -> the SMTP command that failed. */
const STAGES: readonly (readonly [RegExp, string])[] = [
  [/does not like recipient\.?|most progress was RCPT TO response/i, 'RCPT'],
  [/but sender was rejected\.?|most progress was MAIL FROM response/i, 'MAIL'],
  [/but my name was rejected\.?/i, 'HELO'],
  [/failed after I sent the message\.?|failed on DATA command\.?|most progress was DATA response/i, 'DATA'],
  [/wasn't able to establish an SMTP connection|no SMTP connection got far enough/i, 'CONN'],
];
/** `192.0.2.1 does not like ...`, `Connected to 192.0.2.1 but ...`, `remote host 192.0.2.1 said:` */
const REMOTE = /(?:^|Connected to |remote host )([0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f:]{3,45}|[A-Za-z0-9][A-Za-z0-9.-]{0,252}\.[A-Za-z]{2,63})(?: does not like| failed after| but |\s+said:)/;
/** Lines qmail adds that are not the server's words. */
const NOISE = /^(?:Giving up on |I'm not going to try again|\/I'm not going to try again|\(Other MXes tried:|This is a permanent error|I'm afraid)/;
const REMOTE_SAID = /^(?:.*?\bremote host \S{1,255} said:|Remote host said:)\s*/i;

/**
 * qmail and its variants: claims the qmail-send greeting (or its reworded forms); reads each
 * `<address>:` block, the remote server and what "Remote host said:".
 */
export const qmail: Detector = {
  id: 'qmail',
  description: 'qmail-send bounces ("Hi. This is the qmail-send program")',
  markers: { body: MARKERS },
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (!MARKERS.some((m) => hasMarker(text, m))) return null;
    const lines = linesOf(reportText(text, END));
    const head = lines.find((l) => l.includes(MARKERS[0] as string)) ?? '';
    const reportingMta = /program at ([A-Za-z0-9.-]{1,253}?)\.?\s*$/.exec(head)?.[1] ?? '';
    const recipients: RecipientReport[] = [];
    for (const b of angleBlocks(lines)) {
      const recipient = cleanAddress(b.recipient);
      if (recipient === '') continue;
      const ev: Evidence[] = [evidence('body', b.line)];
      let command = '';
      let remoteMta = '';
      const words: string[] = [];
      const own: string[] = [];
      let said = false;
      for (const full of b.lines) {
        if (NOISE.test(full)) continue;
        // A local delivery agent's exit status prefix ("child status 100...") is qmail's, not the reason.
        const line = full.replace(/^child status \d{1,5}\.\.\.\s*/, '');
        for (const [re, cmd] of STAGES) {
          if (command === '' && re.test(line)) command = cmd;
        }
        // The host is named near the start; bound the unanchored search.
        if (remoteMta === '') remoteMta = REMOTE.exec(line.slice(0, 512))?.[1] ?? '';
        const s = REMOTE_SAID.exec(line);
        if (s) {
          said = true;
          words.push(line.slice(s[0].length));
          own.push(line.slice(0, s[0].length));
        } else if (said) words.push(line);
        else own.push(line);
        ev.push(evidence('body', line));
      }
      // No "said:": the block is qmail's (or a local delivery agent's) own explanation.
      const diagnosticCode = squeeze((said ? words : own).join(' '));
      recipients.push({ recipient, action: 'failed', diagnosticCode, remoteMta, command, evidence: ev });
    }
    if (recipients.length === 0) return null;
    return { recipients, reportingMta };
  },
};
