/**
 * RFC 3464 delivery-status reader: splits a message/delivery-status body into the per-message
 * group and one group per recipient, fields unfolded, names in lower case, RFC 6533 `\x{HHHH}`
 * escapes decoded.
 */
import { decodeEmbeddedUnicode } from './embedded-unicode.js';

/** One field group. Names are lower case; the first occurrence of a field wins. */
export type FieldGroup = ReadonlyMap<string, string>;

/** A delivery-status body, read. */
export interface DeliveryStatus {
  readonly perMessage: FieldGroup;
  readonly perRecipient: readonly FieldGroup[];
}

/** Most recipient groups read from one report. */
const MAX_RECIPIENT_GROUPS = 1000;

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,63})[ \t]*:[ \t]*(.*)$/;

/**
 * Reads the field groups of a delivery-status text. Groups are separated by blank lines; a group
 * with a Final-Recipient or Original-Recipient is a recipient group, the first other group is the
 * per-message group. Values are unfolded and their RFC 6533 `\x{HHHH}` escapes decoded (a
 * downgraded utf-8 address, a non-ASCII reply).
 * @example readDeliveryStatus('Reporting-MTA: dns; a\n\nFinal-Recipient: rfc822; x@y\nStatus: 5.1.1').perRecipient.length // 1
 */
export function readDeliveryStatus(text: string): DeliveryStatus {
  // A detector that reads the delivery-status part (Sendmail, Gmail) and then the parser's fill
  // from that same part read one text twice in a row: a third of all calls on the corpus. The
  // result is read-only, so the last one is handed out again for the same text.
  if (text === last.text && last.read !== null) return last.read;
  const read = readGroups(text);
  last.text = text;
  last.read = read;
  return read;
}

/** The last text read and what it gave (one entry: it holds at most one report alive). */
const last: { text: string; read: DeliveryStatus | null } = { text: '', read: null };

function readGroups(text: string): DeliveryStatus {
  const groups: Map<string, string>[] = [];
  let cur: Map<string, string> | null = null;
  let lastName = '';
  const lines = text.split('\n');
  for (const raw of lines) {
    const line = raw.length > 4096 ? raw.slice(0, 4096) : raw;
    if (line.trim() === '') {
      cur = null;
      lastName = '';
      continue;
    }
    if ((line[0] === ' ' || line[0] === '\t') && cur && lastName) {
      cur.set(lastName, ((cur.get(lastName) ?? '') + ' ' + line.trim()).trim());
      continue;
    }
    const m = FIELD.exec(line);
    if (!m) continue;
    if (!cur) {
      if (groups.length >= MAX_RECIPIENT_GROUPS + 1) break;
      cur = new Map();
      groups.push(cur);
    }
    const name = (m[1] as string).toLowerCase();
    // a second Final-Recipient in one group starts a new group (some mailers omit blank lines)
    if (name === 'final-recipient' && cur.has('final-recipient')) {
      if (groups.length >= MAX_RECIPIENT_GROUPS + 1) break;
      cur = new Map();
      groups.push(cur);
    }
    if (!cur.has(name)) cur.set(name, (m[2] as string).trim());
    lastName = name;
  }
  let perMessage: FieldGroup = new Map();
  const perRecipient: FieldGroup[] = [];
  for (const g of groups) {
    for (const [name, value] of g) if (value.includes('\\x{')) g.set(name, decodeEmbeddedUnicode(value));
    if (g.has('final-recipient') || g.has('original-recipient')) perRecipient.push(g);
    else if (perMessage.size === 0) perMessage = g;
  }
  return { perMessage, perRecipient };
}

/**
 * The value of a typed field (`rfc822; a@b`, `dns; mx.example`, `smtp; 550 ...`) without its type.
 * @example stripType('dns; mx.example.com') // 'mx.example.com'
 */
export function stripType(value: string): string {
  const i = value.indexOf(';');
  if (i < 0 || i > 20) return value.trim();
  return value.slice(i + 1).trim();
}

/**
 * The host named by an MTA-name field (Remote-MTA, Reporting-MTA) without its type, a trailing
 * comment or the root dot. RFC 3464 fields allow RFC 822 comments, and senders use them: Gmail
 * writes `dns; mx.example.org. (192.0.2.25, the server for the domain example.org.)`, Haraka
 * `dns;mx.example.org (192.0.2.140)`. The address in the comment is not the name.
 * @example mtaName('dns; mx.example.org. (192.0.2.25, the server)') // 'mx.example.org'
 */
export function mtaName(value: string): string {
  const v = stripType(value.length > 1000 ? value.slice(0, 1000) : value);
  const paren = v.indexOf('(');
  const name = (paren > 0 ? v.slice(0, paren) : v).trim();
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/**
 * The host name a Remote-MTA / Reporting-MTA value starts with, lower case, for comparing with
 * known servers: whatever follows it (a comment, an address in brackets, a `;`) is cut, and so is
 * the root dot. Unlike `mtaName`, it expects the type already stripped.
 * @example mtaHost('MX.Example.JP. (192.0.2.1)') // 'mx.example.jp'
 */
export function mtaHost(value: string): string {
  const t = value.trim();
  const cut = t.search(/[\s([;]/);
  const h = (cut < 0 ? t : t.slice(0, cut)).toLowerCase();
  return h.endsWith('.') ? h.slice(0, -1) : h;
}
