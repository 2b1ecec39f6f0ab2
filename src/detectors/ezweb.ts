/**
 * au by KDDI (ezweb.ne.jp) bounces: Japanese text with English lines. The recipient appears as
 * `<user@ezweb.ne.jp>` or `Recipient: <user@ezweb.ne.jp>`, the remote exchange as `>>>` / `<<<`
 * lines, or only one of EZweb's fixed English sentences ("The user(s) account is disabled.").
 */
import { cleanAddress } from '../dsn/address.js';
import { findCommand, normalizeCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { linesOf, reportText } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

const ADDRESS = /^(?:Recipient:\s*)?<([^\s<>@]{1,320}@[^\s<>]{1,255})>(?::\s*(\S.*))?$/;
/** EZweb's fixed English sentences: the reason when no remote reply is quoted. */
const SENTENCE = /^(?:The user\(s\) account is disabled\.|Each of the following recipients was rejected by a remote|The following recipients did not receive this message|This message was not delivered|.*could not be delivered)/i;

/**
 * au by KDDI (EZweb): claims a report From Postmaster@ezweb.ne.jp; reads the recipients, the `>>>` /
 * `<<<` exchange, or EZweb's fixed English sentence.
 */
export const ezweb: Detector = {
  id: 'ezweb',
  description: 'au by KDDI (EZweb) bounces (From: Postmaster@ezweb.ne.jp)',
  detect(message: ParsedMessage): Detection | null {
    if (!/postmaster@ezweb\.ne\.jp/i.test(message.headers.get('from'))) return null;
    const lines = linesOf(reportText(message.flatText, ['Content-Type: message/', 'Received: ', '--- Original message']));
    const found: { recipient: string; ev: Evidence[]; reply: string[]; command: string }[] = [];
    const sentences: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      const a = ADDRESS.exec(line);
      if (a) {
        const recipient = cleanAddress(a[1] as string);
        // `<user@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)`
        if (recipient !== '' && !found.some((f) => f.recipient === recipient)) found.push({ recipient, ev: [evidence('body', line)], reply: a[2] ? [a[2]] : [], command: findCommand(a[2] ?? '') });
        continue;
      }
      const cur = found[found.length - 1];
      if (line.startsWith('>>>') && cur) {
        cur.command = normalizeCommand(line.slice(3).trim().split(/[:<]/)[0] ?? '');
        cur.ev.push(evidence('body', line));
      } else if (line.startsWith('<<<') && cur) {
        cur.reply.push(line.slice(3).trim());
        cur.ev.push(evidence('body', line));
      } else if (SENTENCE.test(line)) {
        // A sentence may wrap onto the next line.
        const next = (lines[i + 1] ?? '').trim();
        sentences.push(next !== '' && !ADDRESS.test(next) && /^[a-z]/.test(next) ? `${line} ${next}` : line);
      }
    }
    const recipients: RecipientReport[] = found.map((f) => ({
      recipient: f.recipient,
      action: 'failed',
      // EZweb's own sentence first (it names the state of an au account), then the remote reply.
      diagnosticCode: squeeze([...sentences, ...f.reply].join(' ')),
      command: f.command,
      evidence: [...f.ev, ...sentences.map((s) => evidence('body', s))],
    }));
    return recipients.length === 0 ? null : { recipients };
  },
};
