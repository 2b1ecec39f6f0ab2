/**
 * Small formatters shared by the renderers and the Markdown export.
 */

/** A delay in words: `0 s`, `42 s`, `3 min 5 s`, `2 h 10 min`, `3 d 4 h`. Null is `?`. */
export function formatDelay(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const neg = seconds < 0;
  let s = Math.round(Math.abs(seconds));
  let out: string;
  if (s < 60) out = `${s} s`;
  else if (s < 3600) out = `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  else if (s < 86400) {
    s = Math.round(s / 60);
    out = `${Math.floor(s / 60)} h${s % 60 ? ` ${s % 60} min` : ''}`;
  } else {
    s = Math.round(s / 3600);
    out = `${Math.floor(s / 24)} d${s % 24 ? ` ${s % 24} h` : ''}`;
  }
  return neg ? `−${out}` : out;
}

/** A CSS class for an authentication result: ok, bad, warn or none. */
export function resultClass(result: string): 'ok' | 'bad' | 'warn' | 'none' {
  const r = result.toLowerCase();
  if (r === 'pass' || r === 'bestguesspass') return 'ok';
  if (r === 'fail' || r === 'softfail' || r === 'permerror' || r === 'hardfail') return 'bad';
  if (r === '' || r === 'absent') return 'none';
  return 'warn';
}
