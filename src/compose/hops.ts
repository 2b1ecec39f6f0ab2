/**
 * The hops of the original message for the report, from the header analysis (`analyzeHeaders`):
 * each Received field from the first server to the last, with its time and the delay since the
 * previous hop.
 */
import { analyzeHeaders } from '../headers/analyze-headers.js';
import { splitDuration } from '../headers/duration.js';
import { formatHumanDate } from './dates.js';
import type { HopView } from './report-view.js';

/** Most hops shown; a longer path is cut (the full headers are attached). */
const MAX_HOPS = 50;
/** Longest host text shown per hop. */
const MAX_HOST_TEXT = 200;

/** `42 s`, `3 min 5 s`, `2 h 4 min`, `1 d 3 h`; negative delays keep their sign (clock skew). */
export function formatDelay(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const { days: d, hours: h, minutes: m, seconds: s } = splitDuration(Math.round(Math.abs(seconds)));
  if (d === 0 && h === 0 && m === 0) return `${sign}${s} s`;
  if (d > 0) return `${sign}${d} d${h > 0 ? ` ${h} h` : ''}`;
  if (h > 0) return `${sign}${h} h${m > 0 ? ` ${m} min` : ''}`;
  return `${sign}${m} min${s > 0 ? ` ${s} s` : ''}`;
}

function cut(text: string): string {
  return text.length > MAX_HOST_TEXT ? text.slice(0, MAX_HOST_TEXT) + '…' : text;
}

/**
 * Reads the hops from the original's header block. Returns null when the header analysis cannot
 * be run on it (it never throws on bad mail; this only guards against a future limit).
 */
export function readHops(headerBlock: string, clockSkew: string): HopView[] | null {
  let hops;
  try {
    hops = analyzeHeaders(headerBlock, { part: 'outer' }).hops;
  } catch {
    return null;
  }
  return hops.slice(0, MAX_HOPS).map((h) => {
    const date = h.date !== '' ? new Date(h.date) : null;
    return {
      time: date !== null && !Number.isNaN(date.getTime()) ? formatHumanDate(date) : cut(h.dateText),
      delay: h.delaySeconds === null ? '' : formatDelay(h.delaySeconds) + (h.clockSkew ? ` (${clockSkew})` : ''),
      from: cut(h.from + (h.fromIp !== '' && !h.from.includes(h.fromIp) ? ` [${h.fromIp}]` : '')),
      by: cut(h.by),
      with: cut(h.with),
    };
  });
}
