/**
 * The explain engine: any text (a code, a reply line, a whole pasted NDR) plus the knowledge base
 * gives the entries that explain it, best first. Runtime-neutral (no Node APIs), so it runs in
 * the browser too. The knowledge base is indexed once, when this module loads.
 *
 * Ranking, in order of weight: the literal reply text found in the input (it decides between
 * entries that share a code); the code itself (exact, or inside an entry's range); which code of
 * the input it is (the first one is the primary); the mail service that answered (Microsoft,
 * Google, Yahoo). Codes no entry has fall back to the registry, so a code is never unexplained.
 *
 * RFC 5321's standard reply texts ("Service not available, closing transmission channel",
 * "Requested action not taken: mailbox unavailable") are sent by every kind of server. A vendor's
 * literal that is only such a phrase counts as a text match for that vendor's entry when the
 * vendor shows itself too (one of the entry's codes, its markers or its server); otherwise the
 * basic code's and the registry's meanings answer.
 */
import { NdrkitError } from '../errors.js';
import type { KbEntry, KbSource } from '../kb/types.js';
import type { ExplainMatch, ExplainOptions, ExplainResult, FoundCode, NdrContext, ReplyFacts } from '../types.js';
import { OWNER_RULES, type OwnerRule, type OwnerSituation } from '../kb/index.js';
import { findCodes, parseEnhanced, type CodeHit } from './find-codes.js';
import { registryMatch, replyCodeMatch } from './fallback.js';
import { buildKbIndex, type KbIndex } from './kb-index.js';
import { DEFAULT_MAX_MATCHES, MAX_ECHO_CHARS, MAX_INPUT_CHARS } from './limits.js';
import type { LiteralHit } from './literal-matcher.js';
import { looksBinary, normalizeForMatch, stripReplyCodes, unfoldReplies } from './normalize.js';
import { readNdrContext, rejectedByRecipientDomain } from './ndr-context.js';

const INDEX: KbIndex = buildKbIndex();
const RULES_BY_ENTRY: ReadonlyMap<string, readonly OwnerRule[]> = (() => {
  const m = new Map<string, OwnerRule[]>();
  for (const r of OWNER_RULES) m.set(r.entryId, [...(m.get(r.entryId) ?? []), r]);
  return m;
})();

// Score parts. A full literal match outweighs a code match, so the reply text decides.
const CODE_EXACT = 100;
const CODE_IN_RANGE = 80;
/** Other providers reuse registry codes with their own meaning: by code alone they rank below the
 * registry's meaning, and above it only when their text or their server says it is them. */
const PROVIDER_CODE_EXACT = 50;
const PROVIDER_CODE_IN_RANGE = 40;
const REGISTRY_DETAIL = 60;
const REGISTRY_SUBJECT = 30;
const REGISTRY_CLASS = 15;
const REPLY_CODE_ONLY = 20;
/** A basic code whose RFC 5321 standard text is in the input too: the reply is that one. */
const STANDARD_TEXT = 5;
const TEXT_FULL = 120;
const TEXT_PARTIAL = 80;
/** Most a code-related entry gains when its literal's content words occur in the input, though
 * not as a phrase. Below any phrase match, above table order. */
const WORD_OVERLAP = 30;
const POSITION_BONUS = [10, 5] as const;
const BASIC_AGREES = 5;
const TEXT_ONLY_CONFLICT = -40;
const HINT_REMOTE = 20;
const HINT_TEXT = 12;
const SOURCE_WEIGHT: Readonly<Record<KbSource, number>> = {
  'exchange-online': 6,
  'exchange-server': 4,
  'outlook-com': 2,
  gmail: 2,
  yahoo: 2,
  iana: 0,
  rfc5321: 0,
};

function isMicrosoftSource(s: KbSource): boolean {
  return s === 'exchange-online' || s === 'exchange-server';
}

type Hints = Partial<Record<KbSource, number>>;

const HOST_TOKEN = /[a-z0-9][a-z0-9.-]{0,252}/g;

