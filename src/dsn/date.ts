/**
 * Date reading: RFC 5322 / RFC 3464 date values to ISO 8601 UTC.
 */

/**
 * Converts a mail date (`Fri, 21 Nov 2014 14:17:34 -0800`) to ISO 8601 (`2014-11-21T22:17:34.000Z`),
 * or "" when it cannot be read. Comments in parentheses are dropped.
 * @example toIsoDate('Fri, 21 Nov 2014 14:17:34 -0800') // '2014-11-21T22:17:34.000Z'
 */
export function toIsoDate(value: string): string {
  if (value === '' || value.length > 200) return '';
  // Each rewrite only when its character is there: most dates have no comment and no ';'.
  let v = value.includes('(') ? value.replace(/\([^()]*\)/g, ' ') : value;
  v = v.replace(/\s+/g, ' ').trim();
  // "Fri, 21 Nov 2014 14:17:34 -0800 (PST)" is fine for Date.parse once comments are gone;
  // some mailers write "+0900 JST" or a stray ';' date separator.
  const semi = v.lastIndexOf(';');
  if (semi >= 0) v = v.slice(semi + 1).trim();
  const last = v.charCodeAt(v.length - 1);
  if (last >= 0x41 && last <= 0x5a) v = v.replace(/ ([+-]\d{4}) [A-Z]{2,5}$/, ' $1');
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return '';
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (y < 1980 || y > 2200) return '';
  return d.toISOString();
}
