/**
 * Helpers for detectors that read plain-text bounce reports (no delivery-status part): cut the
 * report off before the returned message, split it into capped lines, join multi-line SMTP
 * replies. Pure functions over the normalised text ("\n" line ends); every loop is bounded.
 * They know nothing about any mail system: each detector passes its own markers.
 */
import { squeezeWhiteSpace } from '../dsn/white-space.js';

/** Longest line looked at; longer lines are cut (regexes run over capped lines only). */
export const MAX_LINE = 2000;
/** Most lines of a report read by one detector. */
export const MAX_LINES = 4000;
/** Most characters of a message body a text detector scans for its markers. */
export const MAX_SCAN = 256 * 1024;

/**
 * The report part of a body: `text` up to the first of `endMarkers` found at a line start
 * (leading blanks allowed), or all of it. Markers are plain strings, compared case-sensitively.
 * @example reportText('x\n--- Below this line is a copy\nbody', ['--- Below this line']) // 'x\n'
 */
export function reportText(text: string, endMarkers: readonly string[]): string {
  const t = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  let end = t.length;
  for (const m of endMarkers) {
    let from = 0;
    while (from < end) {
      const i = t.indexOf(m, from);
      if (i < 0 || i >= end) break;
      let j = i - 1;
      while (j >= 0 && (t[j] === ' ' || t[j] === '\t')) j--;
      if (j < 0 || t[j] === '\n') {
        end = i;
        break;
      }
      from = i + m.length;
    }
  }
  return t.slice(0, end);
}

/** Lines of `text`, each cut to {@link MAX_LINE}, at most {@link MAX_LINES}. */
export function linesOf(text: string): string[] {
  const out = text.split('\n', MAX_LINES);
  for (let i = 0; i < out.length; i++) {
    const l = out[i] as string;
    if (l.length > MAX_LINE) out[i] = l.slice(0, MAX_LINE);
  }
  return out;
}

/** True when `text` holds `marker` within its first `within` characters. */
export function hasMarker(text: string, marker: string, within = 8192): boolean {
  // Search only the head: a detector's cheap reject must not scan a large message whole.
  return (text.length > within ? text.slice(0, within + marker.length) : text).includes(marker);
}

const CONTINUATION = /^([245]\d\d)[- ](?:([245]\.\d{1,3}\.\d{1,3})[ \t]+)?/;

/**
 * Joins the lines of a multi-line SMTP reply (`550-5.7.26 Unauthenticated ...`, `550 5.7.26 ...`)
 * into one: the first line whole, the code and status repeated at the start of the following
 * lines dropped. Lines that are not reply lines are kept as they are.
 * @example joinReply(['550-5.1.1 No such', '550 5.1.1 user']) // '550-5.1.1 No such user'
 */
export function joinReply(lines: readonly string[]): string {
  const out: string[] = [];
  let code = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const m = CONTINUATION.exec(line);
    if (m && code !== '' && m[1] === code) out.push(line.slice(m[0].length));
    else {
      out.push(line);
      if (m) code = m[1] as string;
    }
  }
  return squeezeWhiteSpace(out.join(' ')).trim();
}

/** `host [192.0.2.1]` / `host[192.0.2.1]` / `host (192.0.2.1)` -> `host`; a bare IP stays. */
export function hostOf(text: string): string {
  const m = /^[<([]?([A-Za-z0-9][A-Za-z0-9.:-]{0,252})/.exec(text.trim());
  return m ? (m[1] as string).replace(/\.$/, '') : '';
}

/** A recipient block: the address, its first line's index, and the lines that follow it. */
export interface AddressBlock {
  readonly recipient: string;
  readonly line: string;
  readonly lines: readonly string[];
}

const ANGLE_ADDRESS = /^<([^<>\s@]{1,320}@[^<>\s]{1,255})>:?[ \t]*$/;

/**
 * Reads `<address>:` blocks (qmail and its relatives): each line holding only an address in angle
 * brackets (an optional colon after it) opens a block that runs to the next such line or to a
 * line `stop` accepts. Blank lines inside a block are dropped.
 */
export function angleBlocks(lines: readonly string[], stop: (line: string) => boolean = () => false): AddressBlock[] {
  const out: { recipient: string; line: string; lines: string[] }[] = [];
  let cur: { recipient: string; line: string; lines: string[] } | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    const m = ANGLE_ADDRESS.exec(line);
    if (m) {
      cur = { recipient: m[1] as string, line, lines: [] };
      out.push(cur);
      continue;
    }
    if (cur === null) continue;
    if (stop(line)) {
      cur = null;
      continue;
    }
    if (line !== '') cur.lines.push(line);
  }
  return out;
}