/** Which provider answered, from the remote server name. */
function hostHints(remoteMta: string, hints: Hints): void {
  const hosts = remoteMta.toLowerCase().match(HOST_TOKEN) ?? [];
  for (const h of hosts.slice(0, 16)) {
    if (/(?:^|\.)(?:hotmail\.com|live\.com|msn\.com)$/.test(h) || h.endsWith('olc.protection.outlook.com')) {
      bump(hints, 'outlook-com', HINT_REMOTE);
      bump(hints, 'exchange-online', HINT_REMOTE / 2);
    } else if (/(?:^|\.)(?:outlook\.com|office365\.com|outlook\.cn|microsoft\.com)$/.test(h)) {
      bump(hints, 'exchange-online', HINT_REMOTE);
      bump(hints, 'exchange-server', HINT_REMOTE / 2);
    } else if (/(?:^|\.)(?:google\.com|googlemail\.com|gmail\.com|1e100\.net)$/.test(h)) {
      bump(hints, 'gmail', HINT_REMOTE);
    } else if (/(?:^|\.)(?:yahoo\.com|yahoodns\.net|yahoo\.co\.[a-z]{2}|aol\.com|yahooinc\.com)$/.test(h)) {
      bump(hints, 'yahoo', HINT_REMOTE);
    }
  }
}

/** Which provider answered, from markers in the reply text itself. */
function textHints(normalized: string, hints: Hints): void {
  // Markers that Google's and Yahoo's servers put in their own replies; a mere link to their help
  // pages (as in a Gmail NDR about someone else's server) is not one.
  if (/\bgsmtp\b/.test(normalized)) bump(hints, 'gmail', HINT_TEXT);
  if (normalized.includes('yahooinc.com') || normalized.includes('postmaster.yahoo.com')) bump(hints, 'yahoo', HINT_TEXT);
  if (normalized.includes('olc.protection.outlook.com') || normalized.includes('postmaster.live.com') || normalized.includes('mail.live.com')) {
    bump(hints, 'outlook-com', HINT_TEXT);
  }
  if (MICROSOFT_MARKERS.test(normalized)) bump(hints, 'exchange-online', HINT_TEXT);
}

/** Words that Exchange Online, Exchange Server and their NDRs write and other systems do not. */
const MICROSOFT_MARKERS =
  /\.outlook\.com|office365\.com|\b(?:resolver|storedrv|queue|smtpsend|approval)\.[a-z]|#smtp#|remote server returned|diagnostic information for administrators|more info for email admins|generating server|\b(?:exchange online|office 365|microsoft 365)\b|\battr\d{1,3}\b|\bas\(\d{3,12}\)/;
/** Three letters or more: a reply with none holds only codes. */
const LETTER_WORD = /[a-z]{3}/;

function bump(hints: Hints, s: KbSource, n: number): void {
  hints[s] = Math.max(hints[s] ?? 0, n);
}

/** The distinct codes of the input, first occurrence first; a basic code found later fills in. */
function distinctCodes(hits: readonly CodeHit[]): FoundCode[] {
  const out: { enhanced: string; basic: string }[] = [];
  for (const h of hits) {
    const same = out.find((c) => (h.enhanced !== '' ? c.enhanced === h.enhanced : c.enhanced === '' && c.basic === h.basic));
    if (!same) out.push({ enhanced: h.enhanced, basic: h.basic });
    else if (same.basic === '' && h.basic !== '') same.basic = h.basic;
  }
  return out;
}

function textScore(hit: LiteralHit | undefined): number {
  if (!hit) return 0;
  // Each further literal of the same entry found whole is independent evidence for it.
  if (hit.strength >= 1) return TEXT_FULL + Math.min(40, hit.matchedChars / 4) + Math.min(30, 10 * (hit.fullLiterals - 1));
  if (hit.strength >= 0.34 && hit.matchedChars >= 10) return TEXT_PARTIAL * hit.strength;
  return 0;
}

/** Whether a text hit alone (no code relation) is strong enough to name an entry. */
function textAloneSuffices(hit: LiteralHit): boolean {
  return (hit.strength >= 1 && hit.matchedChars >= 16) || (hit.strength >= 0.6 && hit.matchedChars >= 25);
}

