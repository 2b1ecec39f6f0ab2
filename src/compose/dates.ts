/**
 * Dates in reports: reading the caller's `Date` or string, and writing RFC 5322 date-times
 * (always in UTC, `+0000`, so the output does not depend on the machine's zone).
 */
import { NdrkitError } from '../errors.js';
import type { NdrDateInput } from './types.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Longest date string accepted (a date is short; anything longer is a mistake). */
const MAX_DATE_LENGTH = 100;

/**
 * Reads a date option. Throws an {@link NdrkitError} naming `field` when it is not a valid date.
 */
export function readDate(value: NdrDateInput, field: string): Date {
  let d: Date;
  if (value instanceof Date) d = new Date(value.getTime());
  else if (typeof value === 'string' && value.length <= MAX_DATE_LENGTH && !/[\r\n]/.test(value)) d = new Date(value);
  else d = new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) {
    throw new NdrkitError('ERR_INVALID_OPTION', `${field} is not a valid date`, { field });
  }
  return d;
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/**
 * Formats a date as an RFC 5322 date-time in UTC.
 *
 * @example formatRfc5322Date(new Date('2026-11-27T11:00:00Z')) // 'Fri, 27 Nov 2026 11:00:00 +0000'
 */
export function formatRfc5322Date(d: Date): string {
  return `${DAYS[d.getUTCDay()]!}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** Formats a date for people: `2026-11-27 11:00:00 UTC` (the same in every locale). */
export function formatHumanDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}
