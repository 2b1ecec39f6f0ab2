/**
 * The knowledge base's say in classification. The explain engine (`explainReply`) ranks the
 * entries that explain a record's status, reply code and words. Its best match always names the
 * record's `kbId`; it also decides the reason and owner when it is specific evidence:
 * - an entry's literal reply text was found in the server's words, or
 * - an Exchange Online / Exchange Server entry matched the exact status of a reply from a
 *   Microsoft server (for Exchange codes the knowledge base is the authority);
 * and the entry is not a bare registry or reply-code meaning (those are what the rule tables
 * refine with the server's wording).
 */
import { explainReply } from '../explain/explain.js';
import type { Owner, ReasonId } from '../kb/reasons.js';
import type { ExplainMatch } from '../types.js';
import type { ClassifyInput } from './types.js';

/** What the knowledge base says about one record. */
export interface KbVerdict {
  readonly kbId: string;
  /** True when the entry is specific enough to decide the reason and owner. */
  readonly decides: boolean;
  readonly reason: ReasonId;
  readonly owner: Owner;
  readonly permanent: boolean;
}

/** Remote hosts that are Microsoft's mail servers (Exchange Online, Outlook.com). */
const MICROSOFT_HOST = /(?:^|\.)(?:outlook\.com|hotmail\.com|office365\.com|microsoft\.com|exchangelabs\.com|outlook\.office365\.com)$/;

/**
 * Verdicts of recent lookups. A batch of bounces repeats the same replies over and over (one
 * provider's wording, many recipients), and a knowledge-base lookup costs far more than a map
 * read. Keyed by everything the verdict depends on (the recipient only by its domain); bounded,
 * oldest dropped first, so it cannot grow with the input.
 */
const CACHE_SIZE = 1024;
const cache = new Map<string, KbVerdict | null>();

/** Empties the verdict cache (benchmarks measure cold lookups with it). Not part of the public API. */
export function clearKnowledgeBaseCache(): void {
  cache.clear();
}

function domainOf(address: string | undefined): string {
  if (!address) return '';
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/**
 * Asks the knowledge base about a record. Returns null when nothing matches (no code, no known
 * reply).
 */
export function lookupKnowledgeBase(input: ClassifyInput): KbVerdict | null {
  if (input.status === '' && input.replyCode === '' && input.text === '') return null;
  // join, not a template: join builds one flat string, while a concatenation keeps pointers to
  // its pieces, and the text is often a slice of the whole message, which the cache would then
  // keep alive (a tenth of what the parser allocated outlived young-generation collections).
  const key = [input.status, input.replyCode, input.remoteMta, domainOf(input.recipient), input.text.length > 2048 ? input.text.slice(0, 2048) : input.text].join('\u0000');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const verdict = lookup(input);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, verdict);
  return verdict;
}

function isMicrosoftEntry(m: ExplainMatch): boolean {
  return m.source === 'exchange-online' || m.source === 'exchange-server';
}

/**
 * The match that explains a record. An Exchange entry found only by a code that every mail
 * system uses (5.1.1, 5.2.2) is not taken for a reply from another system: its cause and fixes
 * speak of Outlook and Exchange. Then the next match (the registry's meaning) explains it.
 * @example pickMatch(explainReply({ status: '5.1.1', text: 'procmail: ... No such user' }), 'mx.example.org')
 */
export function pickMatch(matches: readonly ExplainMatch[], remoteMta: string): ExplainMatch | null {
  const microsoftHost = MICROSOFT_HOST.test(remoteMta.toLowerCase());
  for (const m of matches) {
    if (!isMicrosoftEntry(m) || m.matchedText !== '' || microsoftHost) return m;
  }
  return null;
}

function lookup(input: ClassifyInput): KbVerdict | null {
  const matches = explainReply({
    status: input.status,
    replyCode: input.replyCode,
    text: input.text,
    remoteMta: input.remoteMta,
    ...(input.recipient ? { recipient: input.recipient } : {}),
  });
  // The top match decides when it is specific evidence; the record's kbId is the match that
  // fits the server (see pickMatch), which is the top one in that case.
  const top = matches[0];
  if (!top) return null;
  const specific = top.source !== 'iana' && top.source !== 'rfc5321';
  const byText = top.matchedText !== '';
  const microsoft = isMicrosoftEntry(top) && top.matchedCode === input.status && input.status !== '' && MICROSOFT_HOST.test(input.remoteMta.toLowerCase());
  const decides = specific && (byText || microsoft);
  const best = decides ? top : pickMatch(matches, input.remoteMta);
  if (!best) return null;
  return { kbId: best.id, decides, reason: best.reason, owner: best.owner, permanent: best.permanent };
}
