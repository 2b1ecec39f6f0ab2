/**
 * Splits a number of seconds into days, hours, minutes and seconds: the one place that does the
 * arithmetic for every delay the header analysis, its text report and the NDR composer print.
 * Each caller keeps its own wording.
 */

/** A duration in parts. `negative` carries the sign (clock skew); the parts are non-negative. */
export interface DurationParts {
  readonly negative: boolean;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/**
 * Splits `total` seconds (its absolute value) into parts. When `withDays` is false, hours are not
 * carried into days.
 *
 * @example splitDuration(3725) // { negative: false, days: 0, hours: 1, minutes: 2, seconds: 5 }
 */
export function splitDuration(total: number, withDays = true): DurationParts {
  let s = Math.abs(total);
  const days = withDays ? Math.floor(s / 86400) : 0;
  s -= days * 86400;
  const hours = Math.floor(s / 3600);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  s -= minutes * 60;
  return { negative: total < 0, days, hours, minutes, seconds: s };
}
