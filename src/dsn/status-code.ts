/**
 * Readers for RFC 3463 enhanced status codes and RFC 5321 reply codes in free text. Pure, linear
 * regexes; text is capped before scanning.
 */

/** Longest text scanned for codes. Diagnostic texts are short; a huge one is cut. */
const MAX_SCAN = 64 * 1024;

/**
 * An enhanced status code: class 2/4/5, subject 0-7 (one digit, a leading zero tolerated),
 * detail up to 3 digits. A one-digit subject keeps software versions ("Exim 4.69.1") out.
 */
const ENHANCED = /(?:^|[^0-9.])([245])\.0?([0-7])\.(\d{1,3})(?![0-9]|\.\d)/g;
/** A reply code at the start of a reply, after `smtp;`, or before a space/dash/enhanced code. */
const REPLY = /(?:^|[^0-9A-Za-z.#:/=-])([245][0-7][0-9])(?=[ -]|$|\s)/g;

function cap(text: string): string {
  return text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
}

/**
 * The first enhanced status code in `text`, normalised (`5.1.1`), or "".
 * @example findStatus('550 5.1.1 <a@b>: user unknown') // '5.1.1'
 */
export function findStatus(text: string): string {
  ENHANCED.lastIndex = 0;
  const m = ENHANCED.exec(cap(text));
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : '';
}

/** Every enhanced status code in `text`, in order, without duplicates. */
export function findAllStatuses(text: string): string[] {
  const out: string[] = [];
  const t = cap(text);
  ENHANCED.lastIndex = 0;
  for (let m = ENHANCED.exec(t); m !== null; m = ENHANCED.exec(t)) {
    const c = `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
    if (!out.includes(c)) out.push(c);
    if (out.length >= 16) break;
  }
  return out;
}

/**
 * The first SMTP reply code in `text`, or "".
 * @example findReplyCode('smtp; 550 5.1.1 user unknown') // '550'
 */
export function findReplyCode(text: string): string {
  REPLY.lastIndex = 0;
  const m = REPLY.exec(cap(text));
  return m ? (m[1] as string) : '';
}

/**
 * Normalises a Status field value (`5.1.1 (user unknown)`, `550 5.1.1`, `5.01.01`) to the code, or "".
 * @example normalizeStatus('5.01.01 (unknown)') // '5.1.1'
 */
export function normalizeStatus(value: string): string {
  return findStatus(value);
}

/** True when `status` is a well-formed enhanced code. */
export function isStatus(status: string): boolean {
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(status);
}

/** The class digit of a status or reply code ("5", "4", "2") or "". */
export function codeClass(code: string): string {
  const c = code.charAt(0);
  return c === '2' || c === '4' || c === '5' ? c : '';
}