/** Permanent or not: the reply's own class decides (basic code first), else the entry's default. */
function permanence(code: FoundCode | undefined, fallback: boolean): boolean {
  if (code?.basic) return code.basic.startsWith('5');
  if (code?.enhanced) return code.enhanced.startsWith('5');
  return fallback;
}

function toMatch(entry: KbEntry, score: number, code: FoundCode | undefined, hit: LiteralHit | undefined): ExplainMatch {
  return {
    id: entry.id,
    source: entry.source,
    codes: entry.codes,
    replies: entry.replies,
    title: entry.title,
    cause: entry.cause,
    fix: entry.fix,
    owner: entry.owner,
    permanent: permanence(code, entry.permanent),
    reason: entry.reason,
    references: entry.references,
    score: Math.round(score * 10) / 10,
    matchedCode: code ? code.enhanced || code.basic : '',
    matchedText: hit && textScore(hit) > 0 ? hit.literal : '',
  };
}

interface Scored {
  readonly match: ExplainMatch;
  readonly order: number;
}

function validateOptions(options: ExplainOptions): { remoteMta: string; maxMatches: number } {
  if (options === null || typeof options !== 'object') throw new NdrkitError('ERR_INVALID_OPTION', 'explain: options must be an object', { field: 'options' });
  const { remoteMta = '', maxMatches = DEFAULT_MAX_MATCHES } = options;
  if (typeof remoteMta !== 'string') throw new NdrkitError('ERR_INVALID_OPTION', 'explain: remoteMta must be a string', { field: 'remoteMta' });
  if (!Number.isInteger(maxMatches) || maxMatches < 1) {
    throw new NdrkitError('ERR_INVALID_OPTION', 'explain: maxMatches must be a positive integer', { field: 'maxMatches' });
  }
  return { remoteMta: remoteMta.slice(0, 1024), maxMatches };
}

