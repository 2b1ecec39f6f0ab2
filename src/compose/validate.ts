/**
 * Checks every option of `composeNdr` before anything is written, and turns it into the normalised
 * form the writers use. Any mistake throws an {@link NdrkitError} (`ERR_INVALID_OPTION`) whose
 * `field` names the option, e.g. `recipients[1].status`.
 *
 * The checks are what keeps a report from being a vector for header injection: no value that ends
 * up in a header may hold CR, LF or other control characters, addresses and host names must look
 * like addresses and host names, and status codes must be RFC 3463 codes whose class fits the action.
 */
import { NdrkitError } from '../errors.js';
import { isReasonId } from '../kb/reasons.js';
import type { ReasonId } from '../kb/reasons.js';
import { readDate } from './dates.js';
import type { ComposeNdrOptions, NdrAction, NdrExplanation, NdrLocale, NdrReturnContent } from './types.js';

/** Most recipients in one report (a report is per message; a big list is a caller mistake). */
export const MAX_RECIPIENTS = 1000;
/** Longest address (RFC 5321 path limit is 256 octets including the brackets). */
const MAX_ADDRESS = 254;
/** Longest host name (RFC 1035: 253 characters in text form). */
const MAX_HOST = 253;
/** Longest diagnostic text kept; a longer server reply is cut (servers rarely write more than 1 kB). */
export const MAX_DIAGNOSTIC = 2000;
/** Default most bytes of the original to return. */
export const DEFAULT_MAX_ORIGINAL_BYTES = 256 * 1024;
/** Smallest accepted `maxOriginalBytes`: room for a typical header block. */
const MIN_MAX_ORIGINAL_BYTES = 1024;

const ACTIONS: readonly NdrAction[] = ['failed', 'delayed', 'delivered', 'relayed', 'expanded'];
const COMMANDS: readonly string[] = ['CONN', 'HELO', 'EHLO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'QUIT'];
const LOCALES: readonly NdrLocale[] = ['en', 'de', 'fr', 'es', 'ja'];
const RETURNS: readonly NdrReturnContent[] = ['headers', 'full'];

/** One recipient, checked. */
export interface CheckedRecipient {
  readonly recipient: string;
  readonly originalRecipient: string;
  readonly action: NdrAction;
  /** The Status written: the given one, else the class's undefined code (X.0.0). */
  readonly status: string;
  /** Whether the caller gave the status (false: `status` is the X.0.0 that RFC 3464 requires). */
  readonly statusGiven: boolean;
  readonly replyCode: string;
  /** Diagnostic type (`smtp`, `x-unix`, ...), lower case; "" when there is no diagnostic. */
  readonly diagnosticType: string;
  /** Diagnostic text, one line. */
  readonly diagnosticText: string;
  readonly remoteMta: string;
  /** The SMTP command the reply answered, or "". */
  readonly command: string;
  readonly lastAttemptDate: Date | null;
  readonly willRetryUntil: Date | null;
  readonly reason: ReasonId | null;
  readonly explanation: NdrExplanation | null;
}

/** All options, checked and with defaults applied (except those that need the original). */
export interface CheckedOptions {
  readonly reportingMta: string;
  readonly recipients: readonly CheckedRecipient[];
  readonly original: string | Uint8Array | null;
  readonly originalIsHeadersOnly: boolean;
  readonly arrivalDate: Date | null;
  readonly envelopeId: string;
  readonly receivedFromMta: string;
  readonly to: string;
  readonly fromName: string;
  readonly fromAddress: string;
  readonly subject: string | null;
  readonly locale: NdrLocale;
  readonly returnContent: NdrReturnContent;
  readonly maxOriginalBytes: number;
  readonly serviceName: string;
  readonly date: Date;
  readonly messageId: string;
  readonly boundary: string;
}

function fail(field: string, message: string): never {
  throw new NdrkitError('ERR_INVALID_OPTION', `${field}: ${message}`, { field });
}

/** Rejects CR, LF, NUL and other control characters: what header injection needs. */
function checkNoControl(value: string, field: string): void {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x0d || c === 0x0a) fail(field, 'must not contain CR or LF (header injection)');
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) fail(field, 'must not contain control characters');
  }
}

function str(value: unknown, field: string, required: boolean): string {
  if (value === undefined || value === null || value === '') {
    if (required) fail(field, 'is required');
    return '';
  }
  if (typeof value !== 'string') fail(field, 'must be a string');
  checkNoControl(value, field);
  return value;
}

