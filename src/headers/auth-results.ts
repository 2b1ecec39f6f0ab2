/**
 * A tolerant reader for Authentication-Results (RFC 8601), ARC-Authentication-Results (RFC 8617)
 * and Microsoft's variants: no authserv-id, a version number after it ("mx.microsoft.com 1"),
 * `compauth=fail reason=000`, `action=oreject`, stray bare domains between results, several
 * results per method, comments anywhere, property-only segments ("header.i=@x" after a ";"),
 * and Yahoo's old "host from=domain; domainkeys=..." form. One pass of a small tokeniser; every
 * result keeps its comments and properties as written.
 */
import type { AuthMethodResult } from '../types.js';
import { MAX_COMMENT_DEPTH, MAX_PARSE_CHARS, MAX_RESULTS_PER_RECORD } from './limits.js';

interface Tok {
  readonly text: string;
  readonly comment: boolean;
}

/** Splits on ";" outside comments and quotes; each segment becomes words and comments. */
function segments(value: string): Tok[][] {
  const out: Tok[][] = [];
  let seg: Tok[] = [];
  let word = '';
  let comment = '';
  let depth = 0;
  let quoted = false;
  const endWord = (): void => {
    if (word !== '') seg.push({ text: word, comment: false });
    word = '';
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (depth > 0) {
      if (ch === '\\' && i + 1 < value.length) {
        comment += value[++i];
        continue;
      }
      if (ch === '(' && depth < MAX_COMMENT_DEPTH) depth++;
      else if (ch === ')') {
        depth--;
        if (depth === 0) {
          seg.push({ text: comment.trim(), comment: true });
          comment = '';
          continue;
        }
      }
      comment += ch;
      continue;
    }
    if (quoted) {
      if (ch === '\\' && i + 1 < value.length) word += value[++i];
      else if (ch === '"') quoted = false;
      else word += ch;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      continue;
    }
    if (ch === '(') {
      endWord();
      depth = 1;
      continue;
    }
    if (ch === ';') {
      endWord();
      if (seg.length > 0) out.push(seg);
      seg = [];
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      endWord();
      continue;
    }
    if (ch === '=' && word === '' && seg.length > 0) {
      // "key = value" written with blanks: glue to the previous word.
      const prev = seg[seg.length - 1] as Tok;
      if (!prev.comment && !prev.text.includes('=')) {
        seg.pop();
        word = prev.text + '=';
        continue;
      }
    }
    word += ch;
  }
  if (depth > 0 && comment.trim() !== '') seg.push({ text: comment.trim(), comment: true });
  endWord();
  if (seg.length > 0) out.push(seg);
  return out;
}

/** Words that start a result when they come first in a segment (lower-case, before "="). */
const NOT_METHODS = new Set(['from', 'i', 'reason', 'action', 'client-ip', 'envelope-from', 'helo', 'receiver', 'identity', 'mechanism', 'problem']);

/** A parsed Authentication-Results-like field. */
export interface ParsedAuthResults {
  readonly authservId: string;
  readonly instance: number | null;
  readonly results: AuthMethodResult[];
  readonly strays: string[];
}

interface MutableResult {
  method: string;
  result: string;
  reason: string;
  comments: string[];
  props: Map<string, string>;
}

function freeze(r: MutableResult): AuthMethodResult {
  const props: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of r.props) props[k] = v;
  return { method: r.method, result: r.result, reason: r.reason, comment: r.comments.join('; '), props };
}

function splitKv(word: string): [string, string] | null {
  const eq = word.indexOf('=');
  if (eq <= 0) return null;
  return [word.slice(0, eq).toLowerCase(), word.slice(eq + 1)];
}

/**
 * Parses an Authentication-Results-like value. `arc` says the field is an ARC one (it starts
 * with `i=N;`).
 *
 * @example
 * parseAuthResults('spf=none (sender IP is 40.95.88.73) smtp.mailfrom=x.com; dmarc=fail action=oreject header.from=x.com').results[1].props.action // 'oreject'
 */
export function parseAuthResults(value: string, arc = false): ParsedAuthResults {
  const v = value.length > MAX_PARSE_CHARS ? value.slice(0, MAX_PARSE_CHARS) : value;
  const segs = segments(v);
  let authservId = '';
  let instance: number | null = null;
  const results: MutableResult[] = [];
  const strays: string[] = [];
  let si = 0;
  // ARC: "i=1" first.
  if (arc && segs.length > 0) {
    const firstWord = (segs[0] as Tok[]).find((t) => !t.comment);
    const kv = firstWord ? splitKv(firstWord.text) : null;
    if (kv !== null && kv[0] === 'i') {
      const n = Number.parseInt(kv[1], 10);
      instance = Number.isFinite(n) ? n : null;
      si = 1;
    }
  }
  // authserv-id: the first segment when its first word is not "method=result".
  if (si < segs.length) {
    const seg = segs[si] as Tok[];
    const words = seg.filter((t) => !t.comment);
    const w0 = words[0];
    if (w0 !== undefined && !w0.text.includes('=')) {
      authservId = w0.text.toLowerCase();
      for (const w of words.slice(1)) if (!/^\d{1,3}$/.test(w.text)) strays.push(w.text); // version number, or Yahoo's from=
      si++;
    }
  }
  let last: MutableResult | null = null;
  for (; si < segs.length; si++) {
    const seg = segs[si] as Tok[];
    let cur: MutableResult | null = null;
    for (const tok of seg) {
      if (tok.comment) {
        const target = cur ?? last;
        if (target !== null && tok.text !== '') target.comments.push(tok.text);
        continue;
      }
      const kv = splitKv(tok.text);
      if (kv === null) {
        if (tok.text.toLowerCase() === 'none' && cur === null && results.length === 0) continue; // "authserv-id; none"
        strays.push(tok.text);
        continue;
      }
      const [key, val] = kv;
      const isProp = key.includes('.');
      if (cur === null && !isProp && !NOT_METHODS.has(key)) {
        if (results.length >= MAX_RESULTS_PER_RECORD) break;
        const slash = key.indexOf('/');
        cur = { method: slash > 0 ? key.slice(0, slash) : key, result: val.toLowerCase(), reason: '', comments: [], props: new Map() };
        results.push(cur);
        last = cur;
        continue;
      }
      const target = cur ?? last;
      if (target === null) {
        strays.push(tok.text);
        continue;
      }
      if (key === 'reason') target.reason = val;
      else if (!target.props.has(key)) target.props.set(key, val);
    }
  }
  return { authservId, instance, results: results.map(freeze), strays };
}
