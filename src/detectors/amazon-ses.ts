/**
 * Amazon SES, in its two shapes:
 *
 * 1. Notifications: the JSON SES publishes through SNS (`notificationType` Bounce, Complaint or
 *    Delivery; with event publishing `eventType`, also DeliveryDelay and Reject), delivered by
 *    e-mail from sns.amazonaws.com, either bare or wrapped in the SNS
 *    envelope (`"Type" : "Notification"`, the SES object as an escaped string in `Message`), or
 *    pasted as text. One record per bounced, complained-about or delivered recipient; SES's own
 *    bounce sub-types that are verdicts (suppression list, no such address) become the reason.
 * 2. DSNs written by SES's MTAs (`Reporting-MTA: dsn; *.amazonses.com`, X-SES-Outgoing; Amazon
 *    WorkMail sends through them too). Their fields are standard, but SES often wraps the remote
 *    server's reply in its own words: `5.1.0 - Unknown address error 550-'5.2.2 ... Mailbox
 *    Full'` or `554 4.4.7 Message expired: ... <421 4.4.2 Connection timed out>`. The remote
 *    server's own codes are what the record reports.
 */
import { readDeliveryStatus } from '../dsn/delivery-status.js';
import { cleanAddress } from '../dsn/address.js';
import { findCommand } from '../dsn/smtp-command.js';
import type { ReasonId } from '../kb/reasons.js';
import type { HeaderList, ParsedMessage } from '../mime/types.js';
import { evidence, squeeze } from './evidence.js';
import { recipientsFromDeliveryStatus } from './rfc3464.js';
import type { Detection, Detector, RecipientReport } from './types.js';

/** Largest JSON text parsed (an SES notification is a few kB; headers can make it tens). */
const MAX_JSON = 512 * 1024;
/** Most recipients read from one notification. */
const MAX_RECIPIENTS = 1000;
/** Longest diagnostic text searched for a wrapped remote reply. */
const MAX_DIAG = 4096;

/** SES bounce sub-types that state a verdict of their own. */
const SUBTYPE_REASON: ReadonlyMap<string, ReasonId> = new Map([
  ['suppressed', 'suppressed'],
  ['onaccountsuppressionlist', 'suppressed'],
  ['noemail', 'userunknown'],
  ['mailboxfull', 'mailboxfull'],
  ['messagetoolarge', 'mesgtoobig'],
]);

