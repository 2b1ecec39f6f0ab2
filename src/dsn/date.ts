/**
 * Date reading: RFC 5322 / RFC 3464 date values to ISO 8601 UTC.
 */

const MONTHS: ReadonlyMap<string, number> = new Map(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m, i) => [m, i]));

/**
 * The common RFC 5322 form, exactly: `[Day, ]D[D] Mon YYYY HH:MM[:SS] +ZZZZ`. Anchored, no
 * nested quantifiers. Anything else goes to `Date.parse`.
 */
const RFC5322 = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ?)?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-])(\d{2})(\d{2})$/;

/**
 * Milliseconds since the epoch for a date in the plain RFC 5322 form, or NaN when the value is
 * not in that form or a field is out of the range this shortcut handles (then `Date.parse`
 * decides, as before). Gives what `Date.parse` gives for every value it accepts; it exists
 * because `Date.parse` on this legacy form was a measurable share of parse time.
 */
function parseRfc5322(v: string): number {
  const m = RFC5322.exec(v);
  if (!m) return Number.NaN;
  const month = MONTHS.get(m[2] as string);
  const day = Number(m[1]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const zh = Number(m[8]);
  const zm = Number(m[9]);
  if (month === undefined || day < 1 || day > 28 || hour > 23 || minute > 59 || second > 59 || zh > 23 || zm > 59) return Number.NaN;
  const offset = (m[7] === '-' ? -1 : 1) * (zh * 60 + zm);
  return Date.UTC(Number(m[3]), month, day, hour, minute, second) - offset * 60_000;
}

/**
 * Converts a mail date (`Fri, 21 Nov 2014 14:17:34 -0800`) to ISO 8601 (`2014-11-21T22:17:34.000Z`),
 * or "" when it cannot be read. Comments in parentheses are dropped.
 * @example toIsoDate('Fri, 21 Nov 2014 14:17:34 -0800') // '2014-11-21T22:17:34.000Z'
 */
export function toIsoDate(value: string): string {
  if (value === '' || value.length > 200) return '';
  // The plain form (most dates) needs none of the rewrites below: it has single spaces only, no
  // comment, no ';' and ends in a digit.
  let t = parseRfc5322(value.trim());
  if (Number.isNaN(t)) {
    // Each rewrite only when its character is there: most dates have no comment and no ';'.
    let v = value.includes('(') ? value.replace(/\([^()]*\)/g, ' ') : value;
    v = v.replace(/\s+/g, ' ').trim();
    // "Fri, 21 Nov 2014 14:17:34 -0800 (PST)" is fine for Date.parse once comments are gone;
    // some mailers write "+0900 JST" or a stray ';' date separator.
    const semi = v.lastIndexOf(';');
    if (semi >= 0) v = v.slice(semi + 1).trim();
    const last = v.charCodeAt(v.length - 1);
    if (last >= 0x41 && last <= 0x5a) v = v.replace(/ ([+-]\d{4}) [A-Z]{2,5}$/, ' $1');
    const fast = parseRfc5322(v);
    t = Number.isNaN(fast) ? Date.parse(v) : fast;
  }
  if (!Number.isFinite(t)) return '';
  if (t < FIRST_MS || t >= AFTER_LAST_MS) return '';
  return isoString(t);
}

/** Dates before 1980 or after 2200 are not taken (a clock that was not set, a typo). */
const FIRST_MS = Date.UTC(1980, 0, 1);
const AFTER_LAST_MS = Date.UTC(2201, 0, 1);
const DAY_MS = 86_400_000;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `new Date(t).toISOString()` for a time between 1980 and 2200, by integer arithmetic (the
 * civil-from-days conversion of the proleptic Gregorian calendar); toISOString was a visible
 * share of parse time.
 */
function isoString(t: number): string {
  const ms = ((t % DAY_MS) + DAY_MS) % DAY_MS;
  const z = (t - ms) / DAY_MS + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const sec = Math.floor(ms / 1000);
  const milli = ms - sec * 1000;
  return `${year}-${two(month)}-${two(day)}T${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(sec % 60)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : milli}Z`;
}
