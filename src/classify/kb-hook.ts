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
  const key = `${input.status}\u0000${input.replyCode}\u0000${input.remoteMta}\u0000${domainOf(input.recipient)}\u0000${input.text.length > 2048 ? input.text.slice(0, 2048) : input.text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const verdict = lookup(input);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, verdict);
  return verdict;
}

function lookup(input: ClassifyInput): KbVerdict | null {
  const best = explainReply({
    status: input.status,
    replyCode: input.replyCode,
    text: input.text,
    remoteMta: input.remoteMta,
    ...(input.recipient ? { recipient: input.recipient } : {}),
  })[0];
  if (!best) return null;
  const specific = best.source !== 'iana' && best.source !== 'rfc5321';
  const byText = best.matchedText !== '';
  const microsoft =
    (best.source === 'exchange-online' || best.source === 'exchange-server') &&
    best.matchedCode === input.status &&
    input.status !== '' &&
    MICROSOFT_HOST.test(input.remoteMta.toLowerCase());
  return { kbId: best.id, decides: specific && (byText || microsoft), reason: best.reason, owner: best.owner, permanent: best.permanent };
}
