/**
 * Compiles rules once (at load) and tests them against a {@link ClassifyInput}. Text tests are
 * plain substring searches on the lower-cased text: linear, no regex on untrusted text.
 */
import { mtaHost } from '../dsn/delivery-status.js';
import { mayContain, probeOf, signatureOf, type Signature } from './phrase-filter.js';
import type { ClassifyInput, Rule, RuleTable } from './types.js';

/** Longest diagnostic text looked at by rules. */
const MAX_TEXT = 8 * 1024;

/** A rule ready to test. */
export interface CompiledRule {
  readonly table: string;
  readonly rule: Rule;
  test(input: PreparedInput): boolean;
}

/** A {@link ClassifyInput} with the derived values rules test. */
export interface PreparedInput {
  readonly raw: ClassifyInput;
  readonly status: string;
  readonly statusClass: string;
  readonly replyCode: string;
  readonly replyClass: string;
  readonly text: string;
  /** `text` with host names, addresses, links and message ids blanked (see {@link wordsOnly}). */
  readonly words: string;
  readonly hosts: readonly string[];
  /** The pair signature of `text` or `words` (see phrase-filter.ts), built on first use. */
  signature(field: 'text' | 'words'): Signature;
}

/** Any character outside ASCII: only such text needs Unicode folding. */
const NON_ASCII = /[^\x00-\x7f]/;
/** Combining marks of Latin, Greek and Cyrillic letters (accents, diaereses, breves). */
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Folds text for matching: compatibility decomposition (full-width and half-width forms,
 * ligatures), accents dropped, lower case, white space squeezed. Applied to both rule phrases
 * and record text, so "Boîte pleine" matches "boite pleine" and half-width katakana match
 * full-width phrases. Safe for every script; ASCII text only pays the lower-casing.
 * @example foldText('Boîte  PLEINE') // 'boite pleine'
 */
export function foldText(text: string): string {
  const t = NON_ASCII.test(text) ? text.normalize('NFKD').replace(COMBINING, '') : text;
  return t.toLowerCase().replace(/\s+/g, ' ');
}

