/**
 * The last resort: human-readable bounces from mail systems no specific detector knows, in any
 * of the common languages. Tried after RFC 3464, X-Failed-Recipients and RFC 3834, so it only
 * sees messages with no machine-readable report at all.
 *
 * It claims a message only on two kinds of evidence together:
 * 1. the message says it is a delivery report: a bounce-like Subject ("Undeliverable",
 *    "Unzustellbar", "Non remis", "配信不能", "退信", ...) or a bounce-like opening sentence in
 *    the body, backed by a mail-system sender (MAILER-DAEMON, postmaster, "Mail Delivery
 *    System") or an empty Return-Path; a text with no header at all (an NDR pasted out of a
 *    mail client) needs only the opening sentence;
 * 2. a recipient address with the server's reply near it: an SMTP reply code or enhanced
 *    status code in the lines that follow the address (or, when the report names exactly one
 *    address, anywhere in the report), or a failure phrase on the address's own line.
 *
 * Auto-replies, ordinary mail, mail quoting a bounce (Re:/Fwd: subjects) and reports of
 * success are left alone. The report is read up to the copy of the returned message; the
 * bounce's own From/To addresses and mail-system addresses are never taken as recipients.
 * Every loop is bounded by the capped report; regexes run over capped lines only.
 */
import { findAddresses } from '../dsn/address.js';
import { findCommand } from '../dsn/smtp-command.js';
import { findReplyCode, findStatus } from '../dsn/status-code.js';
import type { ParsedMessage } from '../mime/types.js';
import type { Evidence } from '../types.js';
import { evidence, squeeze } from './evidence.js';
import { delayOpening, failureOpening, isDelaySubject, isFailureSubject, isSuccessSubject, replyQuote, reportOpenings } from './report-wording.js';
import { joinReply, linesOf } from './text-report.js';
import type { Detection, Detector, RecipientReport } from './types.js';

/** Most characters of the body read as the report (reports are short; the copy follows). */
const MAX_REPORT = 64 * 1024;
/** Lines after an address searched for its reply, when no blank line ends the block sooner. */
const BLOCK_LINES = 8;
/** How far into a report its opening sentence is looked for (as report-wording.ts does). */
const MAX_OPENING_HEAD = 8192;
/** Most end-of-report markers tried while looking for the one after the report's opening. */
const MAX_END_MARKERS = 16;
/** Most recipients read from one report. */
const MAX_RECIPIENTS = 100;

/** Senders of mail-system reports: local parts and display names. */
const DAEMON_LOCAL = /^(?:mailer[-_]?daemon|mail[-_]?daemon|postmaster|mail[-_]?delivery[-_a-z]{0,20}|mdaemon|mailerdaemon|bounce[sd]?|nobody|mail[-_]?system|ndr|dsn|smtp)$/i;
const DAEMON_NAME = /mail(?:er)?[- ]?daemon|mail delivery (?:system|subsystem|service)|postmaster|mail system|microsoft outlook|e-?mail delivery|system ?administrator|systemverwalter|administrateur syst[èe]me|administrador del sistema|amministratore di sistema|systeembeheerder|administrator systemu|системный администратор|系统管理员|系統管理員|système de messagerie|sistema de correo|sistema di posta|sistema de e-?mail|почтовая система|メール配信システム|郵件系統|邮件系统|메일 시스템/i;

/** A person's reply or forward: never a report, whatever it quotes. */
const PERSON_PREFIX = /^(?:re|fwd?|aw|wg|tr|rv|r|sv|vs|antw|doorst|odp|pd|ответ|пересл|回复|转发|答复|返信|転送)\s*(?:\[\d{1,3}\])?\s*[:：]/i;

/**
 * Where the returned message (or a copy of its headers) begins: the report ends there.
 * Bounded alternatives, no nesting.
 */
