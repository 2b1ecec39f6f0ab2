/**
 * The report as the human-readable part presents it: everything the text and HTML writers need,
 * already chosen, localised and formatted, so the two writers only differ in markup.
 */
import type { Owner } from '../kb/reasons.js';
import type { KbFix } from '../kb/types.js';
import { formatHumanDate } from './dates.js';
import type { RecipientExplanation } from './explanation.js';
import { fillText, NDR_TEXTS } from './locales/index.js';
import type { NdrTexts, Outcome } from './locales/index.js';
import type { OriginalNote } from './original-message.js';
import type { NdrLocale } from './types.js';
import type { CheckedOptions, CheckedRecipient } from './validate.js';

/** One Received hop of the original, formatted. */
export interface HopView {
  readonly time: string;
  readonly delay: string;
  readonly from: string;
  readonly by: string;
  readonly with: string;
}

/** How a party of the fix-it owner graphic is marked. */
export type PartyMark = 'act' | 'retrying' | 'delivered' | '';

/** A labelled value in the admin section. */
export interface Fact {
  readonly label: string;
  readonly value: string;
  /** Shown in a monospace box (codes, replies, host names). */
  readonly code?: boolean;
}

/** What the human part says about one recipient. */
export interface RecipientView {
  readonly address: string;
  readonly outcome: Outcome;
  /** The server that answered (remote MTA, else the reporting MTA) and its reply, if any. */
  readonly serverSaid: string;
  readonly reply: string;
  readonly cause: string;
  readonly owner: Owner;
  /** How each party of the graphic (sender, sending service, recipient's side) is marked. */
  readonly partyMarks: readonly [PartyMark, PartyMark, PartyMark];
  readonly ownerLine: string;
  readonly fix: string;
  readonly retry: string;
  /** Labels of the three parties, with the servers where known. */
  readonly parties: readonly [string, string, string];
  readonly facts: readonly Fact[];
  /** Advice for admins and the service, labelled. */
  readonly advice: readonly Fact[];
  /** The knowledge base's English cause, for non-English reports. */
  readonly causeInEnglish: string;
  readonly references: readonly string[];
}

/** The whole human-readable report. */
export interface ReportView {
  readonly locale: NdrLocale;
  readonly texts: NdrTexts;
  readonly outcome: Outcome;
  readonly title: string;
  readonly lead: string;
  readonly serviceName: string;
  readonly recipients: readonly RecipientView[];
  readonly original: readonly Fact[];
  readonly originalNote: string;
  /** `null` when the hops are not known (no header analysis); `[]` when there are none. */
  readonly hops: readonly HopView[] | null;
  readonly footer: string;
}

/** The outcome a recipient's action reads as. */
export function outcomeOf(action: CheckedRecipient['action']): Outcome {
  return action === 'failed' ? 'failed' : action === 'delayed' ? 'delayed' : 'delivered';
}

/** How each SMTP command is written for people. */
const COMMAND_NAMES: Readonly<Record<string, string>> = { CONN: 'connection', MAIL: 'MAIL FROM', RCPT: 'RCPT TO' };

const PARTY_OF_OWNER: Readonly<Record<Owner, number>> = { sender: 0, 'sender-admin': 1, service: 1, 'recipient-admin': 2, none: -1 };

/** Formats a byte count for people (`30 MB`, `256 KB`). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The domain of an address. */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