/** SES DeliveryDelay delay types that state a cause of their own. */
const DELAY_REASON: ReadonlyMap<string, ReasonId> = new Map([
  ['mailboxfull', 'mailboxfull'],
  ['spamdetected', 'spamdetected'],
  ['ipfailure', 'blocked'],
  ['transientcommunicationfailure', 'networkerror'],
  ['recipientservererror', 'systemerror'],
  ['sendingdeferral', 'speeding'],
]);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function obj(v: Json | undefined): { [k: string]: Json } | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
}
function str(v: Json | undefined): string {
  return typeof v === 'string' ? v : '';
}
function arr(v: Json | undefined): Json[] {
  return Array.isArray(v) ? v.slice(0, MAX_RECIPIENTS) : [];
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/**
 * The SES notification object in a text, or null. Mail relays break SNS's one long line every
 * ~990 characters with "!" + line end + space (sendmail's line-length rule); that is undone first.
 */
function findNotification(text: string): { [k: string]: Json } | null {
  const start = text.indexOf('{');
  if (start < 0) return null;
  const end = text.lastIndexOf('}');
  if (end <= start || end - start > MAX_JSON) return null;
  const body = text.slice(start, end + 1).replace(/!\n /g, '');
  let o = obj(parseJson(body));
  if (o && str(o['Type']) === 'Notification' && typeof o['Message'] === 'string') o = obj(parseJson(o['Message']));
  if (!o) return null;
  if (str(o['notificationType']) === '' && str(o['eventType']) === '') return null;
  return o;
}

/** The bounced message's header block rebuilt from `mail.headers` (name/value pairs). */
function originalHeaders(mail: { [k: string]: Json } | null): string | undefined {
  if (!mail) return undefined;
  const lines: string[] = [];
  for (const h of arr(mail['headers'])) {
    const o = obj(h);
    const name = str(o?.['name']);
    if (name !== '' && /^[A-Za-z0-9-]{1,76}$/.test(name)) lines.push(`${name}: ${str(o?.['value']).replace(/\s+/g, ' ')}`);
  }
  const id = str(mail['messageId']);
  if (lines.length === 0 && id !== '') lines.push(`Message-ID: <${id}>`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The reporting MTA of a bounce or delay object, without its `dns;` type. */
function reportingMtaOf(o: { [k: string]: Json }): string {
  return str(o['reportingMTA']).replace(/^[^;]*;/, '').trim();
}

/**
 * One record per entry of a bounce's or delay's recipient list (`emailAddress`, `action`,
 * `status`, `diagnosticCode`), dated by the object's `timestamp`. `action` is the default for
 * entries that name none, or the action of all when `fixedAction` is set.
 */
function listedRecipients(
  o: { [k: string]: Json },
  listName: string,
  action: string,
  reason: ReasonId | undefined,
  evidenceOf: (diag: string) => RecipientReport['evidence'],
  fixedAction = false,
): RecipientReport[] {
  const out: RecipientReport[] = [];
  const remoteMta = remoteMtaIpOf(o);
  for (const r of arr(o[listName])) {
    const entry = obj(r);
    if (!entry) continue;
    const diag = squeeze(str(entry['diagnosticCode']).replace(/^[A-Za-z-]{1,16};/, ''));
    out.push({
      recipient: cleanAddress(str(entry['emailAddress'])) || null,
      action: fixedAction ? action : str(entry['action']) || action,
      status: str(entry['status']),
      diagnosticCode: diag,
      command: findCommand(diag),
      ...(remoteMta !== '' ? { remoteMta } : {}),
      date: str(o['timestamp']),
      ...(reason ? { reason } : {}),
      evidence: evidenceOf(diag) ?? [],
    });
  }
  return out;
}

/**
 * The documented `remoteMtaIp` of a bounce or delivery object: the address of the server SES
 * tried to deliver to (or delivered to). Only an IP address is taken.
 */
function remoteMtaIpOf(o: { [k: string]: Json }): string {
  const ip = str(o['remoteMtaIp']).trim();
  return /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]{2,45})$/.test(ip) ? ip : '';
}

function fromNotification(n: { [k: string]: Json }): Detection | null {
  const type = (str(n['notificationType']) || str(n['eventType'])).toLowerCase();
  const mail = obj(n['mail']);
  const headers = originalHeaders(mail);
  const recipients: RecipientReport[] = [];
  let reportingMta = '';
  if (type === 'bounce') {
    const b = obj(n['bounce']);
    if (!b) return null;
    const bounceType = str(b['bounceType']);
    const subType = str(b['bounceSubType']);
    reportingMta = reportingMtaOf(b);
    recipients.push(
      ...listedRecipients(b, 'bouncedRecipients', 'failed', SUBTYPE_REASON.get(subType.toLowerCase()), (diag) => [
        evidence('body:json', `bounceType: ${bounceType}, bounceSubType: ${subType}`),
        ...(diag !== '' ? [evidence('body:json', `diagnosticCode: ${diag}`)] : []),
      ]),
    );
  } else if (type === 'complaint') {
    const c = obj(n['complaint']);
    if (!c) return null;
    const feedbackType = str(c['complaintFeedbackType']).toLowerCase() || 'other';
    for (const r of arr(c['complainedRecipients'])) {
      recipients.push({
        recipient: cleanAddress(str(obj(r)?.['emailAddress'])) || null,
        kind: 'feedback',
        action: '',
        reason: 'feedback',
        feedbackType,
        date: str(c['timestamp']),
        evidence: [evidence('body:json', `notificationType: Complaint, complaintFeedbackType: ${feedbackType}`)],
      });
    }
  } else if (type === 'delivery') {
    const d = obj(n['delivery']);
    if (!d) return null;
    reportingMta = str(d['reportingMTA']);
    const diag = squeeze(str(d['smtpResponse']));
    const reply = /^([245]\d\d)\b/.exec(diag);
    const remoteMta = remoteMtaIpOf(d);
    for (const r of arr(d['recipients'])) {
      recipients.push({
        recipient: cleanAddress(str(r)) || null,
        action: 'delivered',
        diagnosticCode: diag,
        ...(remoteMta !== '' ? { remoteMta } : {}),
        ...(reply ? { replyCode: reply[1] as string } : {}),
        date: str(d['timestamp']),
        evidence: [evidence('body:json', `notificationType: Delivery, smtpResponse: ${diag}`)],
      });
    }
  } else if (type === 'deliverydelay') {
    // Event publishing: SES is still retrying; its delayType is its own category.
    const d = obj(n['deliveryDelay']);
    if (!d) return null;
    const delayType = str(d['delayType']);
    reportingMta = reportingMtaOf(d);
    // A delay is always a delay, whatever action a recipient entry names.
    const told = (): RecipientReport['evidence'] => [evidence('body:json', `eventType: DeliveryDelay, delayType: ${delayType}`)];
    recipients.push(...listedRecipients(d, 'delayedRecipients', 'delayed', DELAY_REASON.get(delayType.toLowerCase()), told, true));
  } else if (type === 'reject') {
    // Event publishing: SES refused to send the message at all ("Bad content": it carried a virus).
    const j = obj(n['reject']);
    if (!j) return null;
    const why = str(j['reason']);
    for (const r of arr(mail?.['destination'])) {
      recipients.push({
        recipient: cleanAddress(str(r)) || null,
        action: 'failed',
        diagnosticCode: why,
        ...(why.toLowerCase() === 'bad content' ? { reason: 'virusdetected' as const } : {}),
        evidence: [evidence('body:json', `eventType: Reject, reason: ${why}`)],
      });
    }
  } else {
    return null;
  }
  if (recipients.length === 0) return null;
  return { recipients, reportingMta, ...(headers !== undefined ? { originalHeaders: headers } : {}) };
}

/** The remote server's reply that SES quoted inside its own words, or null. */
function wrappedReply(diag: string): { replyCode: string; status: string; text: string } | null {
  const d = diag.length > MAX_DIAG ? diag.slice(0, MAX_DIAG) : diag;
  // "5.1.0 - Unknown address error 550-'5.2.2 <a@b>... Mailbox Full'"
  let m = /\b([245]\d\d)[- ]'([245]\.\d{1,3}\.\d{1,3})\b([^']*)'/.exec(d);
  // "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>"
  m ??= /<([245]\d\d)[- ]([245]\.\d{1,3}\.\d{1,3})\b([^<>]*)>\s*$/.exec(d);
  if (!m) return null;
  return { replyCode: m[1] as string, status: m[2] as string, text: `${m[1] as string} ${m[2] as string}${m[3] as string}` };
}