const REPORT_END =
  /\n[ \t]*(?:-{2,}[^\n]{0,60}?(?:original message|copy of the|message headers|below this line|returned message|undelivered message|forwarded message|ursprüngliche nachricht|message d'origine|message original|mensaje original|messaggio originale|mensagem original|oorspronkelijk bericht|oryginalna wiadomość|исходное сообщение|元のメッセージ|原始邮件|原始郵件|원본 메시지)|content-type:[ \t]*(?:message\/|text\/rfc822-headers)|(?:original message headers|ursprüngliche nachrichtenkopfzeilen|en-têtes de message d'origine|encabezados del mensaje original|intestazioni messaggio originale)[ \t]*:|received:[ \t]+from |return-path:[ \t]*<|message-id:[ \t]*<)/i;

/**
 * Fields of a copied header block that name someone other than the recipient (sender, copies,
 * ids), in the common languages: addresses on such lines are not recipients. "To" is not in
 * the list: reports often name the failed recipient that way ("宛先: ...", "To: ...").
 */
const HEADER_LINE = /^(?:from|cc|bcc|reply-to|sender(?: address)?|return-path|message-id|in-reply-to|references|received|x-[a-z0-9-]{1,40}|dkim-signature|list-[a-z]{1,20}|errors-to|delivered-to|resent-[a-z]{1,10}|von|de|da|van|od|от|差出人|发件人|寄件者|보낸 사람)[ \t]*[:：]/i;

