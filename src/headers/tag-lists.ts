/**
 * Readers for the tag=value fields around authentication: DKIM-Signature and ARC-Seal tag lists
 * (RFC 6376 section 3.2) and Received-SPF (RFC 7208 section 9.1: a result word, a comment, then
 * key=value pairs). Untrusted keys go into Maps.
 */
import { MAX_PARSE_CHARS } from './limits.js';

/**
 * Reads a DKIM-style tag list ("v=1; a=rsa-sha256; d=example.com; ...") into a Map of lower-cased
 * tag names to values with folding whitespace removed.
 *
 * @example
 * parseTagList('v=1; d=example.com; s=sel').get('d') // 'example.com'
 */
export function parseTagList(value: string): Map<string, string> {
  const tags = new Map<string, string>();
  const v = value.length > MAX_PARSE_CHARS ? value.slice(0, MAX_PARSE_CHARS) : value;
  let start = 0;
  for (let guard = 0; guard < 256 && start < v.length; guard++) {
    let end = v.indexOf(';', start);
    if (end < 0) end = v.length;
    const part = v.slice(start, end);
    start = end + 1;
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    if (key === '' || tags.has(key)) continue;
    tags.set(key, part.slice(eq + 1).replace(/[ \t\n]+/g, ''));
  }
  return tags;
}

/** A Received-SPF field, read. */
export interface ReceivedSpf {
  readonly result: string;
  readonly comment: string;
  readonly props: Map<string, string>;
}

/**
 * Reads a Received-SPF value.
 *
 * @example
 * parseReceivedSpf('Pass (x: domain of a.example designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=a@a.example;').props.get('client-ip') // '192.0.2.1'
 */
export function parseReceivedSpf(value: string): ReceivedSpf {
  const v = (value.length > MAX_PARSE_CHARS ? value.slice(0, MAX_PARSE_CHARS) : value).trim();
  const sp = v.search(/[\s(]/);
  const result = (sp < 0 ? v : v.slice(0, sp)).toLowerCase();
  let rest = sp < 0 ? '' : v.slice(sp).trim();
  let comment = '';
  if (rest.startsWith('(')) {
    let depth = 0;
    let i = 0;
    for (; i < rest.length; i++) {
      const ch = rest[i];
      if (ch === '(') depth++;
      else if (ch === ')') {
        depth--;
        if (depth === 0) break;
      }
    }
    comment = rest.slice(1, i).trim();
    rest = rest.slice(i + 1);
  }
  const props = new Map<string, string>();
  for (const m of rest.matchAll(/([a-z][a-z0-9_.-]{0,40})[ \t]*=[ \t]*("[^"]{0,500}"|[^;\s]{0,500})/gi)) {
    const k = (m[1] as string).toLowerCase();
    if (!props.has(k)) props.set(k, (m[2] as string).replace(/^"|"$/g, ''));
  }
  return { result, comment, props };
}