function recipientView(o: CheckedOptions, r: CheckedRecipient, e: RecipientExplanation, t: NdrTexts): RecipientView {
  const outcome = outcomeOf(r.action);
  const server = r.remoteMta !== '' ? r.remoteMta : o.reportingMta;
  const facts: Fact[] = [{ label: t.labels.recipient, value: r.recipient, code: true }];
  if (r.originalRecipient !== '' && r.originalRecipient !== r.recipient) facts.push({ label: t.labels.originalRecipient, value: r.originalRecipient, code: true });
  facts.push({ label: t.labels.action, value: t.actions[r.action] });
  facts.push({ label: t.labels.status, value: r.status, code: true });
  if (r.replyCode !== '') facts.push({ label: t.labels.replyCode, value: r.replyCode, code: true });
  if (r.command !== '') facts.push({ label: t.labels.command, value: COMMAND_NAMES[r.command] ?? r.command, code: true });
  facts.push({ label: t.labels.reportingServer, value: o.reportingMta, code: true });
  if (r.remoteMta !== '') facts.push({ label: t.labels.remoteServer, value: r.remoteMta, code: true });
  if (r.diagnosticText !== '') facts.push({ label: t.labels.serverReply, value: r.diagnosticText, code: true });
  if (r.lastAttemptDate) facts.push({ label: t.labels.lastAttempt, value: formatHumanDate(r.lastAttemptDate) });
  if (r.willRetryUntil) facts.push({ label: t.labels.retryUntil, value: formatHumanDate(r.willRetryUntil) });
  if (e.reason !== null) facts.push({ label: t.labels.reason, value: e.reason, code: true });
  if (e.kbId !== '') facts.push({ label: t.labels.kbEntry, value: e.title !== '' ? `${e.kbId} (${e.title})` : e.kbId });

  const advice: Fact[] = [];
  if (e.ownerNote !== '') advice.push({ label: t.headings.owner, value: e.ownerNote });
  const fix: KbFix = e.fix;
  if (fix.senderAdmin) advice.push({ label: t.labels.senderAdminAdvice, value: fix.senderAdmin });
  if (fix.recipientAdmin) advice.push({ label: t.labels.recipientAdminAdvice, value: fix.recipientAdmin });
  if (fix.service) advice.push({ label: t.labels.serviceAdvice, value: fix.service });

  let retry = '';
  if (outcome === 'delayed') retry = r.willRetryUntil ? fillText(t.retryUntil, { date: formatHumanDate(r.willRetryUntil) }) : t.retrying;

  return {
    address: r.recipient,
    outcome,
    serverSaid: r.diagnosticText !== '' ? fillText(t.serverSaid, { server }) : '',
    reply: r.diagnosticText,
    cause: e.cause,
    owner: e.owner,
    partyMarks: [0, 1, 2].map((i): PartyMark => {
      if (outcome === 'failed') return i === PARTY_OF_OWNER[e.owner] ? 'act' : '';
      if (outcome === 'delayed') return i === 1 ? 'retrying' : '';
      return i === 2 ? 'delivered' : '';
    }) as [PartyMark, PartyMark, PartyMark],
    ownerLine: outcome === 'delivered' ? t.ownerDelivered : t.owner[e.owner],
    fix: e.fixSender,
    retry,
    parties: [t.parties.sender, `${t.parties.service} (${o.reportingMta})`, `${t.parties.recipient} (${r.remoteMta !== '' ? r.remoteMta : domainOf(r.recipient)})`],
    facts,
    advice,
    causeInEnglish: e.causeInEnglish,
    references: e.references.filter((u) => /^https?:\/\/[^\s"'<>]+$/.test(u)),
  };
}

/** What the report knows about the original message, for the view. */
export interface OriginalSummary {
  readonly subject: string;
  readonly from: string;
  readonly to: string;
  readonly date: string;
  readonly messageId: string;
  readonly returned: 'full' | 'headers' | 'none';
  readonly notes: readonly OriginalNote[];
  readonly size: number;
}

/**
 * Builds the view of the human-readable part. `explanations[i]` belongs to `o.recipients[i]`.
 */
export function buildReportView(
  o: CheckedOptions,
  explanations: readonly RecipientExplanation[],
  original: OriginalSummary,
  hops: readonly HopView[] | null,
): ReportView {
  const t = NDR_TEXTS[o.locale];
  const outcomes = o.recipients.map((r) => outcomeOf(r.action));
  const outcome: Outcome = outcomes.includes('failed') ? 'failed' : outcomes.includes('delayed') ? 'delayed' : 'delivered';
  const addresses = o.recipients.filter((r) => outcomeOf(r.action) === outcome).map((r) => r.recipient);
  const shown = addresses.length > 3 ? [...addresses.slice(0, 3), `(+${addresses.length - 3})`] : addresses;

  const facts: Fact[] = [];
  if (original.subject !== '') facts.push({ label: t.labels.subject, value: original.subject });
  if (original.from !== '') facts.push({ label: t.labels.from, value: original.from });
  if (original.to !== '') facts.push({ label: t.labels.to, value: original.to });
  if (original.date !== '') facts.push({ label: t.labels.date, value: original.date });
  if (original.messageId !== '') facts.push({ label: t.labels.messageId, value: original.messageId, code: true });
  if (o.arrivalDate) facts.push({ label: t.labels.arrival, value: formatHumanDate(o.arrivalDate) });

  const notes: string[] = [];
  const values = { size: formatSize(original.size), limit: formatSize(o.maxOriginalBytes) };
  for (const n of original.notes) notes.push(fillText(t.originalNotes[n], values));
  notes.push(t.originalNotes[original.returned === 'full' ? 'full' : original.returned === 'headers' ? 'headersOnly' : 'none']);

  return {
    locale: o.locale,
    texts: t,
    outcome,
    title: t.title[outcome],
    lead: fillText(t.lead[outcome], { recipients: shown.join(', ') }),
    serviceName: o.serviceName,
    recipients: o.recipients.map((r, i) => recipientView(o, r, explanations[i]!, t)),
    original: facts,
    originalNote: notes.join(' '),
    hops,
    footer: fillText(t.footer, { service: o.serviceName }),
  };
}