/** Whether the header block's text starts (after white space) with '{'. */
function startsWithBrace(h: HeaderList): boolean {
  // A parsed block's text opens with its first field's name (no white space before it, ASCII,
  // so decoding does not change it); a block with no field has no text.
  const first = h.fields[0];
  return first ? first.name.startsWith('{') : h.text.trimStart().startsWith('{');
}

function isSesReport(message: ParsedMessage): boolean {
  const h = message.headers;
  if (h.has('x-ses-outgoing') && /amazonses\.com\b/i.test(h.get('from'))) return true;
  return /\bamazonses\.com\b/i.test(h.get('from')) || h.get('x-mailer') === 'Amazon WorkMail';
}

function fromDsn(message: ParsedMessage): Detection | null {
  // A message/delivery-status part, or (WorkMail) the same fields inline after "Technical report:".
  let where = 'delivery-status';
  let text = message.parts.find((p) => p.contentType === 'message/delivery-status')?.text ?? '';
  if (text === '') {
    const flat = message.flatText;
    const i = flat.search(/(?:^|\n)Reporting-MTA:[ \t]*d(?:ns|sn);[^\n]*amazonses\.com/i);
    if (i < 0) return null;
    text = flat.slice(i, i + 64 * 1024);
    where = 'body';
  }
  const ds = readDeliveryStatus(text);
  if (ds.perRecipient.length === 0) return null;
  const { recipients, reportingMta } = recipientsFromDeliveryStatus(ds, where);
  if (!/amazonses\.com$/i.test(reportingMta)) return null;
  const out = recipients.map((r): RecipientReport => {
    const w = wrappedReply(r.diagnosticCode ?? '');
    if (!w) return r;
    return {
      ...r,
      status: w.status,
      replyCode: w.replyCode,
      evidence: [...(r.evidence ?? []), evidence(where, `remote server's reply quoted by SES: ${w.text}`)],
    };
  });
  return { recipients: out, reportingMta };
}

/**
 * The Amazon SES detector.
 * @example amazonSes.detect(parseMessage(snsJson))?.recipients[0]?.reason // 'suppressed' for OnAccountSuppressionList
 */
export const amazonSes: Detector = {
  id: 'amazon-ses',
  description: 'Amazon SES notifications (SNS JSON: bounce, complaint, delivery) and SES-written DSNs',
  detect(message: ParsedMessage): Detection | null {
    const h = message.headers;
    if (isSesReport(message)) {
      const d = fromDsn(message);
      if (d) return d;
    }
    // Notifications: mail from SNS, or any text whose body is an SES notification object.
    const snsMail = h.has('x-amz-sns-message-id') || /@sns\.amazonaws\.com\b/i.test(h.get('from'));
    const texts = message.parts.filter((p) => p.contentType === 'text/plain' || p.contentType === 'application/json').map((p) => p.text);
    // JSON pasted on one line has no header block: the MIME layer takes its first line for one.
    // A header block opens with its first field's name, so that name shows it without decoding
    // the whole block (which is what reading h.text costs).
    if (startsWithBrace(h)) texts.unshift(`${h.text}\n${message.parts[0]?.text ?? ''}`);
    for (const text of texts) {
      // Cheap reject: unless SNS sent it, the text must be a JSON object naming its type early on.
      if (!snsMail) {
        const head = text.slice(0, 4096);
        if (!head.trimStart().startsWith('{') || (!head.includes('notificationType') && !head.includes('"eventType"'))) continue;
      }
      const n = findNotification(text);
      if (!n) continue;
      const d = fromNotification(n);
      if (d) return d;
    }
    return null;
  },
};
