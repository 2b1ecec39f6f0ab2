// Metamorphic transformations of a raw message: the wrappers real mail systems and people put
// around a bounce (re-encoded parts, a transcoded charset, a forward as attachment or inline, a
// paste of the visible text, an mbox). Each is a pure function from a binary string (one char per
// byte, "\n" line ends) to a binary string (or, for a paste, to decoded text). Parts are located
// with the project's own header reader (parseHeaderBlock, parseParams) and decoded with its own
// transfer-encoding and charset decoders, so a transformation changes only the wrapper, never
// what the report says. Line-end variants are the detector contract test's (test/detectors).
import { bytesToBinary, normalizeLineEnds } from '../../src/mime/binary.js';
import { decodeBinary } from '../../src/mime/charset.js';
import { parseHeaderBlock, parseParams } from '../../src/mime/header-list.js';
import { htmlToText } from '../../src/mime/html-to-text.js';
import { MAX_DEPTH } from '../../src/mime/limits.js';
import { parseMessage } from '../../src/mime/parse-message.js';
import { decodeBase64, decodeQuotedPrintable } from '../../src/mime/transfer-encoding.js';

/** One leaf entity as the walker hands it to a transformation. */
interface Leaf {
  /** The raw header block, including the blank line that ends it (when there is one). */
  readonly head: string;
  readonly body: string;
  /** `type/subtype`, lower case; the default of the context when absent. */
  readonly type: string;
  readonly params: ReadonlyMap<string, string>;
  /** Content-Transfer-Encoding, lower case. */
  readonly cte: string;
  readonly depth: number;
}

/** Bytes of any line ends -> a binary string with "\n" line ends, without an mbox From_ line. */
export function toBinary(bytes: Uint8Array): string {
  let s = normalizeLineEnds(bytesToBinary(bytes));
  if (s.startsWith('From ')) {
    const e = s.indexOf('\n');
    s = e < 0 ? '' : s.slice(e + 1);
  }
  return s;
}

/**
 * Rebuilds a message with `fn` applied to every leaf entity (multiparts are walked, enclosed
 * message/rfc822 parts are leaves and left alone unless `fn` changes them). `fn` returns the new
 * entity text, or null to keep it.
 */
function mapLeaves(s: string, fn: (leaf: Leaf) => string | null, depth = 0, defaultType = 'text/plain'): string {
  const { headers, bodyStart } = parseHeaderBlock(s);
  const ctRaw = headers.get('content-type');
  const ct = parseParams(ctRaw === '' ? defaultType : ctRaw);
  const head = s.slice(0, bodyStart);
  const body = s.slice(bodyStart);
  const boundary = ct.params.get('boundary') ?? '';
  if (ct.value.startsWith('multipart/') && boundary !== '' && depth < MAX_DEPTH) {
    const childDefault = ct.value === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    const mapped = mapMultipart(body, '--' + boundary, (part) => mapLeaves(part, fn, depth + 1, childDefault));
    if (mapped !== null) return head + mapped;
  }
  const out = fn({ head, body, type: ct.value, params: ct.params, cte: headers.get('content-transfer-encoding').trim().toLowerCase(), depth });
  return out ?? s;
}

/** Maps each part between the delimiters of a multipart body; null when no delimiter is found. */
function mapMultipart(body: string, delim: string, fn: (part: string) => string): string | null {
  const starts: number[] = [];
  for (let i = body.indexOf(delim); i >= 0; i = body.indexOf(delim, i + delim.length)) {
    if (i === 0 || body.charCodeAt(i - 1) === 0x0a) starts.push(i);
  }
  if (starts.length === 0) return null;
  let out = body.slice(0, starts[0]);
  for (let k = 0; k < starts.length; k++) {
    const d = starts[k] as number;
    if (body.startsWith('--', d + delim.length)) return out + body.slice(d); // closing delimiter and epilogue
    const eol = body.indexOf('\n', d);
    if (eol < 0) return out + body.slice(d);
    const next = k + 1 < starts.length ? (starts[k + 1] as number) : -1;
    const partEnd = next < 0 ? body.length : next > eol + 1 && body.charCodeAt(next - 1) === 0x0a ? next - 1 : next;
    out += body.slice(d, eol + 1) + fn(body.slice(eol + 1, Math.max(eol + 1, partEnd))) + (next < 0 ? '' : body.slice(partEnd, next));
  }
  return out;
}