/**
 * An RFC 5321 quoted-string local part (`"john..doe"`): printable characters or backslash pairs
 * between the quotes, no angle brackets (so the address stays unambiguous inside `<...>`).
 */
const QUOTED_LOCAL = /^"(?:[^"\\\x00-\x1f\x7f<>]|\\[^\x00-\x1f\x7f]){1,128}"$/;

/**
 * Checks an email address: one `@`, a non-empty local part and domain, no spaces, brackets, commas
 * or semicolons outside a quoted local part (`"john..doe"@example.org` is valid). Non-ASCII
 * (internationalised) addresses are allowed.
 */
export function checkAddress(value: unknown, field: string, required = true): string {
  const v = str(value, field, required).trim();
  if (v === '') return '';
  if (v.length > MAX_ADDRESS) fail(field, `is longer than ${MAX_ADDRESS} characters`);
  const at = v.lastIndexOf('@');
  if (at <= 0 || at === v.length - 1) fail(field, `"${v}" is not an email address (local@domain)`);
  const local = v.slice(0, at);
  const badLocal = QUOTED_LOCAL.test(local) ? false : /[\s<>(),;:\\"[\]]/.test(local);
  if (badLocal || /[\s<>(),;:\\"@]/.test(v.slice(at + 1))) {
    fail(field, `"${v}" is not an email address (local@domain)`);
  }
  return v;
}

/** Checks a host name or an address literal (`[192.0.2.1]`, `[IPv6:...]`) or a bare IP. */
export function checkHost(value: unknown, field: string, required: boolean): string {
  const v = str(value, field, required).trim();
  if (v === '') return '';
  if (v.length > MAX_HOST) fail(field, `is longer than ${MAX_HOST} characters`);
  if (/^\[[0-9A-Fa-f:.]+\]$/.test(v) || /^\[IPv6:[0-9A-Fa-f:.]+\]$/i.test(v)) return v;
  if (/^[0-9A-Fa-f:.]+$/.test(v) && v.includes(':')) return v;
  if (!/^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9_])?)*\.?$/.test(v)) {
    fail(field, `"${v}" is not a host name`);
  }
  return v;
}

/**
 * Checks a Remote-MTA value as servers report it, kept verbatim: a host name or address, optionally
 * followed by an address literal or comment (`mx.example.jp [192.0.2.95]`, as Courier writes it).
 * One line, single spaces, no `;` (which would start a new part of the field).
 */
function checkRemoteMta(value: unknown, field: string): string {
  const v = str(value, field, false).trim();
  if (v.length > MAX_HOST) fail(field, `is longer than ${MAX_HOST} characters`);
  if (/[\t;]|\s{2}/.test(v)) fail(field, `"${v}" is not a host name`);
  return v;
}

const STATUS = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/** Which status classes fit each action (RFC 3464 section 2.3.3; 4.x.x may end in `failed` on expiry). */
const CLASS_FOR_ACTION: Readonly<Record<NdrAction, readonly string[]>> = {
  failed: ['5', '4'],
  delayed: ['4'],
  delivered: ['2'],
  relayed: ['2'],
  expanded: ['2'],
};

/** Splits `smtp; 550 ...` into its type and text; joins a multi-line reply into one line. */
function readDiagnostic(value: unknown, field: string): { type: string; text: string } {
  if (value === undefined || value === null || value === '') return { type: '', text: '' };
  if (typeof value !== 'string') fail(field, 'must be a string');
  // A multi-line SMTP reply is legitimate here: its lines become one, separated by a space.
  const joined = value.replace(/\r\n|\r|\n/g, ' ');
  checkNoControl(joined, field);
  let text = joined.trim();
  let type = 'smtp';
  const m = /^([A-Za-z][A-Za-z0-9-]{0,30})\s*;\s*/.exec(text);
  if (m) {
    type = m[1]!.toLowerCase();
    text = text.slice(m[0].length);
  }
  text = text.replace(/\s+/g, ' ').slice(0, MAX_DIAGNOSTIC);
  return { type, text };
}

function checkCommand(value: unknown, field: string): string {
  const v = str(value, field, false).trim().toUpperCase();
  if (v !== '' && !COMMANDS.includes(v)) fail(field, `must be one of ${COMMANDS.join(', ')}`);
  return v;
}

