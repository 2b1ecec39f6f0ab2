/**
 * The "Diagnostic information for administrators" block that Exchange Server 2010+ and Exchange
 * Online write in their NDRs, also when an admin pastes it as plain text out of Outlook:
 *
 *     Generating server: alpineskihouse.com
 *     ronald@contoso.com
 *     mail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#
 *
 * "Generating server" wrote the report; the host before the first '#' refused the message.
 */
import { isAddress } from '../dsn/address.js';
import { findCommand } from '../dsn/smtp-command.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import type { Detection, Detector, RecipientReport } from './types.js';

/** Lines looked at after the "Generating server" line. */
const MAX_LINES = 400;

const HOST = /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/;

/** Reads `[host ]#<...>` / `#550 5.1.1 ...##` into remote host and diagnostic text. */
function readDiagnosticLine(line: string): { remoteMta: string; diag: string } | null {
  const hash = line.indexOf('#');
  if (hash < 0) return null;
  const before = line.slice(0, hash).trim();
  const remoteMta = before !== '' && HOST.test(before) && before.includes('.') ? before : '';
  let rest = line.slice(hash + 1);
  // "<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#"
  const smtp = rest.toLowerCase().indexOf('smtp;');
  if (smtp >= 0) rest = rest.slice(smtp + 5);
  rest = rest.replace(/>\s*#SMTP#\s*$/i, '').replace(/#+\s*$/, '').replace(/^[<\s]+/, '');
  const diag = squeeze(rest);
  return diag === '' ? null : { remoteMta, diag };
}

/**
 * Exchange Server 2010+ and Exchange Online: claims a "Generating server:" block (in an NDR or
 * pasted alone); reads each recipient with the remote server and reply of its `#...#SMTP#` line.
 */
export const exchangeDiagnosticText: Detector = {
  id: 'exchange-diagnostic-text',
  description: 'Exchange / Office 365 "Diagnostic information for administrators" blocks, also pasted as text',
  detect(message: ParsedMessage): Detection | null {
    const text = message.flatText;
    if (text.indexOf('enerating server:') < 0 && text.indexOf('enerating Server:') < 0 && text.indexOf('ENERATING SERVER:') < 0) return null;
    const gi = text.search(/(?:^|\n)[ \t]*Generating server:/i);
    if (gi < 0) return null;
    const lines = text.slice(gi).split('\n', MAX_LINES);
    const first = (lines.find((l) => l.trim() !== '') ?? '').trim();
    const reportingMta = squeeze(first.slice(first.indexOf(':') + 1));
    const recipients: RecipientReport[] = [];
    let current: string | null = null;
    let ev: Evidence[] = [];
    for (let i = 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (/^original message headers:?$/i.test(line)) break;
      if (line === '') continue;
      const addr = line.replace(/^<|>$/g, '');
      if (isAddress(addr)) {
        current = addr;
        ev = [evidence('body', line)];
        continue;
      }
      if (current === null) continue;
      const d = readDiagnosticLine(line);
      if (!d) continue;
      recipients.push({
        recipient: current,
        action: 'failed',
        diagnosticCode: d.diag,
        remoteMta: d.remoteMta,
        command: findCommand(d.diag),
        evidence: [...ev, evidence('body', line)],
      });
      current = null;
    }
    if (recipients.length === 0) return null;
    return { recipients, reportingMta: HOST.test(reportingMta) ? reportingMta : '' };
  },
};
