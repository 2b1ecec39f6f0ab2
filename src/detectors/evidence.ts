/**
 * Helpers detectors share to record evidence and to read common report shapes. Pure functions.
 */
import type { Evidence } from '../types.js';
import { squeezeWhiteSpace } from '../dsn/white-space.js';

/** Longest quoted evidence text. */
const MAX_EVIDENCE = 300;

/**
 * One piece of evidence, trimmed to a readable length.
 * @example evidence('header:Subject', 'Undelivered Mail Returned to Sender')
 */
export function evidence(where: string, text: string): Evidence {
  const t = squeeze(text);
  return { where, text: t.length > MAX_EVIDENCE ? t.slice(0, MAX_EVIDENCE - 1) + '…' : t };
}

/**
 * True when `text` is already squeezed: no white space but single spaces between other
 * characters. A character scan, so the common case (one clean line) costs no regex and no copy.
 */
function isSqueezed(text: string): boolean {
  const n = text.length;
  let prevSpace = true; // a leading space needs trimming
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c <= 0x0d ? c >= 0x09 : c >= 0x80 && isWideSpace(c)) {
      return false;
    } else {
      prevSpace = false;
    }
  }
  return !prevSpace || n === 0;
}

/** The white space of `\s` above U+007F. */
function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Squeezes white space to single spaces and trims: the form diagnosticCode is kept in. */
export function squeeze(text: string): string {
  return isSqueezed(text) ? text : squeezeWhiteSpace(text).trim();
}