/** An SMTP failure reply code standing as a code (not inside a number, path or time). */
const REPLY_CODE = /(?:^|[^0-9A-Za-z.#:/=-])([45][0-5][0-9])(?=[ -]|$)/;
/**
 * Reply codes written in ways the code readers do not take for one: a colon between the reply
 * code and the enhanced code ("550: 5.2.2 <a@b>... Mailbox Full"), and a labelled code
 * ("ERROR_CODE :550, ERROR_CODE :5.1.1 ...", "error code: 550").
 */
const CODE_COLON = /(?:^|[\s>(])([45][0-5][0-9]):[ \t]?[45]\.\d{1,3}\.\d{1,3}(?![0-9])/;
const CODE_LABEL = /\berror[_ ]?code[ \t]?[:=][ \t]?([45][0-5][0-9])(?![0-9.])/i;
/** An enhanced failure status code. */
const ENHANCED = /(?:^|[^0-9.])[45]\.\d{1,3}\.\d{1,3}(?![0-9]|\.\d)/;

/** Failure words that, on the address's own line, stand for a reply (any language, lower case). */
const FAILURE_CUE =
  /unknown|not found|(?:couldn't|could not|can't|cannot) be found|unable to receive|does not exist|doesn't exist|no such|rejected|refused|blocked|invalid|disabled|full|over quota|failed|failure|timed out|aborted|not listed|unbekannt|existiert nicht|nicht gefunden|abgelehnt|voll|inconnu|n'existe pas|introuvable|rejet|refus|plein|desconocid|no existe|rechazad|lleno|sconosciut|inesistente|non esiste|rifiutat|pien|desconhecid|n[ãa]o existe|recusad|cheia|onbekend|bestaat niet|geweigerd|nieznan|nie istnieje|odrzucon|pełn|неизвестн|не существует|не найден|отклонен|переполнен|存在しません|見つかりません|不明|拒否|不存在|找不到|拒绝|已满|존재하지|찾을 수 없|거부/;

/** A report's words to the sender about the sender's message. */
const YOUR_MESSAGE = /\byour (?:message|e-?mail|mail)\b/i;

/**
 * Where the refusing server is named near the reply. A "client host [ip]" or "sending host" in
 * a refusal names the sender's own server (Spamhaus-style block-list replies), not the refuser.
 */
const REMOTE_HOST =
  /(?:(?<!\b(?:client|sending|sender|your) )\bhost|\bserver|\bremote server(?: at)?|\bremote host|\bmail server|\bserveur(?: distant)?|h[ôo]te|\bservidor(?: remoto)?|\bserver remoto|\bentfernter server|\bmx)[ \t]*[:=]?[ \t]*\[?([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,10})\]?/i;
/** Exchange's and Outlook's rendering of a remote server's reply: `<mx.example.net #5.1.1 smtp;550 ...>`. */
const EXCHANGE_REMOTE = /<([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,10}) #[245]\.\d{1,3}\.\d{1,3} /;
/** Where the reporting server names itself. */
const REPORTING_HOST =
  /(?:mail system at host|generating server|generierender server|serveur de g[ée]n[ée]ration|servidor de generaci[óo]n|server di generazione|servidor gerador|genererende server|serwer generujący|создающий сервер|生成サーバー|生成服务器)[ \t]*[:：]?[ \t]*([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,10})/i;

/** The local part of an address. */
/** Mail-system mailboxes that write reports and are never a failed recipient. */
const REPORTER_LOCAL = /^(?:mailer[-_]?daemon|mail[-_]?daemon|mailerdaemon|mdaemon)$/i;

function localPart(a: string): string {
  return a.slice(0, a.lastIndexOf('@'));
}

/** The address inside a header value (`Name <a@b>` or `a@b`), lower case, or "". */
function headerAddresses(value: string): string[] {
  return findAddresses(value.length > 4096 ? value.slice(0, 4096) : value, 20).map((a) => a.toLowerCase());
}

/** Fields that make a header block a message's: without any, the text is a paste. */
const MESSAGE_FIELDS: ReadonlySet<string> = new Set(['from', 'to', 'subject', 'date', 'received', 'return-path', 'message-id', 'mime-version', 'content-type', 'sender', 'reply-to', 'delivered-to']);

/**
 * Whether the text is a paste: a paste's first line may look like a field ("[http://...logo.png]",
 * "Error: ...", Postfix's "<a@b>: host ... said: 550 ..."); a text is headerless unless its
 * header block has a field every mail message has.
 */
function isHeaderless(message: ParsedMessage): boolean {
  return !message.headers.fields.some((f) => MESSAGE_FIELDS.has(f.name));
}

/** Why the message reads as a report, with evidence; null when it does not. */
interface ReportSignals {
  readonly delay: boolean;
  readonly evidence: Evidence[];
}

function readSignals(message: ParsedMessage, reportOfMessage: () => ReportText): ReportSignals | null {
  const h = message.headers;
  const headerless = isHeaderless(message);
  const subject = h.get('subject').slice(0, 300).trim();
  if (PERSON_PREFIX.test(subject) || isSuccessSubject(subject)) return null;
  const ev: Evidence[] = [];
  const delaySubject = isDelaySubject(subject);
  const failureSubject = !delaySubject && isFailureSubject(subject);
  let daemon = false;
  let nullSender = false;
  if (!headerless) {
    // Header checks first: ordinary mail is turned away before its body is scanned.
    const from = h.get('from');
    const fromAddr = headerAddresses(from)[0] ?? '';
    daemon = (fromAddr !== '' && DAEMON_LOCAL.test(localPart(fromAddr))) || DAEMON_NAME.test(from.slice(0, 200));
    const returnPath = h.get('return-path').replace(/\s+/g, '');
    nullSender = h.has('return-path') && (returnPath === '<>' || returnPath === '');
    // A header block with no trace field (Received, Return-Path) is one a mail client showed,
    // not one a server delivered (a report forwarded inline, rebuilt from the forward block's
    // From / Date / To / Subject): the envelope's null sender cannot be asked of it.
    const shownOnly = !h.has('received') && !h.has('return-path');
    // A report needs a mail-system sender or a null sender besides its wording;
    // a body sentence alone (no report subject) must come with both (or with the sender alone
    // when only the shown fields are there).
    if (!daemon && !nullSender) return null;
    if (!delaySubject && !failureSubject && !(daemon && (nullSender || shownOnly))) return null;
  }
  const { text: report, failure: bodyFailure, delay: bodyDelay } = reportOfMessage();
  // A paste may keep only the server's reply as reports quote it ("<a@b>: host ... said: 550
  // ...", a session transcript), without the sentence that opened the report.
  const quoted = headerless && bodyFailure === '' && bodyDelay === '' ? replyQuote(report) : '';
  if (delaySubject || failureSubject) ev.push(evidence('header:Subject', subject));
  else if (bodyFailure !== '') ev.push(evidence('body', bodyFailure));
  else if (bodyDelay !== '') ev.push(evidence('body', bodyDelay));
  else if (quoted !== '') ev.push(evidence('body', quoted));
  else return null;
  if (daemon) ev.push(evidence('header:From', h.get('from')));
  if (nullSender) ev.push(evidence('header:Return-Path', '<>'));
  const delay = delaySubject || (!failureSubject && bodyDelay !== '' && bodyFailure === '');
  return { delay, evidence: ev };
}

/** The report part of the body and the opening sentences found in it. */
interface ReportText {
  readonly text: string;
  readonly failure: string;
  readonly delay: string;
}

/** The report part of the body: up to the copy of the returned message, capped. */
function reportOf(message: ParsedMessage): ReportText {
  // a paste's lines read as a header block are the report's first lines
  const head = isHeaderless(message) ? message.headers.text : '';
  const flat = head !== '' ? head.replace(/\n*$/, '\n') + message.flatText : message.flatText;
  const t = '\n' + (flat.length > MAX_REPORT ? flat.slice(0, MAX_REPORT) : flat);
  // The copy of the returned message follows the report's own sentence: a header line met
  // before it is the report quoting the message's fields ("This report relates to a message
  // you sent with the following header fields:" then an indented Message-id, ...). The first
  // end after an opening sentence ends the report; with no opening at all, the first end does.
  // Each stretch between two ends is searched once (an opening sentence does not run over a
  // line that starts a copy), only within the head where openings are looked for; the openings
  // of the report are those of the stretch that has them (the ones before had none).
  const ends = new RegExp(REPORT_END.source, 'gi');
  let first = -1;
  let from = 0;
  for (let k = 0; k < MAX_END_MARKERS && from < MAX_OPENING_HEAD; k++) {
    const end = ends.exec(t);
    if (!end) {
      if (first < 0) break;
      // no end after the opening: the report runs to the end of the text
      const o = reportOpenings(t.slice(from, MAX_OPENING_HEAD));
      if (o.failure !== '' || o.delay !== '') return { text: t.slice(1), ...o };
      break;
    }
    if (first < 0) first = end.index;
    const o = reportOpenings(t.slice(from, Math.min(end.index + 1, MAX_OPENING_HEAD)));
    if (o.failure !== '' || o.delay !== '') return { text: t.slice(1, end.index + 1), ...o };
    from = end.index + 1;
  }
  if (first >= 0) return { text: t.slice(1, first + 1), failure: '', delay: '' };
  return { text: t.slice(1), ...reportOpenings(t) };
}

function hasCode(line: string): boolean {
  return REPLY_CODE.test(line) || ENHANCED.test(line);
}

/**
 * How much a reply block looks like the server's own reply: a reply code with an enhanced code
 * (3) beats a reply code alone (2) beats an enhanced code quoted in prose (1).
 */
function replyQuality(reply: readonly string[]): number {
  const first = reply[0];
  if (first === undefined) return 0;
  const r = REPLY_CODE.test(first);
  const e = ENHANCED.test(first);
  return r && e ? 3 : r ? 2 : e ? 1 : 0;
}

/** What was found for one recipient. */
interface Candidate {
  readonly recipient: string;
  /** The line naming the address. */
  readonly line: string;
  /** Its index in the report's lines (-1 when the address came from elsewhere). */
  readonly index: number;
  /** Reply lines: from the first line with a code to the end of the block. */
  reply: string[];
  /** The block's lines between the address and its reply (a transcript's `>>> RCPT TO:<...>`). */
  lead: string[];
  /** A failure phrase on the address's own line (used when no code is found). */
  cueLine: string;
}

/**
 * A separator line ("--- End Transcript ---", "=====") ends a block, and so does a time-stamped
 * line: an earlier attempt in a delivery history (Exchange's "4/25/2026 9:58:12 AM - Remote
 * Server at ... returned '...'"), not more of the latest reply.
 */
const SEPARATOR = /^(?:-{3,}|={3,}|_{3,}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2})/;

/**
 * Reads the reply block after the address's line: up to a blank line or another address. A
 * blank line straight after the address is skipped ("address\n\n  reason" layouts) unless
 * `overBlank` is false: when the address's own line already carries the reply, what follows a
 * blank line is the report's next paragraph, not more of the reply.
 */
function blockAfter(lines: readonly string[], i: number, isCandidateLine: (l: string, self: string) => boolean, self: string, overBlank = true): string[] {
  const out: string[] = [];
  // When the address's line carries the reply (overBlank false), a line indented deeper than
  // it is that reply wrapped (Postfix's "<a@b>: host ... said: 554 Mail from\n    c@d rejected
  // ..."): an address there is quoted by the reply, not another recipient.
  const anchorIndent = overBlank ? -1 : indentOf(lines[i] as string);
  for (let j = i + 1; j < lines.length && j <= i + BLOCK_LINES; j++) {
    const raw = lines[j] as string;
    const l = raw.trim();
    if (l === '') {
      if (out.length > 0 || !overBlank) break;
      continue; // "address\n\n  reason" layouts
    }
    const wrapped = anchorIndent >= 0 && indentOf(raw) > anchorIndent;
    if ((!wrapped && isCandidateLine(l, self)) || SEPARATOR.test(l)) break;
    out.push(l);
  }
  return out;
}

/** How many blanks a line starts with (capped: only compared). */
function indentOf(line: string): number {
  let n = 0;
  while (n < 64 && n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
}

/** From the first line that carries a code, to the end of `block`. */
function replyFrom(block: readonly string[]): string[] {
  const k = block.findIndex(hasCode);
  return k < 0 ? [] : block.slice(k);
}

/** The lines of `block` before its first line that carries a code. */
function leadOf(block: readonly string[]): string[] {
  const k = block.findIndex(hasCode);
  return k < 0 ? [] : block.slice(0, k);
}

/** A line that goes on with the sentence of the line before it (starts lower case). */
const GOES_ON = /^[a-z]/;

/** Words that introduce a quoted reply: what precedes the code is a label, not the reply. */
const LABEL_BEFORE_CODE = /(?:[:：;'"=([<>-]|said|returned|replied|response|reply|error|answer|wrote|meldete|antwortete|r[ée]pondu|respondi[óo]|risposto|respondeu|antwoordde|odpowiedział|ответил|応答)\s*$/i;

/**
 * A line that is only an address, as in a list of failed recipients: `a@b`, `<a@b>`, `a@b (a@b)`,
 * with an optional bullet or trailing colon. Bounded runs, no nesting.
 */
const LIST_ITEM = /^(?:[-*\u2022][ \t]{0,4})?<?[^\s<>@()]{1,64}@[^\s<>@()]{1,255}>?(?:[ \t]{0,4}\([^()\n]{0,300}\))?:?$/;
/** A sentence that introduces a list of recipients, in the common languages. */
const LIST_INTRO = /following (?:recipients?|addresses|address|e-?mail addresses|destinations?)|(?:destinataires|empfänger|destinatarios|destinatari|destinatários|ontvangers|odbiorcy|получател)[^\n]{0,60}:$/i;
/** How far above a list item its introducing sentence is looked for (other items, blank lines). */
const MAX_LIST_REACH = 12;

/**
 * The sentence that introduces the list holding line `i` (a report opening, or a line naming
 * "the following recipients"), or "" when the line is not in such a list.
 */
function listIntro(lines: readonly string[], i: number): string {
  for (let j = i - 1; j >= 0 && j >= i - MAX_LIST_REACH; j--) {
    const l = (lines[j] as string).trim();
    if (l === '' || LIST_ITEM.test(l)) continue;
    return l.length <= 300 && (LIST_INTRO.test(l) || failureOpening(l) !== '' || delayOpening(l) !== '') ? l : '';
  }
  return '';
}

/** The reply text as the server wrote it: from the code on, quotes and `#` marks trimmed. */
function diagnosticOf(reply: readonly string[]): string {
  let t = joinReply(reply);
  const m = REPLY_CODE.exec(t) ?? ENHANCED.exec(t);
  if (m) {
    // Keep the words before the code only when they are a short label ("Remote server said:").
    const at = m.index + m[0].search(/[0-9]/);
    const before = t.slice(0, at);
    if (LABEL_BEFORE_CODE.test(before) || before.includes('@') || before.length > 160) t = t.slice(at);
  }
  t = t.replace(/^[\s'"#<>(]+|['"#>\s]+$/g, '');
  // A closing parenthesis stays when it closes one the reply opened.
  if (t.endsWith(')') && t.split(')').length > t.split('(').length) t = t.slice(0, -1);
  return squeeze(t);
}

function remoteHostOf(text: string, recipient: string): string {
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  const m = REMOTE_HOST.exec(t) ?? EXCHANGE_REMOTE.exec(t);
  if (!m) return '';
  const host = (m[1] as string).toLowerCase();
  // The recipient's domain named as "host" is a reading of the address, not a server.
  return recipient.toLowerCase().endsWith('@' + host) || /^\d+\.\d+$/.test(host) ? '' : host;
}

/** Most characters of a returned message's header block read for its To field. */
const MAX_ORIGINAL_HEADERS = 16 * 1024;

/**
 * The one address in the To field of the returned message (a message/rfc822 or
 * text/rfc822-headers part), or "" when there is none or more than one.
 */
function originalSoleRecipient(message: ParsedMessage): string {
  for (const p of message.parts) {
    if (p.contentType !== 'message/rfc822' && p.contentType !== 'text/rfc822-headers' && p.contentType !== 'message/global') continue;
    const head = p.text.length > MAX_ORIGINAL_HEADERS ? p.text.slice(0, MAX_ORIGINAL_HEADERS) : p.text;
    const end = head.indexOf('\n\n');
    const block = '\n' + (end < 0 ? head : head.slice(0, end)).replace(/\n[ \t]+/g, ' ');
    const at = block.search(/\nto[ \t]*:/i);
    if (at < 0) return '';
    const line = block.slice(at + 1, block.indexOf('\n', at + 1) < 0 ? undefined : block.indexOf('\n', at + 1));
    const addrs = findAddresses(line.slice(line.indexOf(':') + 1), 2);
    return addrs.length === 1 ? (addrs[0] as string) : '';
  }
  return '';
}

/**
 * Last resort for human-readable reports in any common language: claims a message whose Subject or
 * opening sentence says it is a report, backed by a mail-system sender, when an address has the
 * server's reply near it; reads those addresses and replies.
 */
export const genericText: Detector = {
  id: 'generic-text',
  description: 'Last resort: human-readable bounces in any common language from mail systems without their own detector',
  detect(message: ParsedMessage): Detection | null {
    let report = '';
    const signals = readSignals(message, () => {
      const r = reportOf(message);
      report = r.text;
      return r;
    });
    if (!signals || report.trim() === '') return null;

    const h = message.headers;
    const own = new Set<string>();
    for (const name of ['from', 'to', 'cc', 'return-path', 'reply-to', 'sender', 'delivered-to']) {
      for (const v of h.getAll(name)) for (const a of headerAddresses(v)) own.add(a);
    }
    // The envelope sender a transcript names ("after MAIL FROM:<a@b>") is the bounced message's
    // sender, never its recipient: with no header block (a paste) nothing else says so.
    const envelopeSender = /mail\s{1,8}from:[ \t]{0,4}<([^<>\s@]{1,64}@[^<>\s]{1,255})>/gi;
    for (let k = 0, m = envelopeSender.exec(report); m && k < MAX_RECIPIENTS; k++, m = envelopeSender.exec(report)) own.add((m[1] as string).toLowerCase());
    // Postfix's "<a@b> (expanded from <alias@b>)": the alias is what was addressed, the expanded
    // address where delivery failed (as its delivery-status part's Final-Recipient says).
    const expandedFrom = /\(expanded from\s{1,20}<([^<>\s@]{1,64}@[^<>\s]{1,255})>\)/gi;
    for (let k = 0, m = expandedFrom.exec(report); m && k < MAX_RECIPIENTS; k++, m = expandedFrom.exec(report)) own.add((m[1] as string).toLowerCase());
    const usable = (a: string): boolean => !own.has(a.toLowerCase()) && !REPORTER_LOCAL.test(localPart(a)) && a.includes('.', a.indexOf('@'));
    const lines = linesOf(report);
    // A line naming another recipient starts that recipient's block.
    const isCandidateLine = (l: string, self: string): boolean => !HEADER_LINE.test(l) && findAddresses(l, 3).some((a) => usable(a) && a.toLowerCase() !== self);

    const found = new Map<string, Candidate>();
    const order: string[] = [];
    // lines read as the wrapped reply of an address's line: their addresses are not recipients
    let wrappedUntil = -1;
    for (let i = 0; i < lines.length && order.length < MAX_RECIPIENTS; i++) {
      const line = (lines[i] as string).trim();
      if (line === '' || HEADER_LINE.test(line) || i <= wrappedUntil) continue;
      const addrs = findAddresses(line, 10).filter(usable);
      if (addrs.length === 0) continue;
      for (const a of addrs) {
        const block = blockAfter(lines, i, isCandidateLine, a.toLowerCase());
        const key = a.toLowerCase();
        let c = found.get(key);
        if (!c) {
          c = { recipient: a, line, index: i, reply: [], lead: [], cueLine: '' };
          found.set(key, c);
          order.push(key);
        }
        // An address met again (a summary, then the details for administrators) keeps the
        // block that looks most like the server's own reply.
        const reply = hasCode(line) ? [line, ...blockAfter(lines, i, isCandidateLine, key, false)] : replyFrom(block);
        if (hasCode(line)) wrappedUntil = Math.max(wrappedUntil, i + reply.length - 1);
        if (replyQuality(reply) > replyQuality(c.reply)) {
          c.reply = reply;
          c.lead = hasCode(line) ? [] : leadOf(block);
        }
        if (c.cueLine === '' && !hasCode(line)) {
          // failure words on the address's own line, or the report's failure sentence naming it,
          // told to the sender ("There was a problem delivering your message to a@b.example."; a
          // person writes "my message to a@b wasn't delivered")
          const rest = line.replace(a, ' ');
          if (FAILURE_CUE.test(rest.toLowerCase()) || (YOUR_MESSAGE.test(rest) && failureOpening(rest) !== '')) c.cueLine = line;
          else {
            // the sentence naming the address goes on to the next line ("Your message to: a@b\n
            // was blocked by our Spam Firewall."), or the line is wrapped under the address's
            // (Postfix's "<a@b> (expanded from\n    <alias@b>): temporary failure.")
            const raw = lines[i + 1] ?? '';
            const next = (raw.length <= 300 ? raw : raw.slice(0, 300)).trim();
            const goesOn = (line.endsWith(a) && GOES_ON.test(next)) || (next !== '' && indentOf(raw) > indentOf(lines[i] as string));
            if (goesOn && !isCandidateLine(next, key) && FAILURE_CUE.test((rest + ' ' + next).toLowerCase())) c.cueLine = line + ' ' + next;
          }
        }
      }
    }
    // No address in the report: a returned message addressed to exactly one recipient names it.
    if (order.length === 0) {
      const to = originalSoleRecipient(message);
      if (to === '' || !usable(to)) return null;
      const key = to.toLowerCase();
      found.set(key, { recipient: to, line: `To: ${to} (the returned message)`, index: -1, reply: [], lead: [], cueLine: '' });
      order.push(key);
    }

    // One address and a reply elsewhere in the report: they belong together.
    if (order.length === 1) {
      const only = found.get(order[0] as string) as Candidate;
      const have = replyQuality(only.reply);
      if (have < 3) {
        // the line that looks most like the server's reply (a reply code with an enhanced code
        // beats a code quoted in prose, as in "error code 5.1.10" in a report's advice), when it
        // looks more like one than what follows the address; the first of the best
        let k = -1;
        let best = have;
        for (let j = 0; j < lines.length; j++) {
          const l = (lines[j] as string).trim();
          if (!hasCode(l) || HEADER_LINE.test(l)) continue;
          const q = replyQuality([l]);
          if (q > best) {
            best = q;
            k = j;
          }
          if (q === 3) break;
        }
        if (k >= 0) {
          only.reply = [(lines[k] as string).trim(), ...blockAfter(lines, k, isCandidateLine, order[0] as string)];
          only.lead = [];
        }
      }
    }

    // An address standing alone in a list that a report sentence introduces ("Delivery to the
    // following recipients failed:" then one address a line): the sentence is all the report
    // says about it (the reply, when there is one, is in a delivery-status part or not at all).
    for (const key of order) {
      const c = found.get(key) as Candidate;
      if (c.reply.length > 0 || c.cueLine !== '' || c.index < 0 || !LIST_ITEM.test(c.line)) continue;
      const at = c.index;
      const intro = listIntro(lines, at);
      if (intro === '') continue;
      // the words after the address, when the list gives any ("Reason: Over quota",
      // "Technical details of permanent failure: Storage quota exceeded"), say why
      const words = blockAfter(lines, at, isCandidateLine, key);
      c.cueLine = [intro, ...words].join(' ');
    }

    const reportingMatch = REPORTING_HOST.exec(report.slice(0, 8192));
    const reportingMta = reportingMatch ? (reportingMatch[1] as string).toLowerCase() : '';
    const recipients: RecipientReport[] = [];
    for (const key of order) {
      const c = found.get(key) as Candidate;
      if (c.reply.length === 0 && c.cueLine === '') continue;
      const diag = c.reply.length > 0 ? diagnosticOf(c.reply) : squeeze(c.cueLine);
      const status = findStatus(diag);
      const replyCode = findReplyCode(diag);
      // a code the words hold in a form the code readers do not take ("550: 5.2.2", "ERROR_CODE :550")
      let writtenCode = '';
      if (replyCode === '') {
        const said = c.reply.length > 0 ? joinReply(c.reply) : c.cueLine;
        const t = said.length > 2000 ? said.slice(0, 2000) : said;
        writtenCode = (CODE_COLON.exec(t) ?? CODE_LABEL.exec(t))?.[1] ?? '';
      }
      const cls = status !== '' ? status.charAt(0) : replyCode.charAt(0);
      const action = signals.delay && cls !== '5' ? 'delayed' : 'failed';
      const ev: Evidence[] = [...signals.evidence, evidence('body', c.line)];
      if (c.reply.length > 0 && c.reply[0] !== c.line) ev.push(evidence('body', c.reply[0] as string));
      recipients.push({
        recipient: c.recipient,
        action,
        diagnosticCode: diag,
        ...(writtenCode !== '' ? { replyCode: writtenCode } : {}),
        remoteMta: remoteHostOf([c.line, ...c.reply].join(' '), c.recipient),
        // the stage the reply names, else the command a transcript echoed just before it
        command: findCommand(c.reply.join(' ')) || findCommand(c.lead.join(' ')),
        evidence: ev,
      });
    }
    if (recipients.length === 0) return null;
    return { recipients, ...(reportingMta !== '' ? { reportingMta } : {}) };
  },
};