/** Ranks every entry the codes and the text point to. `codes` are in priority order. */
function rank(
  codes: readonly FoundCode[],
  normalized: string,
  hints: Hints,
  situations: ReadonlySet<OwnerSituation>,
  maxMatches: number,
  warnings: string[],
): ExplainMatch[] {
  const hits = new Map<number, LiteralHit>();
  const stripped = stripReplyCodes(normalized);
  const searched = INDEX.literals.searchWithWords(stripped);
  // Basic code -> its RFC 5321 standard text, found whole in the input.
  const standard = new Map<string, string>();
  for (const h of searched.hits) {
    if (h.entry < INDEX.entries.length) hits.set(h.entry, h);
    else if (h.strength >= 1) standard.set(INDEX.standardReplyCodes[h.entry - INDEX.entries.length] as string, h.literal);
  }

  // Entry index -> the best code relation (score and which code).
  const byCode = new Map<number, { score: number; code: FoundCode }>();
  const knownCodes = new Set<FoundCode>();
  const relate = (entry: number, score: number, code: FoundCode): void => {
    knownCodes.add(code);
    const prev = byCode.get(entry);
    if (!prev || score > prev.score) byCode.set(entry, { score, code });
  };
  // Microsoft's tables are the default authority for a code when the input is a bare code or
  // shows it is Microsoft's (its markers, its server, one of its known replies). A reply with
  // words of its own and none of that (Postfix, Google, Yahoo, ...) ranks Microsoft's entries like
  // any other provider's, so the registry's meaning leads unless the text says more.
  const microsoftText = [...hits.values()].some((h) => isMicrosoftSource((INDEX.entries[h.entry] as KbEntry).source) && h.strength >= 1 && h.distinctiveChars > 0);
  const wordsOnly = LETTER_WORD.test(stripped);
  const microsoftHint = (hints['exchange-online'] ?? 0) > 0 || (hints['exchange-server'] ?? 0) > 0 || (hints['outlook-com'] ?? 0) > 0;
  /** The input shows the mail system an entry belongs to: its server or its own markers. */
  const vendorShown = (s: KbSource): boolean => (hints[s] ?? 0) > 0 || (isMicrosoftSource(s) && microsoftHint);
  const otherProvider = (hints.gmail ?? 0) > 0 || (hints.yahoo ?? 0) > 0;
  const foreign = !microsoftHint && !microsoftText && (wordsOnly || otherProvider);
  const authority = (s: KbSource): boolean => isMicrosoftSource(s) && !foreign;
  codes.forEach((code, position) => {
    const bonus = POSITION_BONUS[position] ?? 0;
    if (code.enhanced === '') return;
    for (const i of INDEX.byCode.get(code.enhanced) ?? []) {
      const e = INDEX.entries[i] as KbEntry;
      relate(i, (authority(e.source) ? CODE_EXACT : PROVIDER_CODE_EXACT) + bonus, code);
    }
    const p = parseEnhanced(code.enhanced);
    if (p && p.from === p.to) {
      for (const r of INDEX.ranges) {
        if (r.cls === p.cls && r.subject === p.subject && p.from >= r.from && p.from <= r.to) {
          const e = INDEX.entries[r.index] as KbEntry;
          // A narrower range is more specific.
          const narrow = 5 - Math.min(5, (r.to - r.from) / 100);
          relate(r.index, (authority(e.source) ? CODE_IN_RANGE : PROVIDER_CODE_IN_RANGE) + narrow + bonus, code);
        }
      }
    }
  });

  const hasEnhanced = codes.some((c) => c.enhanced !== '');
  const scored: Scored[] = [];
  // The entries a code points to, then those only the text found (the order a Set of both gave).
  const candidates = [...byCode.keys()];
  for (const i of hits.keys()) if (!byCode.has(i)) candidates.push(i);
  // A word overlap counts from two shared words: an input with fewer known words has none.
  const overlapPossible = searched.words.size >= 2;
  for (const i of candidates) {
    const e = INDEX.entries[i] as KbEntry;
    const rel = byCode.get(i);
    const found = hits.get(i);
    // Standard RFC 5321 wording alone is no evidence for a vendor's entry (see the module comment).
    const hit = found && (found.distinctiveChars > 0 || rel || vendorShown(e.source)) ? found : undefined;
    let score: number;
    let code: FoundCode | undefined = rel?.code;
    if (rel) {
      score = rel.score + textScore(hit);
      // Worded differently from every literal: shared content words still say something.
      if (overlapPossible && textScore(hit) === 0) {
        const o = INDEX.literals.wordOverlap(i, searched.words);
        if (o.count >= 2 && o.share >= 0.5) score += WORD_OVERLAP * o.share;
      }
    } else {
      if (!hit || !textAloneSuffices(hit)) continue;
      score = textScore(hit);
      if (hasEnhanced && e.codes.length > 0) score += TEXT_ONLY_CONFLICT;
      // A basic code that agrees with the entry ties the text to that reply.
      code = codes.find((c) => c.enhanced === '' && c.basic !== '' && (e.basic ?? []).includes(c.basic));
    }
    if (code?.basic && (e.basic ?? []).includes(code.basic)) score += BASIC_AGREES;
    score += (foreign && isMicrosoftSource(e.source) ? 0 : SOURCE_WEIGHT[e.source]) + (hints[e.source] ?? 0);
    scored.push({ match: toMatch(e, score, code, hit), order: i });
  }

  // The registry's meaning for every enhanced code; the only answer for codes no entry has.
  codes.forEach((code, position) => {
    const bonus = POSITION_BONUS[position] ?? 0;
    if (code.enhanced === '') {
      const hasText = scored.some((s) => s.match.matchedText !== '');
      const text = standard.get(code.basic) ?? '';
      const m = replyCodeMatch(INDEX, code.basic, REPLY_CODE_ONLY + bonus - (hasText ? 10 : 0) + (text !== '' ? STANDARD_TEXT : 0), text);
      standard.delete(code.basic);
      if (m) scored.push({ match: m, order: Number.MAX_SAFE_INTEGER });
      return;
    }
    const p = parseEnhanced(code.enhanced);
    if (!p) return;
    const known = knownCodes.has(code);
    const single = p.from === p.to ? code.enhanced : `${p.cls}.${p.subject}.${p.from}`;
    const r = registryMatch(INDEX, single, 0);
    if (!r) return;
    if (known && r.level !== 'detail') return;
    const base = r.level === 'detail' ? REGISTRY_DETAIL : r.level === 'subject' ? REGISTRY_SUBJECT : REGISTRY_CLASS;
    const match: ExplainMatch = { ...r.match, score: base + bonus, permanent: permanence(code, r.match.permanent), matchedCode: code.enhanced };
    scored.push({ match, order: Number.MAX_SAFE_INTEGER - 1 });
  });

  // A standard text with no basic code in the input still says which reply it is.
  for (const [basic, text] of standard) {
    if (codes.some((c) => c.basic === basic)) continue;
    const m = replyCodeMatch(INDEX, basic, REPLY_CODE_ONLY, text);
    if (m) scored.push({ match: { ...m, matchedCode: '' }, order: Number.MAX_SAFE_INTEGER });
  }

  scored.sort((a, b) => b.match.score - a.match.score || SOURCE_WEIGHT[b.match.source] - SOURCE_WEIGHT[a.match.source] || a.order - b.order);

  // Say so when a code alone is shared by several entries and no reply text told them apart.
  const primary = codes.find((c) => c.enhanced !== '');
  if (primary) {
    // Entries of that code close enough to the best one to be real contenders.
    const top = scored[0]?.match.score ?? 0;
    const sharing = scored.filter((s) => s.match.source !== 'iana' && s.match.matchedCode === primary.enhanced && s.match.score >= top - 30);
    if (sharing.length > 1 && !sharing.some((s) => s.match.matchedText !== '')) {
      warnings.push(`${sharing.length} entries share the code ${primary.enhanced} and the input holds none of their known reply texts, so the order is a best guess (by words shared with the input, then table order). The reply text that came with the code decides between them: include it for a precise answer.`);
    }
  }
  return scored.slice(0, maxMatches).map((s) => applyOwnerRules(s.match, situations));
}

