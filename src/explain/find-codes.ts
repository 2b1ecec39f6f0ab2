/**
 * Finds status codes in free text: enhanced codes (`5.7.1`), the table's range and pair
 * notations (`4.7.500-699`, `5.7.13 or 135`), the basic reply code written before an enhanced
 * code (`550 5.7.1`, `550-5.7.26`, `smtp;550 5.1.1`, `#550 4.4.7`, `550; 5.7.515`), and basic
 * codes that stand alone at the start of a reply (`554 Message not allowed`). For each code it
 * keeps the reply text that follows it. Linear scans only; bounded by {@link MAX_CODES}.
 */
import { MAX_CODES, MAX_REPLY_CHARS } from './limits.js';

/** One code found in the text, with the reply text that came with it. */
export interface CodeHit {
  /** Enhanced code or range as written (`5.7.1`, `4.7.500-699`), or "" for a basic code alone. */
  readonly enhanced: string;
  /** Basic reply code written with it, or "". */
  readonly basic: string;
  /** Offset of the code in the text. */
  readonly index: number;
  /** The reply text that follows the code on its line (and the next line when it stands alone). */
  readonly reply: string;
}

// Class 2, 4 or 5; subject and detail of 1 to 3 digits; not part of a longer dotted number (an IP
// address, a version) or a word. An optional `-NNN` makes it a range.
const ENHANCED = /(?<![\w.])([245])\.(\d{1,3})\.(\d{1,3})(?:-(\d{1,3})(?![\d.]))?(?!\w|\.\d)/g;
// A basic code just before an enhanced one: `550 `, `550-`, `550; `, `smtp;550 `.
const BASIC_BEFORE = /(?:^|[^\d.])([245]\d\d)[\s;:,#'"-]{0,3}$/;
// `5.7.13 or 135`: the table's shorthand for a second detail of the same class and subject.
const OR_DETAIL = /^ or (\d{1,3})(?![\d.])/;
// A basic code that starts a reply on its own: at the start of a line (after quotes or `#`), or
// after `smtp;`, `said:` or `returned '`; followed by a space or hyphen and not by an enhanced code.
const BASIC_ALONE = /(?:^|smtp; ?|said: ?|returned ')[ \t#'"<]{0,4}([245]\d\d)[ -](?![ -]?[245]\.\d)/gim;

/** Whether `s` holds fewer than `n` ASCII letters (a count that stops at `n`, no copy of `s`). */
function fewerLetters(s: string, n: number): boolean {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122 && ++k >= n) return false;
  }
  return true;
}

function replyAfter(text: string, from: number): string {
  let end = text.indexOf('\n', from);
  if (end === -1) end = text.length;
  let reply = text.slice(from, Math.min(end, from + MAX_REPLY_CHARS));
  // A code alone on its line (the old NDR layout): the reply is on the next non-empty line.
  if (fewerLetters(reply, 8) && end < text.length) {
    let next = end + 1;
    let guard = 0;
    while (next < text.length && guard++ < 4) {
      let nextEnd = text.indexOf('\n', next);
      if (nextEnd === -1) nextEnd = text.length;
      const line = text.slice(next, Math.min(nextEnd, next + MAX_REPLY_CHARS)).trim();
      if (line !== '') {
        reply = `${reply} ${line}`;
        break;
      }
      next = nextEnd + 1;
    }
  }
  return reply.trim();
}

/**
 * Finds every status code in `text`, in order of appearance, at most {@link MAX_CODES}.
 *
 * @example findCodes('Remote Server returned \'550 5.1.8 Access denied\'')
 * // [{ enhanced: '5.1.8', basic: '550', index: 27, reply: "Access denied'" }]
 */
export function findCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  const covered: Array<[number, number]> = [];
  ENHANCED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENHANCED.exec(text)) !== null && hits.length < MAX_CODES) {
    const [whole, cls, subject, detail, rangeEnd] = m;
    const start = m.index;
    let end = start + whole.length;
    const windowStart = Math.max(0, start - 12);
    const before = BASIC_BEFORE.exec(text.slice(windowStart, start));
    const basic = before?.[1] ?? '';
    const basicStart = before ? windowStart + before.index + before[0].indexOf(basic) : start;
    let enhanced = `${cls}.${subject}.${detail}`;
    if (rangeEnd !== undefined && Number(rangeEnd) > Number(detail)) enhanced += `-${rangeEnd}`;
    const or = OR_DETAIL.exec(text.slice(end, end + 8));
    const extra: string[] = [];
    if (or) {
      extra.push(`${cls}.${subject}.${or[1]}`);
      end += or[0].length;
    }
    const reply = replyAfter(text, end);
    hits.push({ enhanced, basic, index: start, reply });
    for (const e of extra) if (hits.length < MAX_CODES) hits.push({ enhanced: e, basic, index: start, reply });
    covered.push([basicStart, end]);
  }
  BASIC_ALONE.lastIndex = 0;
  while ((m = BASIC_ALONE.exec(text)) !== null && hits.length < MAX_CODES) {
    const basic = m[1] as string;
    const at = m.index + m[0].lastIndexOf(basic);
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    hits.push({ enhanced: '', basic, index: at, reply: replyAfter(text, at + 4) });
  }
  hits.sort((a, b) => a.index - b.index);
  return hits;
}

/** Parses an enhanced code or range (`5.7.1`, `4.7.500-699`) into numbers; null when malformed. */
export function parseEnhanced(code: string): { cls: number; subject: number; from: number; to: number } | null {
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})(?:-(\d{1,3}))?$/.exec(code);
  if (!m) return null;
  const from = Number(m[3]);
  const to = m[4] === undefined ? from : Number(m[4]);
  return { cls: Number(m[1]), subject: Number(m[2]), from, to };
}