/** Where a folded text splits into tokens: white space, brackets, quotes, separators. */
const TOKEN_SEPARATORS = /([\s<>[\](){}'",;|]+)/;
/** A token made of dot-separated labels (`mx1.spamfilter.example.net`, `policy.html`). */
const DOTTED = /^[a-z0-9_%+=-]+(?:\.[a-z0-9_%+=-]+)+\.?$/;

/** Two letters in a row: a top-level domain or a file extension, not a code like 5.7.1. */
const LETTERS = /[a-z]{2}/;

function lastLabel(token: string): string {
  const t = token.endsWith('.') ? token.slice(0, -1) : token;
  return t.slice(t.lastIndexOf('.') + 1);
}

/**
 * Blanks the tokens of a folded text that are names rather than words: host names and file
 * names (dot-separated labels, the last with two letters or more), addresses, links and
 * message ids. Linear:
 * one split, one anchored test per token.
 * @example wordsOnly('host spamfilter.example.net said: 421 timed out') // 'host   said: 421 timed out'
 */
export function wordsOnly(folded: string): string {
  const parts = folded.split(TOKEN_SEPARATORS);
  for (let i = 0; i < parts.length; i += 2) {
    let t = parts[i] as string;
    let end = t.length;
    while (end > 0 && ':.!?'.includes(t.charAt(end - 1))) end--; // "host.example.com:" at a sentence's end
    if (end < 4) continue;
    if (end < t.length) t = t.slice(0, end);
    if (t.includes('@') || t.includes('://') || t.startsWith('www.') || (DOTTED.test(t) && LETTERS.test(lastLabel(t)))) parts[i] = ' ';
  }
  return parts.join('');
}

/**
 * The reply-code prefixes a multi-line SMTP reply repeats on each of its lines ("550-5.7.1 ",
 * "550 5.7.1 ", "421-"), after the first: joined into one line, they split the server's sentence
 * ("multiple 550 5.7.1 addresses in From: header"). Only after a word, so the leading code stays.
 */
const CONTINUATION = /(?<=[a-z,.;:] )[245][0-9][0-9](?:[ -][245]\.[0-9]{1,3}\.[0-9]{1,3} |-)/g;

/**
 * Removes the repeated reply-code prefixes of a multi-line reply from a folded text.
 * @example joinReplyLines('this message is 550-5.7.1 likely suspicious') // 'this message is likely suspicious'
 */
export function joinReplyLines(folded: string): string {
  return folded.includes('-') || folded.includes('.') ? folded.replace(CONTINUATION, '') : folded;
}

/**
 * A prepared input. A class rather than an object literal with a getter: such literals kept
 * what they point to alive through young-generation collections (see mime/parse-message.ts).
 */
class Prepared implements PreparedInput {
  readonly raw: ClassifyInput;
  readonly status: string;
  readonly statusClass: string;
  readonly replyCode: string;
  readonly replyClass: string;
  readonly text: string;
  readonly hosts: readonly string[];
  private wordsCache: string | undefined;
  private textSig: Signature | undefined;
  private wordsSig: Signature | undefined;

  constructor(input: ClassifyInput) {
    this.raw = input;
    this.status = input.status;
    this.statusClass = input.status.charAt(0);
    this.replyCode = input.replyCode;
    this.replyClass = input.replyCode.charAt(0);
    this.text = joinReplyLines(foldText(input.text.length > MAX_TEXT ? input.text.slice(0, MAX_TEXT) : input.text));
    this.hosts = [input.remoteMta, input.reportingMta].map(mtaHost).filter((h) => h !== '');
  }

  // computed on first use: most records are decided before a `words` rule is reached
  get words(): string {
    return (this.wordsCache ??= wordsOnly(this.text));
  }

  signature(field: 'text' | 'words'): Signature {
    if (field === 'text') return (this.textSig ??= signatureOf(this.text));
    return (this.wordsSig ??= signatureOf(this.words));
  }
}

/** Lower-cases, folds and caps the input once per record. */
export function prepareInput(input: ClassifyInput): PreparedInput {
  return new Prepared(input);
}

function statusMatcher(patterns: readonly string[]): (p: PreparedInput) => boolean {
  const exact = new Set<string>();
  const anyClass = new Set<string>(); // '1.1' for x.1.1
  const prefixes: string[] = []; // '5.7.' for 5.7.*
  const anyClassPrefixes: string[] = []; // '1.' for x.1.*
  for (const s of patterns) {
    if (s.startsWith('x.') && s.endsWith('.*')) anyClassPrefixes.push(s.slice(2, -1));
    else if (s.startsWith('x.')) anyClass.add(s.slice(2));
    else if (s.endsWith('.*')) prefixes.push(s.slice(0, -1));
    else exact.add(s);
  }
  return (p) => {
    const s = p.status;
    if (s === '') return false;
    if (exact.has(s)) return true;
    if (anyClass.size > 0 && anyClass.has(s.slice(2))) return true;
    for (const x of prefixes) if (s.startsWith(x)) return true;
    for (const x of anyClassPrefixes) if (s.startsWith(x, 2)) return true;
    return false;
  };
}

function replyMatcher(patterns: readonly string[]): (p: PreparedInput) => boolean {
  const exact = new Set<string>();
  const classes = new Set<string>();
  for (const r of patterns) {
    if (/^[245]xx$/.test(r)) classes.add(r.charAt(0));
    else exact.add(r);
  }
  return (p) => p.replyCode !== '' && (exact.has(p.replyCode) || classes.has(p.replyClass));
}

function hostMatcher(suffixes: readonly string[]): (p: PreparedInput) => boolean {
  const list = suffixes.map((s) => s.toLowerCase().replace(/^\./, ''));
  return (p) => {
    for (const h of p.hosts) {
      for (const s of list) {
        if (h === s || (h.endsWith(s) && h.charCodeAt(h.length - s.length - 1) === 0x2e)) return true;
      }
    }
    return false;
  };
}

function anyIncluded(phrases: readonly string[], field: 'text' | 'words' = 'text'): (p: PreparedInput) => boolean {
  const list = phrases.map(foldText).map((s) => ({ s, probe: probeOf(s) }));
  return (p) => {
    const t = p[field];
    if (t === '') return list.some(({ s }) => s === '');
    const sig = p.signature(field);
    for (const { s, probe } of list) if (mayContain(sig, probe) && t.includes(s)) return true;
    return false;
  };
}

/** Compiles one rule. Throws a TypeError for a malformed rule (a bug in a table, caught by tests). */
export function compileRule(table: string, rule: Rule): CompiledRule {
  const tests: ((p: PreparedInput) => boolean)[] = [];
  for (const t of [...(rule.text ?? []), ...(rule.words ?? []), ...(rule.notText ?? [])]) {
    if (t !== t.toLowerCase() || t.trim() === '') throw new TypeError(`rule ${table}/${rule.id}: text "${t}" must be non-empty lower case`);
  }
  if (rule.detector) {
    const d = new Set(rule.detector);
    tests.push((p) => d.has(p.raw.detector));
  }
  if (rule.action) {
    const a = new Set(rule.action);
    tests.push((p) => a.has(p.raw.action));
  }
  if (rule.diagnosticType) {
    const d = new Set(rule.diagnosticType);
    tests.push((p) => d.has(p.raw.diagnosticType ?? ''));
  }
  if (rule.command) {
    const c = new Set(rule.command);
    tests.push((p) => c.has(p.raw.command));
  }
  if (rule.status) tests.push(statusMatcher(rule.status));
  if (rule.replyCode) tests.push(replyMatcher(rule.replyCode));
  if (rule.remoteMta) tests.push(hostMatcher(rule.remoteMta));
  if (rule.text) tests.push(anyIncluded(rule.text));
  if (rule.words) tests.push(anyIncluded(rule.words, 'words'));
  if (rule.notText) {
    const veto = anyIncluded(rule.notText);
    tests.push((p) => !veto(p));
  }
  if (rule.notStatus) {
    const veto = statusMatcher(rule.notStatus);
    tests.push((p) => !veto(p));
  }
  return {
    table,
    rule,
    test(p: PreparedInput): boolean {
      for (const t of tests) if (!t(p)) return false;
      return true;
    },
  };
}

/** Compiles tables in order into one flat list (first match wins). */
export function compileTables(tables: readonly RuleTable[]): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (const t of tables) {
    const ids = new Set<string>();
    for (const r of t.rules) {
      if (ids.has(r.id)) throw new TypeError(`rule table ${t.id}: duplicate rule id ${r.id}`);
      ids.add(r.id);
      out.push(compileRule(t.id, r));
    }
  }
  return out;
}