/** Removes every occurrence of a field (with its continuation lines) from a raw header block. */
function dropField(head: string, name: string): string {
  const lines = head.split('\n');
  const out: string[] = [];
  let dropping = false;
  const lower = name.toLowerCase() + ':';
  for (const line of lines) {
    if (dropping && (line.startsWith(' ') || line.startsWith('\t'))) continue;
    dropping = line.toLowerCase().replace(/^([!-9;-~]{1,80})[ \t]{0,8}:/, '$1:').startsWith(lower);
    if (!dropping) out.push(line);
  }
  return out.join('\n');
}

/** A raw header block with `fields` set (replacing any existing ones), ending in a blank line. */
function setFields(head: string, fields: ReadonlyArray<readonly [string, string]>): string {
  let h = head;
  for (const [name] of fields) h = dropField(h, name);
  // the block without its trailing blank line(s)
  let end = h.length;
  while (end > 0 && h.charCodeAt(end - 1) === 0x0a) end--;
  const block = h.slice(0, end);
  const added = fields.map(([n, v]) => `${n}: ${v}`).join('\n');
  return (block === '' ? added : block + '\n' + added) + '\n\n';
}

/** The decoded bytes (binary string) of a leaf's body. */
function leafBytes(leaf: Leaf): string {
  if (leaf.cte === 'base64') return decodeBase64(leaf.body);
  if (leaf.cte === 'quoted-printable') return decodeQuotedPrintable(leaf.body);
  return leaf.body;
}

/** Base64 of a binary string, in lines of 76 characters (RFC 2045). */
export function encodeBase64(bin: string): string {
  const b64 = Buffer.from(bin, 'latin1').toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\n') + '\n';
}

function hex(c: number): string {
  return '=' + c.toString(16).toUpperCase().padStart(2, '0');
}

/** Quoted-printable of a binary string ("\n" is a hard line break), lines of at most 76 (RFC 2045). */
export function encodeQuotedPrintable(bin: string): string {
  const out: string[] = [];
  for (const line of bin.split('\n')) {
    let cur = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      const tok = c === 0x3d || c > 0x7e || (c < 0x20 && c !== 0x09) || ((c === 0x20 || c === 0x09) && last) ? hex(c) : line[i] as string;
      if (cur.length + tok.length > 75) {
        out.push(cur + '=');
        cur = '';
      }
      cur += tok;
    }
    out.push(cur);
  }
  return out.join('\n');
}

/** Parts a mail system re-encodes: text and the delivery-status report. */
function isReencodable(type: string): boolean {
  return type.startsWith('text/') || type === 'message/delivery-status' || type === 'message/global-delivery-status';
}

function ensureMimeVersion(s: string): string {
  const { headers, bodyStart } = parseHeaderBlock(s);
  if (headers.has('mime-version')) return s;
  return setFields(s.slice(0, bodyStart), [['MIME-Version', '1.0']]) + s.slice(bodyStart);
}

/**
 * Every text/* and delivery-status part re-encoded in base64 or quoted-printable (what a gateway
 * that converts 8-bit mail to 7-bit, or a mailer that always encodes, sends). Bytes unchanged.
 */
export function reencodeParts(s: string, cte: 'base64' | 'quoted-printable'): string {
  const out = mapLeaves(s, (leaf) => {
    if (!isReencodable(leaf.type)) return null;
    const bytes = leafBytes(leaf);
    const body = cte === 'base64' ? encodeBase64(bytes) : encodeQuotedPrintable(bytes);
    return setFields(leaf.head, [['Content-Transfer-Encoding', cte]]) + body;
  });
  return ensureMimeVersion(out);
}

/** A Content-Type value from a type and parameters (values quoted). */
function contentType(type: string, params: ReadonlyMap<string, string>): string {
  let v = type;
  for (const [k, p] of params) v += `; ${k}="${p.replace(/["\\]/g, '\\$&')}"`;
  return v;
}

