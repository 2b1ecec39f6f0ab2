/**
 * Verizon Wireless bounces for mail to its SMS and MMS gateways (vtext.com, vzwpix.com), in two
 * shapes:
 *
 *     From: post_master@vtext.com                 From: MMSC NDR Administrator <...@vzwpix.com>
 *     Error: Invalid user address                 Message could not be delivered to mobile.
 *     Error message below:                        Error: No valid recipients for this MM
 *     550 - Requested action not taken: ...       Original Message:
 *     Message details:                            To: 0000000000@vzwpix.com
 *       RCPT TO: user@vtext.com
 *
 * The recipient is the RCPT TO of the message details, or the To of the original message.
 */
import { cleanAddress } from '../dsn/address.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { linesOf } from './text-report.js';
import type { Detection, Detector } from './types.js';

/** Verizon's gateway domains, as they appear in the report's From (or a subdomain of one). */
const DOMAINS = ['vtext.com', 'vzwpix.com', 'vzw.com', 'vzwpix.net'];
/** One of {@link DOMAINS} anywhere in a From value: what every report {@link fromVerizon} accepts shows. */
const ANY_DOMAIN = new RegExp(DOMAINS.map((d) => d.replace(/\./g, '\\.')).join('|'), 'i');

function fromVerizon(from: string): boolean {
  const m = /@([A-Za-z0-9.-]{1,253})/.exec(from);
  if (!m) return false;
  const d = (m[1] as string).toLowerCase();
  return DOMAINS.some((x) => d === x || d.endsWith(`.${x}`));
}

/**
 * The Verizon Wireless gateway detector: one record, the RCPT TO (or original To) recipient.
 * @example verizon.detect(parseMessage(bytes))?.recipients[0]?.diagnosticCode // '550 Requested action not taken: no such user here'
 */
export const verizon: Detector = {
  id: 'verizon',
  description: 'Verizon Wireless SMS/MMS gateway bounces (vtext.com, vzwpix.com)',
  markers: { headers: [{ name: 'from', test: ANY_DOMAIN }] },
  detect(message: ParsedMessage): Detection | null {
    if (!fromVerizon(message.headers.get('from'))) return null;
    const lines = linesOf(message.flatText.slice(0, 64 * 1024));
    let recipient = '';
    let error = '';
    let reply = '';
    const ev: Evidence[] = [];
    let inOriginal = false;
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (error === '' && /^Error:\s*\S/.test(line)) {
        error = squeeze(line.slice(6));
        ev.push(evidence('body', line));
      } else if (reply === '' && /^Error message below:$/i.test(line)) {
        const next = lines.slice(i + 1, i + 4).map((l) => l.trim()).find((l) => l !== '') ?? '';
        reply = squeeze(next);
        if (reply !== '') ev.push(evidence('body', reply));
      } else if (/^RCPT TO:/i.test(line)) {
        recipient = cleanAddress(line.slice(8));
        ev.push(evidence('body', line));
      } else if (/^Original Message:?$/i.test(line)) {
        inOriginal = true;
      } else if (inOriginal && recipient === '' && /^To:/i.test(line)) {
        recipient = cleanAddress(line.slice(3));
        ev.push(evidence('body', line));
      }
    }
    if (error === '' && reply === '') return null;
    // "550 - Requested action not taken: no such user here" -> "550 Requested ...".
    const diag = reply !== '' ? reply.replace(/^([245]\d\d) - /, '$1 ') : error;
    return {
      recipients: [{ recipient: recipient || null, action: 'failed', diagnosticCode: diag, evidence: ev }],
    };
  },
};
