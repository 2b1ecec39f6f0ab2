/**
 * Builds the page's view model (diagnosis.ts) from the library's results. Pure functions, run in
 * the worker; unit-tested with objects of the documented shapes.
 */
import type { DeliveryRecord, ExplainMatch, ExplainResult, ReplyFacts } from '../types.js';
import { REASONS, isReasonId } from '../kb/reasons.js';
import type { Owner } from '../kb/reasons.js';
import type { KbFix } from '../kb/types.js';
import type { PartyFix, RecipientCard } from './diagnosis.js';
import { DEFAULT_SENDER_FIX } from './owners.js';

/** Longest cause sentence kept on the card; the full text is in the admin section. */
const MAX_SENTENCE = 400;

/**
 * The first sentence of a text: up to the first `. ` (or `! ` / `? `) after a few words.
 *
 * @example
 * ```ts
 * firstSentence('The mailbox is full. Ask them to clean it up.'); // 'The mailbox is full.'
 * ```
 */
export function firstSentence(text: string): string {
  const t = text.trim();
  const limit = Math.min(t.length, MAX_SENTENCE);
  for (let i = 20; i < limit; i++) {
    const ch = t[i];
    if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 === t.length || t[i + 1] === ' ' || t[i + 1] === '\n')) {
      return t.slice(0, i + 1);
    }
  }
  return t.length > MAX_SENTENCE ? `${t.slice(0, MAX_SENTENCE)}…` : t;
}

function adminFixes(fix: KbFix | undefined): PartyFix[] {
  if (fix === undefined) return [];
  const out: PartyFix[] = [];
  if (fix.senderAdmin) out.push({ party: "Sender's email admin", text: fix.senderAdmin });
  if (fix.service) out.push({ party: 'Mail service provider', text: fix.service });
  if (fix.recipientAdmin) out.push({ party: "Recipient's email admin", text: fix.recipientAdmin });
  return out;
}

function verdictOfCode(status: string, basic: string): string {
  const c = (status || basic).charAt(0);
  if (c === '5') return 'Permanent failure';
  if (c === '4') return 'Temporary failure';
  if (c === '2') return 'Success';
  return 'Unknown outcome';
}

function verdictOfRecord(r: DeliveryRecord): string {
  switch (r.kind) {
    case 'bounce': {
      const c = (r.status || r.replyCode).charAt(0);
      const hard = r.hardBounce ? ' · hard bounce: stop sending to this address' : '';
      if (c === '5') return `Permanent failure${hard}`;
      if (c === '4') return 'Temporary failure: given up after retries';
      return r.hardBounce ? `Failed${hard}` : 'Failed';
    }
    case 'delay':
      return 'Delayed: the server is still retrying';
    case 'delivered':
      return 'Delivered';
    case 'feedback':
      return 'Spam complaint (feedback report)';
    case 'auto-reply':
      return 'Automatic reply';
    default:
      return 'Unknown outcome';
  }
}

function reasonSummary(reason: string): string {
  return isReasonId(reason) ? REASONS[reason].summary : '';
}

/**
 * The knowledge-base entry that explains a record: the one its `kbId` names; else the best
 * match that agrees with the record's reason (the parser decided the reason with the whole
 * report in view, so an entry about something else would mislead); else none. With no record
 * reason to check against (`reason` null: a bare code), the best match.
 */
export function pickMatch(matches: readonly ExplainMatch[], kbId: string | null, reason: string | null = null): ExplainMatch | null {
  if (kbId !== null) {
    const named = matches.find((m) => m.id === kbId);
    if (named !== undefined) return named;
  }
  if (reason === null) return matches[0] ?? null;
  return matches.find((m) => m.reason === reason) ?? null;
}

function kbView(m: ExplainMatch | null): RecipientCard['kb'] {
  return m === null ? null : { id: m.id, title: m.title, source: m.source, references: [...m.references] };
}

function alternatives(matches: readonly ExplainMatch[], chosen: ExplainMatch | null): RecipientCard['alternatives'] {
  return matches.filter((m) => m !== chosen).slice(0, 4).map((m) => ({ id: m.id, title: m.title }));
}

/** Longest reply line shown. */
const MAX_REPLY = 1000;

/** Occurrences of the needle looked at when choosing the reply line. */
const MAX_OCCURRENCES = 50;

