/**
 * Bounces forwarded by people. A helpdesk user who forwards a bounce wraps it in one of three
 * ways: as a message/rfc822 attachment, inline after a forward block (Gmail's "---------- Forwarded
 * message ---------", Outlook's rule then "From: / Sent: / To: / Subject:", Apple Mail's "Begin
 * forwarded message:"), with the report's other parts carried along as attachments, or as the
 * text alone. The forward itself says nothing about delivery, yet its text and attachments hold
 * the whole report: read as it is, a detector that knows the report by its sender or Subject does
 * not see them, and a generic reader claims the forward with less than the report says.
 *
 * `isPersonForward` tells the pipeline to look inside first; `unwrapInlineForward` rebuilds the
 * forwarded message from the forward block (its fields become the header block, the text after
 * it the body, the forward's non-text parts stay as parts). Runtime-neutral; every scan is
 * bounded by the capped head of the text.
 */
import { bytesToBinary } from '../mime/binary.js';
import { parseHeaderBlock } from '../mime/header-list.js';
import { htmlToText } from '../mime/html-to-text.js';
import { assembleMessage } from '../mime/parse-message.js';
import type { MimePart, ParsedMessage } from '../mime/types.js';

/** A forward's Subject prefix in the common mail clients and languages ("Fwd:", "FW:", "WG:", "TR:", ...). */
const FORWARD_SUBJECT = /^(?:fwd?|wg|tr|rv|enc|doorst|vs|vl|pd|i|rif|trs|пересл|转发|轉寄|転送)\s{0,4}(?:\[\d{1,3}\])?\s{0,4}[:：]/i;

/** How far into the forward's text the forward block is looked for (a short note comes first). */
const MAX_HEAD_LINES = 60;
/** Longest line looked at as a separator or a field of the forward block. */
const MAX_LINE = 1000;
/** Most fields read from a forward block. */
const MAX_BLOCK_FIELDS = 12;

/**
 * The line that opens a forwarded message's block, in the common clients and languages: a dashed
 * "Forwarded message" / "Original Message" title, Apple Mail's sentence, or Outlook's rule of
 * underscores. One line, bounded runs, no nesting.
 */
