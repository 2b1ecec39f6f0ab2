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
import { mtaHost } from '../dsn/delivery-status.js';
import { explainReply } from '../explain/explain.js';
import { DISTINCTIVE_LITERAL_TO_DECIDE, SERVICE_HOSTS, SERVICE_OF_SOURCE } from '../kb/provider-hosts.js';
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

/** Microsoft's mail servers (Exchange Online, Outlook.com). */
const MICROSOFT_HOST = SERVICE_HOSTS.get('microsoft')!;

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
  const key = [input.status, input.replyCode, input.remoteMta, input.reportingMta, domainOf(input.recipient), input.text.length > 2048 ? input.text.slice(0, 2048) : input.text].join('\u0000');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const verdict = lookup(input);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, verdict);
  return verdict;
}

/**
 * Whether a provider entry (Gmail, Yahoo, Outlook.com) found by its reply text may decide: always
 * for a distinctive sentence (`DISTINCTIVE_LITERAL_TO_DECIDE`), else only when the remote or
 * reporting server, or the recipient's domain, is the provider's. Exchange entries are judged by
 * `microsoftTextApplies`.
 */
function providerTextApplies(m: ExplainMatch, input: ClassifyInput): boolean {
  if (isMicrosoftEntry(m)) return true;
  const service = SERVICE_OF_SOURCE.get(m.source);
  const hosts = service === undefined ? undefined : SERVICE_HOSTS.get(service);
  if (!hosts || m.matchedText.length >= DISTINCTIVE_LITERAL_TO_DECIDE) return true;
  return [mtaHost(input.remoteMta), mtaHost(input.reportingMta), domainOf(input.recipient)].some((h) => h !== '' && hosts.test(h));
}

/** The reply codes a literal may open with (`550 5.5.0 Requested action ...`): servers vary them. */
const LEADING_CODES = /^(?:[245]\d\d[ -])?(?:[245]\.\d{1,3}\.\d{1,3} )?/;
/** Words only Exchange writes in its replies and NDRs: the reply is Exchange's wherever it was relayed. */
const EXCHANGE_MARKERS = /\b(?:RESOLVER|STOREDRV|QUEUE|SMTPSEND|ROUTING|APPROVAL)\.[A-Za-z]|Remote Server returned|#SMTP#/i;
/** Placeholders in a literal (`<domain>`, `[$IP]`, `XXX`, ellipses): such a literal is never found whole. */
const LITERAL_PLACEHOLDER = /[<[$\u2026]|\.\.\.|\bxxx\b/i;

/**
 * Whether a Microsoft entry found by its reply text may decide for a reply that is not shown to
 * be Exchange's (no Microsoft server, no Exchange marker such as `RESOLVER.ADR`): only when its
 * whole literal is in the words and is a distinctive sentence. A part of a literal
 * ("authentication required" of "RESOLVER.RST.AuthRequired; authentication required"), or a short
 * one ("Service not available"), is common wording that Sendmail, Postfix and others write with
 * their own meaning ("Relaying denied. Proper authentication required.", "Service not available
 * ... Bad DNS PTR resource record"); the rule tables read those.
 */
function microsoftTextApplies(m: ExplainMatch, input: ClassifyInput): boolean {
  if (!isMicrosoftEntry(m) || LITERAL_PLACEHOLDER.test(m.matchedText)) return true;
  if (MICROSOFT_HOST.test(mtaHost(input.remoteMta)) || MICROSOFT_HOST.test(mtaHost(input.reportingMta))) return true;
  const head = input.text.length > 8192 ? input.text.slice(0, 8192) : input.text;
  if (EXCHANGE_MARKERS.test(head)) return true;
  const squeeze = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ');
  const literal = squeeze(m.matchedText).replace(LEADING_CODES, '').replace(/[.\s]+$/, '');
  return literal === '' || (literal.length >= DISTINCTIVE_LITERAL_TO_DECIDE && squeeze(head).includes(literal));
}

/** A time window a rate limit counts over ("per hour", "this day"). */
const RATE_WINDOW = /\b(?:per|this) (?:second|minute|hour|day)\b/i;

/** True when a reply names a time window it counts over (looked at in its first 8 KiB). */
function namesRateWindow(text: string): boolean {
  return RATE_WINDOW.test(text.length > 8192 ? text.slice(0, 8192) : text);
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
  const microsoftHost = MICROSOFT_HOST.test(mtaHost(remoteMta));
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
  const byText = top.matchedText !== '' && providerTextApplies(top, input) && microsoftTextApplies(top, input);
  const microsoft = isMicrosoftEntry(top) && top.matchedCode === input.status && input.status !== '' && MICROSOFT_HOST.test(mtaHost(input.remoteMta));
  // A reply that counts per time window ("Too many recipients received this hour") is a rate
  // limit: an entry with another reason, found by part of those words or by the code, does not
  // decide it; the rule tables read the window.
  const rateWindow = top.reason !== 'speeding' && namesRateWindow(input.text);
  const decides = specific && (byText || microsoft) && !rateWindow;
  const best = decides ? top : pickMatch(matches, input.remoteMta);
  if (!best) return null;
  return { kbId: best.id, decides, reason: best.reason, owner: best.owner, permanent: best.permanent };
}