/**
 * The line of `input` that holds `needle` (the reply the match was found by), trimmed: of the
 * lines that hold it, the longest (`Diagnostic-Code: smtp; 550 5.1.1 ...` rather than
 * `Status: 5.1.1`). The whole input when there is no needle or it is not found. Bounded by
 * {@link MAX_REPLY}.
 */
export function replyLine(input: string, needle: string): string {
  let line = input;
  if (needle !== '') {
    let best = '';
    let from = 0;
    for (let n = 0; n < MAX_OCCURRENCES; n++) {
      const at = input.indexOf(needle, from);
      if (at === -1) break;
      const start = input.lastIndexOf('\n', at) + 1;
      const nl = input.indexOf('\n', at);
      const end = nl === -1 ? input.length : nl;
      const candidate = input.slice(start, Math.min(end, start + MAX_REPLY + 1)).trim();
      if (candidate.length > best.length) best = candidate;
      from = end + 1;
    }
    if (best !== '') line = best;
  }
  line = line.trim();
  return line.length > MAX_REPLY ? `${line.slice(0, MAX_REPLY)}…` : line;
}

/**
 * Cards for input explained by `explain` alone (a code, a reply line, NDR text the parser did
 * not read): the best match explains it; when the text is an NDR that names its failed
 * recipients and servers, one card per recipient with those servers.
 */
export function cardsFromExplain(result: ExplainResult): RecipientCard[] {
  const m = result.matches[0] ?? null;
  const code = result.codes[0] ?? { enhanced: '', basic: '' };
  const owner: Owner = m?.owner ?? 'none';
  const ndr = result.ndr;
  const base: RecipientCard = {
    recipient: null,
    kind: 'code',
    verdict: verdictOfCode(code.enhanced, code.basic),
    status: code.enhanced,
    replyCode: code.basic,
    diagnosticCode: replyLine(result.input, m?.matchedText || m?.matchedCode || code.enhanced || code.basic),
    remoteMta: ndr?.remoteServer ?? '',
    reportingMta: ndr?.generatingServer ?? '',
    command: '',
    date: '',
    reason: m?.reason ?? '',
    reasonSummary: m ? reasonSummary(m.reason) : '',
    cause: m ? firstSentence(m.cause) : 'No knowledge-base entry matches this input.',
    owner,
    fixForSender: m?.fix.sender ?? DEFAULT_SENDER_FIX[owner],
    adminFixes: adminFixes(m?.fix),
    kb: kbView(m),
    alternatives: alternatives(result.matches, m),
    evidence: m?.ownerNote ? [{ where: 'fix-it owner', text: m.ownerNote }] : [],
  };
  const recipients = ndr?.recipients ?? [];
  if (recipients.length === 0) return [base];
  return recipients.slice(0, 100).map((r) => ({ ...base, recipient: r, kind: 'bounce' }));
}

/**
 * A card for one delivery record, explained by `matches` (explainReply() run over the record's
 * status, reply and remote server).
 */
export function cardFromRecord(record: DeliveryRecord, matches: readonly ExplainMatch[]): RecipientCard {
  const m = pickMatch(matches, record.kbId, record.reason);
  const owner = record.owner;
  const summary = reasonSummary(record.reason);
  return {
    recipient: record.recipient,
    kind: record.kind,
    verdict: verdictOfRecord(record),
    status: record.status,
    replyCode: record.replyCode,
    diagnosticCode: record.diagnosticCode,
    remoteMta: record.remoteMta,
    reportingMta: record.reportingMta,
    command: record.command,
    date: record.date,
    reason: record.reason,
    reasonSummary: summary,
    cause: m ? firstSentence(m.cause) : summary || 'No cause could be determined from this report.',
    owner,
    fixForSender: m?.fix.sender ?? DEFAULT_SENDER_FIX[owner],
    adminFixes: adminFixes(m?.fix),
    kb: kbView(m),
    alternatives: alternatives(matches, m),
    evidence: (record.evidence ?? []).map((e) => ({ where: e.where, text: e.text })),
  };
}

/** What explainReply() is told about a record. */
export function replyFactsOf(record: DeliveryRecord): ReplyFacts {
  return {
    status: record.status,
    replyCode: record.replyCode,
    text: record.diagnosticCode,
    remoteMta: record.remoteMta,
    ...(record.recipient === null ? {} : { recipient: record.recipient }),
  };
}
