/**
 * Received fields -> hops: the from / by / via / with / id / for clauses, the date after the last
 * ";" (or, for SendGrid, a Go-style date with no ";"), the connecting IP, the provider, and the
 * form the line was written in. A single pass over the characters; comments are kept apart so
 * "invoked from network" inside a comment is not read as a clause.
 */
import type { ReceivedForm, ReceivedHop } from '../types.js';
import { parseMailDate } from './dates.js';
import { MAX_COMMENT_DEPTH, MAX_PARSE_CHARS } from './limits.js';
import { providerOf } from './providers.js';

/**
 * One Received field, read: the fields of a {@link ReceivedHop} that one field gives by itself,
 * plus its date as a time (`ms`, null when unreadable). Hop numbers and delays are filled in
 * later, once all hops are known.
 */
export interface ReceivedParts extends Pick<ReceivedHop, 'from' | 'by' | 'with' | 'id' | 'for' | 'via' | 'dateText' | 'fromIp' | 'provider' | 'form'> {
  readonly ms: number | null;
  readonly notes: string[];
}

const KEYWORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for']);
type Clause = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';

const IPV4 = /(?:^|[^\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])/;
const IPV6_TAGGED = /ipv6:([0-9a-f:.]{2,64})/i;
const IPV6_BARE = /(?:^|[[(\s])([0-9a-f]{0,4}:[0-9a-f:.]{2,60}(?:%\d{1,3})?)(?=[\])\s]|$)/i;
// SendGrid / Go: "2018-12-10 11:43:59.610 +0000 UTC" with no ";" before it.
const GO_DATE = /(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?: ?[+-]\d{4})?(?: [A-Z]{1,5})?(?: m=[+-][\d.]{1,20})?)\s*$/;

// An RFC 5322 date at the very end of a field that has no ";" (seen from SendGrid relays).
const RFC_DATE_TAIL = /(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+)?\d{1,2}\s+[a-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[+-]\d{4})?(?:\s+\([a-z]{1,6}\))?\s*$/i;

interface Token {
  readonly text: string;
  readonly comment: boolean;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Words and comments by slicing (no per-character string building: this is the hot path). */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === 40) {
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        const d = text.charCodeAt(j);
        if (d === 40 && depth < MAX_COMMENT_DEPTH) depth++;
        else if (d === 41) depth--;
        j++;
      }
      out.push({ text: text.slice(i + 1, depth === 0 ? j - 1 : j), comment: true });
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < n && !isBlank(text.charCodeAt(j)) && text.charCodeAt(j) !== 40) j++;
    out.push({ text: text.slice(i, j), comment: false });
    i = j;
  }
  return out;
}

