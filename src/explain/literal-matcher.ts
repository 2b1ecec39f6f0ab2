/**
 * Finds the knowledge base's literal reply texts in input text. Each literal is cut, once at
 * load, into fragments at its placeholders (`<domain>`, `[$SenderIPAddress]`, IP addresses,
 * `XXX, YYY`, ellipses) and at sentence ends, so a reply that carries real values, or only some of
 * the sentences, still matches. Fragments are indexed by one of their words: a search only tests
 * the fragments whose word occurs in the input, then confirms with `indexOf`.
 *
 * Fragments that are wholly part of a generic phrase (RFC 5321's standard reply texts, which any
 * server may send) are marked at load: finding only those says the input is a standard reply,
 * not that it came from the mail system the literal belongs to.
 */
import { normalizeForMatch, stripReplyCodes } from './normalize.js';

/** How well one literal reply was found in a text. */
export interface LiteralHit {
  /** Index of the entry in the table the matcher was built from. */
  readonly entry: number;
  /** The literal, as written in the knowledge base. */
  readonly literal: string;
  /** Share of the literal's text that was found, 0..1 (1: every fragment was found). */
  readonly strength: number;
  /** Number of characters of the literal that were found. */
  readonly matchedChars: number;
  /** How many of the entry's literals were found whole: more independent evidence. */
  readonly fullLiterals: number;
  /**
   * Characters found, in the entry's literal with the most of them, that lie outside every
   * generic phrase. 0: all that was found of the entry is standard wording any server uses.
   */
  readonly distinctiveChars: number;
}

interface Fragment {
  readonly text: string;
  readonly literal: number;
  /** Wholly inside a generic phrase. */
  readonly generic: boolean;
}

interface Literal {
  readonly entry: number;
  readonly text: string;
  readonly totalChars: number;
}

// Placeholders inside literals: <...>, [...] (unless a provider tag such as [TSS04] or [PH01]),
// $Variables, IPv4 addresses or their x.x.x.x mask, e-mail addresses (marked by EMAIL first, and
// only in literals that hold an @: scanning for them everywhere is what made loading slow),
// XXX, YYY, ellipses, and the placeholder words used in provider documentation.
const PLACEHOLDER =
  /<[^<>]{0,80}>|\[(?![a-z]{2,4}\d{2,3}\])[^[\]]{0,80}\]|\$[a-z][\w]{0,40}|\b\d{1,3}(?:\.\d{1,3}){3}\b|\bx{1,3}(?:\.x{1,3}){3}\b|\u0000|\bxxx, yyy\b|…|\.\.\.|\b(?:domain-name|ip-address|header-name|num-attachments)\b/g;
// Sentence ends: a period, semicolon, `!` or `?` followed by a space.
const EMAIL = /[^\s@]{0,64}@[^\s@]{0,255}/g;
const SENTENCE_END = /(?<=[.;!?]) /;
// A code that opens a literal (`550 5.5.0 ...`, `5.7.705 Access ...`): matched separately.
const LEADING_CODE = /^(?:[245]\d\d[ -])?(?:[245]\.\d{1,3}\.\d{1,3} )?/;
const EDGE_PUNCT = /^[\s.,;:'"()]+|[\s.,;:'"()]+$/g;
const WORD = /[a-z0-9]+/g;

/** Words too common to count as evidence in a word overlap. */
const STOP_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'for', 'you', 'your', 'this', 'that', 'with', 'are', 'was', 'from', 'has', 'have', 'can', 'please', 'message', 'email', 'mail']);

/** Shortest fragment kept: shorter pieces ("a", "to") would match anything. */
const MIN_FRAGMENT = 3;

