/**
 * Small formatters shared by the renderers and the Markdown export.
 */
import { splitDuration } from '../headers/duration.js';

/**
 * A delay in words, two units at most with the smaller one rounded: `0 s`, `42 s`, `3 min 5 s`,
 * `2 h 10 min`, `3 d 4 h`. Null is `?`. The arithmetic is the header analysis's
 * {@link splitDuration}; only the rounding and the wording are the page's.
 * @example formatDelay(7800) // '2 h 10 min'
 */
export function formatDelay(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const abs = Math.round(Math.abs(seconds));
  let out: string;
  if (abs < 3600) {
    const { minutes: m, seconds: s } = splitDuration(abs);
    out = m === 0 ? `${s} s` : `${m} min${s ? ` ${s} s` : ''}`;
  } else if (abs < 86400) {
    // Hours are not carried into days: 86,399 s is `24 h`.
    const { hours: h, minutes: m } = splitDuration(Math.round(abs / 60) * 60, false);
    out = `${h} h${m ? ` ${m} min` : ''}`;
  } else {
    const { days: d, hours: h } = splitDuration(Math.round(abs / 3600) * 3600);
    out = `${d} d${h ? ` ${h} h` : ''}`;
  }
  return seconds < 0 ? `−${out}` : out;
}

/** A CSS class for an authentication result: ok, bad, warn or none. */
export function resultClass(result: string): 'ok' | 'bad' | 'warn' | 'none' {
  const r = result.toLowerCase();
  if (r === 'pass' || r === 'bestguesspass') return 'ok';
  if (r === 'fail' || r === 'softfail' || r === 'permerror' || r === 'hardfail') return 'bad';
  if (r === '' || r === 'absent') return 'none';
  return 'warn';
}