/**
 * Every text/* part transcoded to UTF-8, its declared charset changed to match (what a client
 * that re-saves a message, or a gateway that normalises charsets, writes). The transfer encoding
 * is kept (8bit when the part was unencoded and now has 8-bit bytes).
 */
export function transcodeToUtf8(s: string): string {
  const out = mapLeaves(s, (leaf) => {
    if (!leaf.type.startsWith('text/')) return null;
    const text = decodeBinary(leafBytes(leaf), leaf.params.get('charset') ?? '');
    const utf8 = bytesToBinary(new TextEncoder().encode(text));
    const params = new Map(leaf.params);
    params.set('charset', 'utf-8');
    let body = utf8;
    let cte = leaf.cte;
    if (cte === 'base64') body = encodeBase64(utf8);
    else if (cte === 'quoted-printable') body = encodeQuotedPrintable(utf8);
    else if (/[^\x00-\x7f]/.test(utf8)) cte = '8bit';
    const fields: [string, string][] = [['Content-Type', contentType(leaf.type, params)]];
    if (cte !== '') fields.push(['Content-Transfer-Encoding', cte]);
    return setFields(leaf.head, fields) + body;
  });
  return ensureMimeVersion(out);
}

/** The helpdesk user who forwards bounces in every forward below. */
const FORWARDER = 'Helpdesk Example <helpdesk@example.org>';
const FORWARD_TO = 'Mail Admin <postmaster@example.net>';
const FORWARD_DATE = 'Mon, 2 Mar 2026 09:15:00 +0000';

/** A boundary that does not occur in `s`. */
function boundaryFor(s: string, seed: string): string {
  let b = `=_ndrkit-fwd-${seed}`;
  for (let i = 0; s.includes(b) && i < 100; i++) b = `=_ndrkit-fwd-${seed}-${i}`;
  return b;
}

/** The original's top header values a client shows (decoded text; "" when absent). */
function shownHeaders(s: string): { from: string; to: string; subject: string; date: string } {
  const h = parseHeaderBlock(s).headers;
  return { from: h.get('from'), to: h.get('to'), subject: h.get('subject'), date: h.get('date') };
}

/** A decoded (JS) string as UTF-8 bytes in a binary string. */
function utf8Binary(text: string): string {
  return bytesToBinary(new TextEncoder().encode(text));
}

/**
 * The whole bounce forwarded as a message/rfc822 attachment by a helpdesk user ("Fwd: ..."),
 * what Thunderbird's "Forward as Attachment" and Outlook's "Forward as attachment" send.
 */
