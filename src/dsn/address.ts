/**
 * Email address helpers: find, clean and validate addresses in report fields and free text.
 */

/** An address: local part of atext/quoted chars, one @, a domain. Bounded classes, no nesting. */
const ADDRESS = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,128}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,20}/;
/**
 * An address whose local part is an RFC 5321 quoted-string (`"john..doe"@example.org`): printable
 * characters or backslash pairs between the quotes, no angle brackets (the two alternatives are
 * disjoint, so the bounded repetition cannot backtrack).
 */
const QUOTED_ADDRESS = /"((?:[^"\\\n<>]|\\[^\n]){1,128})"@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,20})/;
/** An RFC 5321 dot-atom local part: atext runs joined by single dots. */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * The first address in `v` (already bounded by the caller), or "". A quoted local part keeps its
 * quotes when it needs them (it is not a valid dot-atom: `"neko..nyaan"@example.org`, spaces,
 * specials) and loses them when it does not (`"kijitora"@example.org` is `kijitora@example.org`),
 * so the same mailbox is always written the same way.
 */
function firstAddress(v: string): string {
  const q = v.indexOf('"') >= 0 ? QUOTED_ADDRESS.exec(v) : null;
  const m = ADDRESS.exec(v);
  if (q && (!m || q.index <= m.index)) {
    const local = q[1] as string;
    return DOT_ATOM.test(local) ? `${local}@${q[2] as string}` : `"${local}"@${q[2] as string}`;
  }
  if (!m) return '';
  return m[0].replace(/^[.'`]+|[.'`]+$/g, '');
}

/**
 * Cleans an address from a report field: drops the `rfc822;` type, angle brackets, quotes a
 * dot-atom local part does not need, a trailing dot and the `mailto:` prefix. Returns "" when no
 * address remains.
 * @example cleanAddress('rfc822; <Kijitora@Example.JP>') // 'Kijitora@Example.JP'
 * @example cleanAddress('rfc822; "neko..nyaan"@example.org') // '"neko..nyaan"@example.org'
 */
export function cleanAddress(value: string): string {
  let v = value.length > 1024 ? value.slice(0, 1024) : value;
  const semi = v.indexOf(';');
  if (semi >= 0 && semi < 20 && /^[ \t]*[A-Za-z0-9-]+[ \t]*;/.test(v)) v = v.slice(semi + 1);
  v = v.trim().replace(/^mailto:/i, '');
  return firstAddress(v);
}

/** A whole internationalised address (RFC 6531): no spaces, brackets or second `@`; bounded. */
const UTF8_ADDRESS = /^[^\s<>@;,"]{1,256}@[^\s<>@;,"]{1,255}$/;

/**
 * The address of a recipient field (`Final-Recipient`, `Original-Recipient`). An internationalised
 * address (the `utf-8` address type of RFC 6533, escapes already decoded, or any non-ASCII value)
 * is taken whole, since {@link cleanAddress} would keep only its ASCII tail; everything else is
 * {@link cleanAddress}.
 * @example recipientFieldAddress('utf-8; <müller@example.de>') // 'müller@example.de'
 */
export function recipientFieldAddress(value: string): string {
  const v = value.length > 1024 ? value.slice(0, 1024) : value;
  const semi = v.indexOf(';');
  const type = semi >= 0 && semi < 20 ? v.slice(0, semi).trim().toLowerCase() : '';
  if (type === 'utf-8' || /[^\x00-\x7f]/.test(v)) {
    const whole = (type === '' ? v : v.slice(semi + 1)).trim().replace(/^<(.*)>$/, '$1');
    if (UTF8_ADDRESS.test(whole)) return whole;
  }
  return cleanAddress(v);
}

/**
 * The first address in free text, or "".
 * @example findAddress('Delivery to <a@b.example> failed') // 'a@b.example'
 */
export function findAddress(text: string): string {
  return cleanAddress(text.length > 4096 ? text.slice(0, 4096) : text);
}

/** Either form, for scanning free text: a quoted local part, else a plain one. */
const ANY_ADDRESS_SOURCE = `${QUOTED_ADDRESS.source}|${ADDRESS.source}`;

/** Every distinct address in text (case-insensitive), in order, at most `max`. */
export function findAddresses(text: string, max = 100): string[] {
  const re = new RegExp(ANY_ADDRESS_SOURCE, 'g');
  const out: string[] = [];
  const seen = new Set<string>();
  for (let m = re.exec(text); m !== null && out.length < max; m = re.exec(text)) {
    const a = firstAddress(m[0]);
    const k = a.toLowerCase();
    if (a !== '' && !seen.has(k)) {
      seen.add(k);
      out.push(a);
    }
  }
  return out;
}

/** True when `s` looks like a whole address. */
export function isAddress(s: string): boolean {
  const m = ADDRESS.exec(s);
  return m !== null && m[0] === s && s.includes('.', s.indexOf('@'));
}
