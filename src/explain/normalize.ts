/**
 * Text normalisation shared by the explain engine: the form both the input and the knowledge
 * base's literal replies are compared in, the unfolding of multi-line SMTP replies, and a cheap
 * test for input that is not text at all. Pure functions, no runtime dependencies.
 */
import { MAX_LINE_CHARS } from './limits.js';

/**
 * Lower-cases text and folds the differences that do not change a reply's meaning: typographic
 * quotes, HTML entities (`&nbsp;`, `&#39;`, ...), non-breaking spaces, and runs of white space.
 *
 * @example normalizeForMatch('Sender  not in\nallowed-senders list') // 'sender not in allowed-senders list'
 */
export function normalizeForMatch(text: string): string {
  const lower = text.toLowerCase();
  // Every entity starts with '&': most replies have none, and then five regex passes are saved.
  return (lower.includes('&') ? decodeEntities(lower) : lower)
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    // Runs of white space and single non-space white space only: replacing every single space
    // with a space (plain /\s+/) is many times slower on large input.
    .replace(/\s{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g, ' ');
}

function decodeEntities(lower: string): string {
  return lower
    .replace(/&nbsp;/g, ' ')
    // The entities an NDR copied from a web page or an HTML mail body keeps.
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// A basic code followed by an enhanced code (`550 5.1.1`, `550-5.1.1`), or a bare `550-` that
// continues a multi-line reply; not inside a longer dotted number.
const REPLY_CODE_PREFIX = /(?<![\w.])[245]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3}(?![\w.]|\.\d)|-(?=[^\s\d]))/g;

/**
 * Removes reply-code prefixes from normalised text, so a reply folded over several lines
 * (`... Please try 550-5.1.1 double-checking ...`, as mail servers and Postfix write them) reads
 * as one sentence again. Applied alike to the input and to the knowledge base's literals.
 *
 * @example stripReplyCodes('please try 550-5.1.1 double-checking') // 'please try double-checking'
 */
export function stripReplyCodes(normalized: string): string {
  return normalized.replace(REPLY_CODE_PREFIX, ' ').replace(/ {2,}/g, ' ');
}

const CONTINUATION = /^\s*([245]\d\d)([- ])(?:([245]\.\d{1,3}\.\d{1,3}) ?)?/;

/**
 * Joins SMTP multi-line replies into one line: `550-5.7.26 first part` followed by
 * `550 5.7.26 second part` becomes `550 5.7.26 first part second part`. Other lines are kept.
 * Lines longer than {@link MAX_LINE_CHARS} are left as they are.
 */
export function unfoldReplies(text: string): string {
  // A string split is many times faster than a regex split on large input.
  const lines = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
  const out: string[] = [];
  // The reply being joined: its basic code and its parts so far (joined once, at its end).
  let open: { basic: string; parts: string[] } | null = null;
  const close = (): void => {
    if (open !== null) out.push(open.parts.join(' '));
    open = null;
  };
  for (const line of lines) {
    const m = line.length <= MAX_LINE_CHARS ? CONTINUATION.exec(line) : null;
    if (open !== null && m !== null && m[1] === open.basic) {
      open.parts.push(line.slice(m[0].length));
      if (m[2] === ' ') close();
      continue;
    }
    close();
    if (m !== null && m[2] === '-') {
      // The opening line's `550-` is written `550 ` so the joined reply reads as one.
      open = { basic: m[1] as string, parts: [line.replace(/^(\s*[245]\d\d)-/, '$1 ')] };
    } else {
      out.push(line);
    }
  }
  close();
  return out.join('\n');
}

/**
 * Whether a string looks like binary data rather than text: it holds NUL characters, or more
 * than 10% of its first 8192 characters are control characters or U+FFFD (undecodable bytes).
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad * 10 > n;
}