export function forwardAsAttachment(s: string): string {
  const b = boundaryFor(s, 'att');
  const { subject } = shownHeaders(s);
  return [
    `From: ${FORWARDER}`,
    `To: ${FORWARD_TO}`,
    `Subject: Fwd: ${utf8Binary(subject)}`,
    `Date: ${FORWARD_DATE}`,
    'Message-ID: <fwd-att@example.org>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi, a customer got this bounce back. Can you tell what went wrong?',
    '',
    `--${b}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="bounce.eml"',
    '',
    s.endsWith('\n') ? s.slice(0, -1) : s,
    `--${b}--`,
    '',
  ].join('\n');
}

/**
 * The human-readable text a mail client shows for a message: its text/plain parts (text/html
 * as text when there is no plain part), decoded; the delivery-status part, the returned message
 * and header attachments are not shown as text.
 */
export function visibleText(s: string): string {
  const m = parseMessage(s.length > 0 ? Buffer.from(s, 'latin1') : new Uint8Array(0));
  const hasPlain = m.parts.some((p) => p.contentType === 'text/plain' && p.disposition !== 'attachment');
  const out: string[] = [];
  for (const p of m.parts) {
    if (p.disposition === 'attachment') continue;
    if (p.contentType === 'text/plain') out.push(p.text);
    else if (p.contentType === 'text/html' && !hasPlain) out.push(htmlToText(p.text));
  }
  return out.join('\n');
}

/**
 * "Paste": only the decoded human-readable text (no headers, no MIME), what an admin copies out
 * of a mail client into `ndr parse` or the web page. A decoded string, not bytes.
 */
export function paste(s: string): string {
  return visibleText(s);
}

/** The leaves of a message that a client carries along as attachments when forwarding inline. */
function attachedLeaves(s: string): string[] {
  const out: string[] = [];
  mapLeaves(s, (leaf) => {
    if (leaf.depth > 0 && !(leaf.type === 'text/plain' || leaf.type === 'text/html')) out.push(leaf.head + leaf.body);
    return null;
  });
  return out;
}

/**
 * Gmail's inline forward: a "---------- Forwarded message ---------" block naming the original
 * From, Date, Subject and To, then the decoded text; Gmail carries the other parts (the
 * delivery-status part, the returned message) along as attachments.
 */
export function forwardInlineGmail(s: string): string {
  const h = shownHeaders(s);
  const text = [
    'Can you look at this one?',
    '',
    '---------- Forwarded message ---------',
    `From: ${h.from}`,
    `Date: ${h.date}`,
    `Subject: ${h.subject}`,
    `To: ${h.to}`,
    '',
    '',
    visibleText(s),
  ].join('\n');
  const attached = attachedLeaves(s);
  const head = [`From: ${FORWARDER}`, `To: ${FORWARD_TO}`, `Subject: Fwd: ${utf8Binary(h.subject)}`, `Date: ${FORWARD_DATE}`, 'Message-ID: <fwd-gmail@example.org>', 'MIME-Version: 1.0'];
  if (attached.length === 0) return [...head, 'Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: 8bit', '', utf8Binary(text), ''].join('\n');
  const b = boundaryFor(s, 'gm');
  const parts = [`--${b}`, 'Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: 8bit', '', utf8Binary(text)];
  for (const a of attached) parts.push(`--${b}`, a.endsWith('\n') ? a.slice(0, -1) : a);
  return [...head, `Content-Type: multipart/mixed; boundary="${b}"`, '', ...parts, `--${b}--`, ''].join('\n');
}

/**
 * Outlook's inline forward: a rule, then "From: / Sent: / To: / Subject:" and the decoded text.
 * Text only: Outlook renders a report's parts and forwards the rendering.
 */
export function forwardInlineOutlook(s: string): string {
  const h = shownHeaders(s);
  const text = [
    'Please check, thanks.',
    '',
    '________________________________',
    `From: ${h.from}`,
    `Sent: ${h.date}`,
    `To: ${h.to}`,
    `Subject: ${h.subject}`,
    '',
    visibleText(s),
  ].join('\n');
  return [`From: ${FORWARDER}`, `To: ${FORWARD_TO}`, `Subject: FW: ${utf8Binary(h.subject)}`, `Date: ${FORWARD_DATE}`, 'Message-ID: <fwd-outlook@example.org>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: 8bit', '', utf8Binary(text), ''].join('\n');
}

/** A personal message and a newsletter that sit next to the bounce in the mbox. */
const NEIGHBOURS = [
  ['From alice@example.org Mon Mar  2 08:00:00 2026', 'From: Alice <alice@example.org>', 'To: bob@example.net', 'Subject: Re: lunch', 'Date: Mon, 2 Mar 2026 08:00:00 +0000', '', 'Fine by me.', '>From now on I will bring the sandwiches.', '', '> From: Bob', '> shall we meet at noon?', ''].join('\n'),
  ['From news@example.com Mon Mar  2 10:00:00 2026', 'From: News <news@example.com>', 'To: bob@example.net', 'Subject: Weekly digest', 'Date: Mon, 2 Mar 2026 10:00:00 +0000', '', 'This week: nothing happened.', ''].join('\n'),
];

/** mboxrd quoting: one more ">" before every line that is ">"* then "From ". */
function quoteFromLines(s: string): string {
  return s.replace(/^(>{0,100}From )/gm, '>$1');
}

/**
 * The bounce stored in an mbox between two other messages (From_ envelope lines, ">From "
 * quoting of body lines, a blank line between messages). Its messages, in order, are a
 * neighbour, the bounce, the other neighbour.
 */
export function inMbox(s: string): string {
  const bounce = ['From MAILER-DAEMON Mon Mar  2 09:00:00 2026', quoteFromLines(s.endsWith('\n') ? s : s + '\n')].join('\n');
  return [NEIGHBOURS[0], bounce, NEIGHBOURS[1]].join('\n');
}