/** The owner the NDR's situation calls for, when a rule says it differs from the usual one. */
function applyOwnerRules(match: ExplainMatch, situations: ReadonlySet<OwnerSituation>): ExplainMatch {
  const rules = RULES_BY_ENTRY.get(match.id);
  if (rules === undefined || situations.size === 0) return match;
  const rule = rules.find((r) => situations.has(r.when));
  return rule ? { ...match, owner: rule.owner, ownerNote: rule.note } : match;
}

function analyse(input: string, options: ExplainOptions, primary: readonly FoundCode[], given: NdrContext | null): ExplainResult {
  const { remoteMta, maxMatches } = validateOptions(options);
  const warnings: string[] = [];
  const echo = input.length > MAX_ECHO_CHARS ? input.slice(0, MAX_ECHO_CHARS) : input;
  if (echo !== input) warnings.push(`The input is ${input.length} characters long; only the first ${MAX_ECHO_CHARS} are echoed back.`);
  if (input.trim() === '' && primary.length === 0) {
    return { input: echo, codes: [], matches: [], warnings: [...warnings, 'The input is empty: give a status code, a reply line or a whole NDR.'] };
  }
  if (looksBinary(input)) {
    return { input: echo, codes: [], matches: [], warnings: [...warnings, 'The input looks like binary data, not text; nothing was explained.'] };
  }
  const text = unfoldReplies(input);
  const hits = findCodes(text);
  // Explicit objects, not `{ ...c }`: an object spread here was a measurable share of a call.
  const found = distinctCodes(primary.length === 0 ? hits : [...primary.map((c) => ({ enhanced: c.enhanced, basic: c.basic, index: -1, reply: '' })), ...hits]);
  const normalized = normalizeForMatch(text);
  const ndr = given ?? readNdrContext(text);
  const hints: Hints = {};
  const remote = remoteMta !== '' ? remoteMta : (ndr?.remoteServer ?? '');
  if (remote !== '') hostHints(remote, hints);
  textHints(normalized, hints);
  const situations = new Set<OwnerSituation>();
  if (ndr?.rejectedByRecipientDomain) situations.add('rejected-by-recipient-domain');
  const matches = rank(found, normalized, hints, situations, maxMatches, warnings);
  if (matches.length === 0) {
    warnings.push(found.length === 0 ? 'No status code and no known reply text was found in the input.' : 'The codes found are not valid status codes; nothing is known about them.');
  }
  return ndr ? { input: echo, codes: found, matches, warnings, ndr } : { input: echo, codes: found, matches, warnings };
}

