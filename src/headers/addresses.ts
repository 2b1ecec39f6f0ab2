/**
 * Addresses and domains from From, Sender, Return-Path and the A-R properties: angle-bracket
 * addresses first, then bare local@domain words; comments and quoted display names are skipped,
 * so `"a@b.example" <c@d.example>` yields d.example.
 */
import { MAX_PARSE_CHARS } from './limits.js';

/**
 * The addresses in an address-list header value (display names and comments dropped).
 *
 * @example
 * extractAddresses('"admin@o365e.onmicrosoft.com" <admin@o365e.onmicrosoft.com>') // ['admin@o365e.onmicrosoft.com']
 */
export function extractAddresses(value: string): string[] {
  const v = value.length > MAX_PARSE_CHARS ? value.slice(0, MAX_PARSE_CHARS) : value;
  // Drop quoted strings and comments (one pass, depth-limited) but keep angle addresses.
  let plain = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < v.length; i++) {
    const ch = v[i] as string;
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (depth > 0) {
      if (ch === '(' && depth < 8) depth++;
      else if (ch === ')') depth--;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '(') depth = 1;
    else plain += ch;
  }
  const out: string[] = [];
  for (const m of plain.matchAll(/<([^<>]{0,320})>/g)) {
    const a = (m[1] as string).trim();
    if (out.length < 100) out.push(a);
  }
  if (out.length > 0) return out;
  for (const w of plain.split(/[\s,;:]+/)) {
    if (w.includes('@') && out.length < 100) out.push(w.replace(/^[<[]+|[>\]]+$/g, ''));
  }
  return out;
}

/**
 * The domain of an address or of a bare domain, lower-cased and without a trailing dot. ""
 * when there is none.
 *
 * @example
 * domainOf('Kijitora <kijitora@Example.JP>') // 'example.jp'
 */
export function domainOf(addressOrDomain: string): string {
  let a = addressOrDomain.trim();
  const addrs = a.includes('<') ? extractAddresses(a) : [];
  if (addrs.length > 0) a = addrs[0] as string;
  const at = a.lastIndexOf('@');
  let d = at >= 0 ? a.slice(at + 1) : a;
  d = d.replace(/[>\]\s;,]+$/, '').replace(/\.$/, '').toLowerCase();
  if (!/^[a-z0-9\u0080-\uffff]([a-z0-9\u0080-\uffff.-]{0,251}[a-z0-9\u0080-\uffff])?$/.test(d) || !d.includes('.')) return '';
  return d;
}