const SEPARATOR =
  /^[ \t]{0,8}(?:-{2,20}[ \t]{0,4}(?:forwarded message|original message|weitergeleitete nachricht|urspr[üu]ngliche nachricht|message transf[ée]r[ée]|message d'origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht|przekazana wiadomo[śs][ćc]|oryginalna wiadomo[śs][ćc]|пересылаемое сообщение|исходное сообщение|転送メッセージ|原始邮件|转发的邮件)[ \t]{0,4}-{0,20}|begin forwarded message:|_{10,80})[ \t]{0,8}$/i;

/** A field line of a forward block: a name (any language the clients write) and its value. */
const BLOCK_FIELD = /^[ \t]{0,8}\*{0,2}([^\s:：*]{1,20}(?: [^\s:：*]{1,12})?)\*{0,2}[ \t]{0,2}[:：][ \t]{0,8}(.{0,998})$/;

/** Forward-block field names -> the header they stand for. */
const FIELD_NAMES: ReadonlyMap<string, string> = new Map([
  ...['from', 'von', 'de', 'da', 'van', 'od', 'от', '差出人', '发件人', '寄件者', '보낸 사람'].map((n) => [n, 'from'] as const),
  ...['date', 'sent', 'gesendet', 'datum', 'envoyé', 'envoye', 'enviado', 'fecha', 'inviato', 'data', 'verzonden', 'wysłano', 'отправлено', 'дата', '送信日時', '日期', '发送时间', '날짜'].map((n) => [n, 'date'] as const),
  ...['to', 'an', 'à', 'a', 'para', 'aan', 'do', 'кому', '宛先', '收件人', '받는 사람'].map((n) => [n, 'to'] as const),
  ...['cc', 'kopie', 'copie', 'копия'].map((n) => [n, 'cc'] as const),
  ...['subject', 'betreff', 'objet', 'asunto', 'oggetto', 'assunto', 'onderwerp', 'temat', 'тема', '件名', '主题', '主旨', '제목'].map((n) => [n, 'subject'] as const),
  ['reply-to', 'reply-to'],
]);

/**
 * True when the message is a person's forward (a forward Subject prefix, and not itself a
 * report): what it carries is to be read before the forward is.
 * @example isPersonForward(parseMessage('Subject: Fwd: Undeliverable: hi\n\n...')) // true
 */
export function isPersonForward(message: ParsedMessage): boolean {
  if (!FORWARD_SUBJECT.test(message.headers.get('subject'))) return false;
  return !message.headers.get('content-type').toLowerCase().startsWith('multipart/report');
}

/** The part a mail client shows as the forward's text, and its text. */
function visiblePart(message: ParsedMessage): { part: MimePart; text: string } | null {
  let html: MimePart | null = null;
  for (const p of message.parts) {
    if (p.disposition === 'attachment') continue;
    if (p.contentType === 'text/plain') return { part: p, text: p.text };
    if (p.contentType === 'text/html' && html === null) html = p;
  }
  return html ? { part: html, text: htmlToText(html.text) } : null;
}

interface Block {
  /** The forward block's fields as a header block ("\n" line ends). */
  readonly header: string;
  /** Index in the text where the forwarded body starts. */
  readonly bodyStart: number;
}

/** Reads the fields of a forward block from line `k`; null when they are not one. */
function readBlock(lines: readonly string[], k: number, needSent: boolean): { header: string; end: number } | null {
  const fields: string[] = [];
  const seen = new Set<string>();
  let i = k;
  for (; i < lines.length && fields.length < MAX_BLOCK_FIELDS; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') break;
    const m = line.length <= MAX_LINE ? BLOCK_FIELD.exec(line) : null;
    const name = m ? FIELD_NAMES.get((m[1] as string).toLowerCase()) : undefined;
    if (!m || name === undefined) {
      // a wrapped value (Outlook wraps long To: lists) continues the previous field
      if (fields.length > 0 && /^[ \t]/.test(line)) {
        fields[fields.length - 1] += ' ' + line.trim();
        continue;
      }
      break;
    }
    if (!seen.has(name)) fields.push(`${name}: ${(m[2] as string).trim()}`);
    seen.add(name);
  }
  if (!seen.has('from') || !(seen.has('subject') || seen.has('date'))) return null;
  if (needSent && !(seen.has('subject') && seen.has('date'))) return null;
  return { header: fields.join('\n'), end: i };
}

/** Finds the forward block in the head of the text. */
function findBlock(text: string): Block | null {
  const lines = text.split('\n', MAX_HEAD_LINES + MAX_BLOCK_FIELDS + 4);
  let offset = 0;
  const offsets: number[] = [];
  for (const l of lines) {
    offsets.push(offset);
    offset += l.length + 1;
  }
  const limit = Math.min(lines.length, MAX_HEAD_LINES);
  for (let k = 0; k < limit; k++) {
    const line = lines[k] as string;
    let start = -1;
    let needSent = false;
    if (line.length <= MAX_LINE && SEPARATOR.test(line)) {
      start = k + 1;
      while (start < lines.length && start < k + 4 && (lines[start] as string).trim() === '') start++;
    } else if ((k === 0 || (lines[k - 1] as string).trim() === '') && /^[ \t]{0,8}\*{0,2}(?:from|von|de|da|van|od|от)\*{0,2}[ \t]{0,2}:/i.test(line)) {
      // Outlook's block without its rule: a From: line then Sent:/Date: and Subject:
      start = k;
      needSent = true;
    }
    if (start < 0) continue;
    const b = readBlock(lines, start, needSent);
    if (!b) continue;
    let body = b.end;
    while (body < lines.length && (lines[body] as string).trim() === '') body++;
    return { header: b.header, bodyStart: body < lines.length ? (offsets[body] as number) : text.length };
  }
  return null;
}

/**
 * The message a person forwarded inline, rebuilt: the forward block's fields (From, Date, To,
 * Subject, Cc) as its header block, the text after the block as its body, and the forward's other
 * parts (a delivery-status part, the returned message) as its parts. Null when the text has no
 * forward block near its top.
 * @example unwrapInlineForward(parseMessage(gmailForward))?.headers.get('from') // 'Mail Delivery Subsystem <mailer-daemon@...>'
 */
export function unwrapInlineForward(message: ParsedMessage): ParsedMessage | null {
  const visible = visiblePart(message);
  if (!visible) return null;
  const block = findBlock(visible.text);
  if (!block) return null;
  const headers = parseHeaderBlock(bytesToBinary(new TextEncoder().encode(block.header + '\n\n'))).headers;
  const others = message.parts.filter((p) => p !== visible.part && !((p.contentType === 'text/plain' || p.contentType === 'text/html') && p.disposition !== 'attachment'));
  const body: MimePart = {
    headers: parseHeaderBlock('Content-Type: text/plain; charset=utf-8\n\n').headers,
    contentType: 'text/plain',
    params: new Map([['charset', 'utf-8']]),
    charset: 'utf-8',
    disposition: '',
    filename: '',
    depth: others.length > 0 ? 1 : 0,
    text: visible.text.slice(block.bodyStart),
  };
  return assembleMessage(headers, [body, ...others], message.warnings);
}
