/**
 * The page's view model: what the worker sends back and the renderer draws. Built from the
 * library's results (ExplainResult, ParseResult, HeaderAnalysis) by view-model.ts; plain data,
 * so it crosses the worker boundary as is. Every string in it is untrusted text.
 */
import type { Owner } from '../kb/reasons.js';
import type { InputKind } from './input-kind.js';

/** The knowledge-base entry behind a card. */
export interface KbView {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly references: readonly string[];
}

/** What one party can do, for the admin section. */
export interface PartyFix {
  readonly party: string;
  readonly text: string;
}

/** One failed (or delayed, or reported) recipient, laid out like a modern Exchange NDR. */
export interface RecipientCard {
  /** The recipient address, or null when the input named none (a bare code). */
  readonly recipient: string | null;
  /** `bounce`, `delay`, `delivered`, `feedback`, `auto-reply`, or `code` for a bare code. */
  readonly kind: string;
  /** `Permanent failure`, `Temporary failure`, ... */
  readonly verdict: string;
  readonly status: string;
  readonly replyCode: string;
  readonly diagnosticCode: string;
  readonly remoteMta: string;
  readonly reportingMta: string;
  readonly command: string;
  readonly date: string;
  readonly reason: string;
  readonly reasonSummary: string;
  /** One sentence. */
  readonly cause: string;
  readonly owner: Owner;
  /** For the person who sent the message. */
  readonly fixForSender: string;
  /** For the admins: each party's part. */
  readonly adminFixes: readonly PartyFix[];
  readonly kb: KbView | null;
  /** Other knowledge-base entries that also match, best first. */
  readonly alternatives: readonly { readonly id: string; readonly title: string }[];
  readonly evidence: readonly { readonly where: string; readonly text: string }[];
}

/** One hop of the original message's path. */
export interface HopView {
  readonly from: string;
  readonly by: string;
  readonly with: string;
  readonly date: string;
  /** Seconds since the previous hop, or null when unknown. */
  readonly delaySeconds: number | null;
  readonly provider: string | null;
}

/** One authentication result: SPF, DKIM, DMARC, ARC, compauth. */
export interface AuthRow {
  readonly method: string;
  /** `pass`, `fail`, `softfail`, `none`, ... or "" when absent. */
  readonly result: string;
  readonly detail: string;
}

/** One diagnosis from the header analysis. */
export interface FindingView {
  readonly id: string;
  readonly severity: string;
  readonly title: string;
  readonly detail: string;
  readonly owner: string;
  readonly fix: string;
  readonly evidence: readonly string[];
}

/** The header analysis of one message. */
export interface HeadersView {
  readonly summary: readonly { readonly label: string; readonly value: string }[];
  readonly hops: readonly HopView[];
  readonly totalDelaySeconds: number | null;
  readonly auth: readonly AuthRow[];
  readonly alignment: readonly { readonly label: string; readonly value: string }[];
  /** Anti-spam verdicts in plain words (Microsoft's SCL, SFV, BCL, CAT stamps). */
  readonly antispam: readonly string[];
  readonly findings: readonly FindingView[];
  readonly warnings: readonly string[];
}

/** One input message (a paste or a dropped file) and what was found in it. */
export interface MessageView {
  /** File name, or "" for a paste. */
  readonly file: string;
  readonly subject: string;
  readonly cards: readonly RecipientCard[];
  /** The header analysis of the original message (or of the pasted header block). */
  readonly headers: HeadersView | null;
  readonly warnings: readonly string[];
}

/** The whole answer for one input. */
export interface Diagnosis {
  readonly kind: InputKind;
  readonly messages: readonly MessageView[];
  /** The library's results, as `ndr --json` prints them, for the JSON export. */
  readonly json: unknown;
}