/** Drops a leading "[" or "<" and trailing "]", ">", ";" or "," from a host or id token. */
function trimHost(t: string): string {
  let a = 0;
  let b = t.length;
  const c0 = t.charCodeAt(0);
  if (c0 === 91 || c0 === 60) a = 1;
  while (b > a) {
    const c = t.charCodeAt(b - 1);
    if (c === 93 || c === 62 || c === 59 || c === 44) b--;
    else break;
  }
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

function findIp(text: string): string {
  const v6 = IPV6_TAGGED.exec(text);
  if (v6 !== null) return (v6[1] as string).toLowerCase();
  const v4 = IPV4.exec(text);
  if (v4 !== null) return v4[1] as string;
  const b6 = IPV6_BARE.exec(text);
  if (b6 !== null && (b6[1] as string).split(':').length >= 3) return (b6[1] as string).toLowerCase();
  return '';
}

/**
 * Reads one Received field value.
 *
 * @example
 * parseReceived('from a.example (a.example [192.0.2.1]) by mx.example with ESMTP id 1; Fri, 25 May 2018 08:21:13 +0000').fromIp // '192.0.2.1'
 */
export function parseReceived(value: string): ReceivedParts {
  const notes: string[] = [];
  let v = value;
  if (v.length > MAX_PARSE_CHARS) {
    v = v.slice(0, MAX_PARSE_CHARS);
    notes.push(`field longer than ${MAX_PARSE_CHARS} characters; only the start was read`);
  }
  let clauses = v;
  let dateText = '';
  let goDate = false;
  const semi = v.lastIndexOf(';');
  if (semi >= 0) {
    clauses = v.slice(0, semi);
    dateText = v.slice(semi + 1).trim();
  } else {
    const m = GO_DATE.exec(v.length > 300 ? v.slice(-300) : v);
    if (m !== null) {
      dateText = (m[1] as string).trim();
      clauses = v.slice(0, v.length - m[0].length);
      goDate = true;
    } else {
      const tail = v.length > 120 ? v.slice(-120) : v;
      const r = RFC_DATE_TAIL.exec(tail);
      if (r !== null) {
        dateText = r[0].trim();
        clauses = v.slice(0, v.length - r[0].length);
        notes.push('date with no ";" before it');
      }
    }
  }
  let ms: number | null = null;
  if (dateText !== '') {
    const d = parseMailDate(dateText);
    ms = d.ms;
    for (const n of d.notes) notes.push(n);
    if (ms === null) notes.push(`date "${dateText.slice(0, 80)}" could not be read`);
  } else {
    notes.push('no date');
  }

  const parts: Record<Clause, string[]> = { from: [], by: [], via: [], with: [], id: [], for: [] };
  const seen = new Set<Clause>();
  let current: Clause | null = null;
  const comments: string[] = [];
  let fromComment = '';
  let byComment = '';
  for (const tok of tokenize(clauses)) {
    if (tok.comment) {
      comments.push(tok.text);
      if (current === 'from') fromComment += (fromComment ? ' ' : '') + tok.text;
      if (current === 'by') byComment += (byComment ? ' ' : '') + tok.text;
      if (current !== null) parts[current].push(`(${tok.text})`);
      continue;
    }
    if (tok.text.length <= 4) {
      const lower = tok.text.toLowerCase();
      if (KEYWORDS.has(lower) && !seen.has(lower as Clause)) {
        current = lower as Clause;
        seen.add(current);
        continue;
      }
    }
    if (current !== null) parts[current].push(tok.text);
  }
  const join = (c: Clause): string => parts[c].join(' ').trim();
  const first = (c: Clause): string => {
    for (const t of parts[c]) if (t.charCodeAt(0) !== 40) return trimHost(t);
    return '';
  };
  const fromHost = first('from');
  const byHost = first('by');
  const withText = join('with');
  const forText = join('for').replace(/^<|>$/g, '');
  const fromIp = findIp(fromComment) || (/^\[?[\d.]+\]?$/.test(fromHost) ? fromHost.replace(/[[\]]/g, '') : '') || findIp(join('from'));

  const allComments = comments.join(' ').toLowerCase();
  let form: ReceivedForm;
  if (allComments.includes('qmail') && allComments.includes('invoked')) form = 'qmail-invoked';
  else if (byComment.toLowerCase().includes('postfix') && /from userid/i.test(byComment)) form = 'postfix-local';
  else if (goDate || /\.sendgrid\.net$/i.test(byHost)) form = 'sendgrid';
  else if (/microsoft smtp server|^mapi\b|^https?\b/i.test(withText) || /\.outlook\.com$|\.exchangelabs\.com$/i.test(byHost)) form = 'microsoft';
  else if (/\.google\.com$/i.test(byHost)) form = 'google';
  else if (ms !== null && (fromHost !== '' || byHost !== '')) form = 'standard';
  else if (fromHost !== '' || byHost !== '' || seen.size > 0) form = 'no-date';
  else form = 'unparsed';
  if (form === 'sendgrid' && goDate) notes.push('SendGrid-style date with no ";" before it');

  const provider = providerOf(byHost) || providerOf(fromHost) || (fromComment ? providerOfComment(fromComment) : '');
  return {
    from: join('from'),
    by: join('by'),
    with: withText,
    id: first('id'),
    for: forText,
    via: join('via'),
    dateText,
    ms,
    fromIp,
    provider,
    form,
    notes,
  };
}

function providerOfComment(comment: string): string {
  // "(EHLO e22-22.smtp-out.amazonses.com)" or "(host.example [192.0.2.1])": try each word.
  for (const w of comment.split(/[\s[\]()]+/).slice(0, 8)) {
    if (w.includes('.')) {
      const p = providerOf(w);
      if (p !== '') return p;
    }
  }
  return '';
}