function fragmentsOf(literal: string): string[] {
  let norm = stripReplyCodes(normalizeForMatch(literal).replace(LEADING_CODE, ''));
  if (norm.includes('@')) norm = norm.replace(EMAIL, '\u0000');
  const out: string[] = [];
  for (const piece of norm.split(PLACEHOLDER)) {
    for (const sentence of piece.split(SENTENCE_END)) {
      const f = sentence.replace(EDGE_PUNCT, '');
      if (f.length >= MIN_FRAGMENT) out.push(f);
    }
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Whether `fragment` stands in one of `phrases` as whole words. */
function insidePhrase(fragment: string, phrases: readonly string[]): boolean {
  for (const p of phrases) {
    for (let i = p.indexOf(fragment); i >= 0; i = p.indexOf(fragment, i + 1)) {
      const end = i + fragment.length;
      if ((i === 0 || !isWordChar(p.charCodeAt(i - 1))) && (end === p.length || !isWordChar(p.charCodeAt(end)))) return true;
    }
  }
  return false;
}

function anchorWord(fragment: string): string | null {
  const words = fragment.match(WORD) ?? [];
  // Inner words are whole words wherever the fragment occurs; edge words may be cut.
  const inner = words.length >= 3 ? words.slice(1, -1) : words;
  let best: string | null = null;
  for (const w of inner) if (best === null || w.length > best.length) best = w;
  return best;
}

/** Literals that are not part of another one found for the same entry (`550 5.7.1 Unable to relay`
 * and `Unable to relay` are one piece of evidence, not two). */
function distinctCount(texts: readonly string[]): number {
  let n = 0;
  texts.forEach((t, i) => {
    if (!texts.some((o, j) => j !== i && o.includes(t) && (o.length > t.length || j < i))) n++;
  });
  return n;
}

/** How many characters of one literal a search found: in all, and outside generic phrases. */
interface FoundChars {
  chars: number;
  distinctive: number;
}

/** Counts a fragment found in the input towards its literal. */
function addFound(found: Map<number, FoundChars>, f: Fragment): void {
  let fc = found.get(f.literal);
  if (fc === undefined) {
    fc = { chars: 0, distinctive: 0 };
    found.set(f.literal, fc);
  }
  fc.chars += f.text.length;
  if (!f.generic) fc.distinctive += f.text.length;
}

/** A literal-phrase matcher built once over a table of entries' literal replies. */
export class LiteralMatcher {
  private readonly literals: Literal[] = [];
  private readonly fragmentsByLiteral: string[][] = [];
  private readonly byAnchor = new Map<string, Fragment[]>();
  /** Fragments without a word (pure punctuation/digits): tested on every search. */
  private readonly unanchored: Fragment[] = [];
  /** Entry -> the distinct content words of each of its literals (for word overlap). */
  private readonly wordsByEntry = new Map<number, string[][]>();
  /**
   * Every word a search cares about -> the fragments it anchors (none for a word only word
   * overlap reads). An input word not in here is skipped with one map read.
   */
  private readonly vocabulary = new Map<string, readonly Fragment[]>();
  /** Length of the longest word in {@link vocabulary}: a longer input word is not sliced out. */
  private longestWord = 0;

  /**
   * @param replies the literal replies of each entry, in entry order.
   * @param genericPhrases replies any server may send (RFC 5321's standard texts), cut at
   *   placeholders like the literals; a fragment inside one of them is marked generic.
   */
  constructor(replies: readonly (readonly string[])[], genericPhrases: readonly string[] = []) {
    const generic = genericPhrases.flatMap(fragmentsOf);
    replies.forEach((list, entry) => {
      for (const text of list) {
        const frags = fragmentsOf(text);
        if (frags.length === 0) continue;
        const literal = this.literals.length;
        this.literals.push({ entry, text, totalChars: frags.reduce((n, f) => n + f.length, 0) });
        this.fragmentsByLiteral.push(frags);
        const words = [...new Set(frags.join(' ').match(WORD) ?? [])].filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
        if (words.length > 0) this.wordsByEntry.set(entry, [...(this.wordsByEntry.get(entry) ?? []), words]);
        for (const f of frags) {
          const anchor = anchorWord(f);
          const frag: Fragment = { text: f, literal, generic: insidePhrase(f, generic) };
          if (anchor === null) this.unanchored.push(frag);
          else {
            const list2 = this.byAnchor.get(anchor);
            if (list2) list2.push(frag);
            else this.byAnchor.set(anchor, [frag]);
          }
        }
      }
    });
    const none: readonly Fragment[] = [];
    for (const lists of this.wordsByEntry.values()) for (const words of lists) for (const w of words) this.vocabulary.set(w, none);
    for (const [w, frags] of this.byAnchor) this.vocabulary.set(w, frags);
    for (const w of this.vocabulary.keys()) this.longestWord = Math.max(this.longestWord, w.length);
  }

  /** Number of literal replies indexed. */
  get size(): number {
    return this.literals.length;
  }

  /**
   * Every literal with at least one fragment in `normalized` (text already passed through
   * {@link normalizeForMatch} and {@link stripReplyCodes}), one hit per entry: its strongest literal.
   */
  search(normalized: string): LiteralHit[] {
    return this.searchWithWords(normalized).hits;
  }

  /**
   * Share of the content words of the entry's best literal that occur in the input's words, and
   * how many: a weak signal for replies worded differently from the knowledge base (Microsoft's
   * `RESOLVER.RST.NotAuthorized; not authorized` for the table's `Delivery not authorized`).
   */
  wordOverlap(entry: number, inputWords: ReadonlySet<string>): { share: number; count: number } {
    let bestShare = 0;
    let bestCount = 0;
    const lists = this.wordsByEntry.get(entry);
    if (lists === undefined) return { share: 0, count: 0 };
    for (const words of lists) {
      let count = 0;
      for (const w of words) if (inputWords.has(w)) count++;
      const share = count / words.length;
      if (share > bestShare || (share === bestShare && count > bestCount)) {
        bestShare = share;
        bestCount = count;
      }
    }
    return { share: bestShare, count: bestCount };
  }

  /**
   * {@link search}, also giving the distinct words of the input that some literal holds (all that
   * {@link wordOverlap} reads).
   */
  searchWithWords(normalized: string): { hits: LiteralHit[]; words: Set<string> } {
    // literal -> characters of it found (all, and outside generic phrases), in the order the
    // literals were first found (which decides between equally strong literals of an entry)
    const found = new Map<number, FoundChars>();
    // Each fragment sits in exactly one list (its anchor's, or `unanchored`) and each distinct
    // word is looked up once, so no fragment is tested twice: no set of tested fragments needed.
    // Each distinct word of the input once, by a character scan (a regex loop is ten times slower).
    const seenWords = new Set<string>();
    let start = -1;
    for (let i = 0; i <= normalized.length; i++) {
      const c = i < normalized.length ? normalized.charCodeAt(i) : 0;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      const from = start;
      start = -1;
      if (i - from > this.longestWord) continue;
      const w = normalized.slice(from, i);
      // Most words of a reply are in no literal: one map read, and they never enter the set.
      const frags = this.vocabulary.get(w);
      if (frags === undefined || seenWords.has(w)) continue;
      seenWords.add(w);
      for (const f of frags) if (normalized.includes(f.text)) addFound(found, f);
    }
    for (const f of this.unanchored) if (normalized.includes(f.text)) addFound(found, f);
    // Most replies hold no literal at all: nothing to rank.
    if (found.size === 0) return { hits: [], words: seenWords };
    const best = new Map<number, LiteralHit>();
    const full = new Map<number, string[]>(); // entry -> its literals found whole, as normalised text
    const entryDistinctive = new Map<number, number>();
    for (const [literal, { chars, distinctive: d }] of found) {
      const lit = this.literals[literal] as Literal;
      if (d > (entryDistinctive.get(lit.entry) ?? 0)) entryDistinctive.set(lit.entry, d);
      const strength = Math.min(1, chars / lit.totalChars);
      if (strength >= 1) {
        const list = full.get(lit.entry);
        const joined = (this.fragmentsByLiteral[literal] as string[]).join(' ');
        if (list) list.push(joined);
        else full.set(lit.entry, [joined]);
      }
      const hit: LiteralHit = { entry: lit.entry, literal: lit.text, strength, matchedChars: chars, fullLiterals: 0, distinctiveChars: 0 };
      const prev = best.get(lit.entry);
      if (!prev || hit.strength > prev.strength || (hit.strength === prev.strength && hit.matchedChars > prev.matchedChars)) best.set(lit.entry, hit);
    }
    const hits: LiteralHit[] = [];
    for (const h of best.values()) {
      const whole = full.get(h.entry);
      hits.push({
        entry: h.entry,
        literal: h.literal,
        strength: h.strength,
        matchedChars: h.matchedChars,
        fullLiterals: whole ? distinctCount(whole) : 0,
        distinctiveChars: entryDistinctive.get(h.entry) ?? 0,
      });
    }
    return { hits, words: seenWords };
  }
}