/**
 * Explains any text that holds an SMTP status code or reply: a bare enhanced code (`5.4.1`), a
 * basic plus enhanced code (`550 5.7.124`), a full reply line, or a whole pasted NDR. Returns
 * every code found and the knowledge-base entries that explain them, best first. Never throws on
 * odd text (empty or binary input gives warnings); throws {@link NdrkitError} for a non-string
 * input, bad options, or input over {@link MAX_INPUT_CHARS}.
 *
 * @example
 * const r = explain('550 5.7.124 Sender not in allowed-senders list');
 * r.matches[0].id;    // 'exo-5.7.124-not-in-allowed-senders'
 * r.matches[0].owner; // 'recipient-admin'
 */
export function explain(input: string, options: ExplainOptions = {}): ExplainResult {
  if (typeof input !== 'string') throw new NdrkitError('ERR_INVALID_INPUT', 'explain: input must be a string', { field: 'input' });
  if (input.length > MAX_INPUT_CHARS) {
    throw new NdrkitError('ERR_TOO_LARGE', `explain: input is ${input.length} characters; the limit is ${MAX_INPUT_CHARS}. Paste the NDR's reply lines or its diagnostic section only.`, { field: 'input' });
  }
  return analyse(input, options, [], null);
}

/**
 * Explains one delivery record's failure for the bounce parser: its enhanced status, basic reply
 * code, the server's words and the server that gave them. The record's own status counts as the
 * primary code; Exchange Online entries rank first when the remote server is Microsoft's
 * (`*.protection.outlook.com`, `*.prod.outlook.com`, `*.outlook.com`, Hotmail, Office 365).
 * Text beyond {@link MAX_INPUT_CHARS} is ignored. Returns the matches, best first (may be empty).
 *
 * @example
 * explainReply({ status: '5.7.1', replyCode: '550', text: '5.7.1 Unable to relay', remoteMta: 'x.mail.protection.outlook.com' })[0]?.id
 * // 'exo-5.7.1-relay'
 */
export function explainReply(facts: ReplyFacts): ExplainMatch[] {
  if (facts === null || typeof facts !== 'object') throw new NdrkitError('ERR_INVALID_INPUT', 'explainReply: facts must be an object', { field: 'facts' });
  const status = typeof facts.status === 'string' && parseEnhanced(facts.status.trim()) ? facts.status.trim() : '';
  const replyCode = typeof facts.replyCode === 'string' && /^[245]\d\d$/.test(facts.replyCode.trim()) ? facts.replyCode.trim() : '';
  const text = typeof facts.text === 'string' ? facts.text.slice(0, MAX_INPUT_CHARS) : '';
  const primary: FoundCode[] = status !== '' || replyCode !== '' ? [{ enhanced: status, basic: replyCode }] : [];
  const remoteMta = typeof facts.remoteMta === 'string' ? facts.remoteMta.slice(0, 1024) : '';
  const recipient = typeof facts.recipient === 'string' ? facts.recipient.slice(0, 320) : '';
  const host = (remoteMta.toLowerCase().match(/[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,10}/) ?? [''])[0];
  const context: NdrContext = {
    generatingServer: '',
    remoteServer: host,
    recipients: recipient !== '' ? [recipient.toLowerCase()] : [],
    rejectedByRecipientDomain: rejectedByRecipientDomain(host, recipient !== '' ? [recipient] : []),
  };
  return [...analyse(text, remoteMta !== '' ? { remoteMta } : {}, primary, context).matches];
}