function checkExplanation(value: unknown, field: string): NdrExplanation | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) fail(field, 'must be an object');
  const e = value as Record<string, unknown>;
  for (const key of ['id', 'title', 'cause'] as const) {
    if (e[key] !== undefined && typeof e[key] !== 'string') fail(`${field}.${key}`, 'must be a string');
  }
  if (e['fix'] !== undefined && (typeof e['fix'] !== 'object' || e['fix'] === null)) fail(`${field}.fix`, 'must be an object');
  if (e['references'] !== undefined && !Array.isArray(e['references'])) fail(`${field}.references`, 'must be an array');
  return value as NdrExplanation;
}

function randomToken(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  let s = '';
  for (const b of buf) s += (b < 16 ? '0' : '') + b.toString(16);
  return s;
}

function checkRecipient(value: unknown, i: number): CheckedRecipient {
  const f = `recipients[${i}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(f, 'must be an object');
  const r = value as Record<string, unknown>;
  const recipient = checkAddress(r['recipient'], `${f}.recipient`);
  const originalRecipient = checkAddress(r['originalRecipient'], `${f}.originalRecipient`, false);
  const action = str(r['action'], `${f}.action`, true) as NdrAction;
  if (!ACTIONS.includes(action)) fail(`${f}.action`, `must be one of ${ACTIONS.join(', ')}`);
  const diagnostic = readDiagnostic(r['diagnosticCode'], `${f}.diagnosticCode`);
  let replyCode = str(r['replyCode'], `${f}.replyCode`, false).trim();
  if (replyCode !== '' && !/^[2-5]\d\d$/.test(replyCode)) fail(`${f}.replyCode`, `"${replyCode}" is not an SMTP reply code`);
  if (replyCode === '' && diagnostic.type === 'smtp') {
    const m = /^([2-5]\d\d)(?=[\s-]|$)/.exec(diagnostic.text);
    if (m) replyCode = m[1]!;
  }
  const statusValue = r['status'];
  let status: string;
  const statusGiven = !(statusValue === undefined || statusValue === null || statusValue === '');
  if (!statusGiven) {
    // RFC 3464 requires a Status; with none known, write the class's "undefined" code (RFC 3463
    // X.0.0), the class taken from the reply code when it fits the action, else from the action.
    const fromReply = replyCode !== '' && CLASS_FOR_ACTION[action].includes(replyCode[0]!) ? replyCode[0]! : CLASS_FOR_ACTION[action][0]!;
    status = `${fromReply}.0.0`;
  } else status = str(statusValue, `${f}.status`, true).trim();
  const sm = STATUS.exec(status);
  if (!sm) fail(`${f}.status`, `"${status}" is not an enhanced status code (class.subject.detail, e.g. 5.1.1)`);
  if (!CLASS_FOR_ACTION[action].includes(sm[1]!)) {
    fail(`${f}.status`, `${status} does not fit action "${action}" (expected ${CLASS_FOR_ACTION[action].map((c) => c + '.x.x').join(' or ')})`);
  }
  const reasonValue = r['reason'];
  let reason: ReasonId | null = null;
  if (reasonValue !== undefined && reasonValue !== null && reasonValue !== '') {
    if (typeof reasonValue !== 'string' || !isReasonId(reasonValue)) fail(`${f}.reason`, 'is not a known reason id');
    reason = reasonValue;
  }
  const lastAttempt = r['lastAttemptDate'];
  const retry = r['willRetryUntil'];
  return {
    recipient,
    originalRecipient,
    action,
    status,
    statusGiven,
    replyCode,
    diagnosticType: diagnostic.text === '' ? '' : diagnostic.type,
    diagnosticText: diagnostic.text,
    remoteMta: checkRemoteMta(r['remoteMta'], `${f}.remoteMta`),
    command: checkCommand(r['command'], `${f}.command`),
    lastAttemptDate: lastAttempt === undefined || lastAttempt === null || lastAttempt === '' ? null : readDate(lastAttempt as Date | string, `${f}.lastAttemptDate`),
    willRetryUntil: retry === undefined || retry === null || retry === '' ? null : readDate(retry as Date | string, `${f}.willRetryUntil`),
    reason,
    explanation: checkExplanation(r['explanation'], `${f}.explanation`),
  };
}

/** Reads `Display Name <addr>` or a bare address. */
function checkFrom(value: unknown, reportingMta: string): { name: string; address: string } {
  if (value === undefined || value === null || value === '') {
    return { name: 'Mail Delivery System', address: `MAILER-DAEMON@${reportingMta.replace(/\.$/, '')}` };
  }
  const v = str(value, 'from', true).trim();
  const m = /^(.*)<([^<>]*)>$/.exec(v);
  if (!m) return { name: '', address: checkAddress(v, 'from') };
  let name = m[1]!.trim();
  if (name.startsWith('"') && name.endsWith('"') && name.length >= 2) name = name.slice(1, -1);
  return { name, address: checkAddress(m[2], 'from') };
}

/**
 * Checks all options. Throws an {@link NdrkitError} naming the first field at fault.
 */
export function checkOptions(options: ComposeNdrOptions): CheckedOptions {
  if (typeof options !== 'object' || options === null) fail('options', 'must be an object');
  const o = options as unknown as Record<string, unknown>;
  const reportingMta = checkHost(o['reportingMta'], 'reportingMta', true);
  const list = o['recipients'];
  if (!Array.isArray(list) || list.length === 0) fail('recipients', 'must be a non-empty array');
  if (list.length > MAX_RECIPIENTS) fail('recipients', `holds more than ${MAX_RECIPIENTS} entries`);
  const recipients = list.map((r, i) => checkRecipient(r, i));

  let original: string | Uint8Array | null = null;
  let originalIsHeadersOnly = false;
  for (const key of ['originalMessage', 'originalHeaders'] as const) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' && !(v instanceof Uint8Array)) fail(key, 'must be a string or a Uint8Array');
    if (original === null) {
      original = v;
      originalIsHeadersOnly = key === 'originalHeaders';
    }
  }

  const locale = (o['locale'] ?? 'en') as NdrLocale;
  if (!LOCALES.includes(locale)) fail('locale', `must be one of ${LOCALES.join(', ')}`);
  const returnContent = (o['returnContent'] ?? 'headers') as NdrReturnContent;
  if (!RETURNS.includes(returnContent)) fail('returnContent', `must be one of ${RETURNS.join(', ')}`);
  const max = o['maxOriginalBytes'] ?? DEFAULT_MAX_ORIGINAL_BYTES;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < MIN_MAX_ORIGINAL_BYTES) {
    fail('maxOriginalBytes', `must be an integer of at least ${MIN_MAX_ORIGINAL_BYTES}`);
  }

  const from = checkFrom(o['from'], reportingMta);
  const subject = o['subject'] === undefined || o['subject'] === null ? null : str(o['subject'], 'subject', false);
  if (subject !== null && subject.length > 900) fail('subject', 'is longer than 900 characters');
  const serviceName = str(o['serviceName'], 'serviceName', false) || reportingMta;
  if (serviceName.length > 200) fail('serviceName', 'is longer than 200 characters');
  const envelopeId = str(o['envelopeId'], 'envelopeId', false);
  if (envelopeId.length > 100 || /\s/.test(envelopeId)) fail('envelopeId', 'must be at most 100 characters without spaces');

  const messageId = str(o['messageId'], 'messageId', false).replace(/^<|>$/g, '') || `${randomToken(12)}@${reportingMta.replace(/\.$/, '')}`;
  if (!/^[^<>\s@]{1,200}@[^<>\s@]{1,253}$/.test(messageId)) fail('messageId', 'must look like local@domain');
  const boundary = str(o['boundary'], 'boundary', false) || `=_ndrkit_${randomToken(12)}`;
  if (!/^[0-9A-Za-z'()+_,./:=?-]{1,60}$/.test(boundary)) fail('boundary', 'must be 1-60 RFC 2046 boundary characters without spaces');

  const arrival = o['arrivalDate'];
  const date = o['date'];
  return {
    reportingMta,
    recipients,
    original,
    originalIsHeadersOnly,
    arrivalDate: arrival === undefined || arrival === null || arrival === '' ? null : readDate(arrival as Date | string, 'arrivalDate'),
    envelopeId,
    receivedFromMta: checkHost(o['receivedFromMta'], 'receivedFromMta', false),
    to: checkAddress(o['to'], 'to', false),
    fromName: from.name,
    fromAddress: from.address,
    subject,
    locale,
    returnContent,
    maxOriginalBytes: max,
    serviceName,
    date: date === undefined || date === null || date === '' ? new Date() : readDate(date as Date | string, 'date'),
    messageId,
    boundary,
  };
}
