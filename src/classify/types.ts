/**
 * Shapes of the classification mechanism: what a rule can test and what classification returns.
 * Rules are data: tables in `rules/`, tried in the order `rules/index.ts` gives.
 */
import type { Owner, ReasonId } from '../kb/reasons.js';

/** What classification looks at for one recipient. */
export interface ClassifyInput {
  /** Normalised enhanced status code or "". */
  readonly status: string;
  /** Basic reply code or "". */
  readonly replyCode: string;
  /** The server's words (diagnostic code); may be "". */
  readonly text: string;
  readonly remoteMta: string;
  readonly reportingMta: string;
  /** CONN, HELO, EHLO, MAIL, RCPT, DATA, ... or "". */
  readonly command: string;
  /** RFC 3464 action, lower case. */
  readonly action: string;
  /** The Diagnostic-Code's type (`smtp`, `x-unix`, ...), lower case, when the report states one. */
  readonly diagnosticType?: string;
  /** Id of the detector that read the record. */
  readonly detector: string;
  /** The failed recipient, when known (the knowledge base uses it to tell who must act). */
  readonly recipient?: string;
  /** Reason the detector read from the report itself, if any. */
  readonly detectorReason?: ReasonId;
}

/**
 * One classification rule. Every condition given must hold (AND); within a list any item may
 * match (OR). A rule with no condition matches everything (use it only as a table's last row).
 *
 * - `status`: enhanced codes. `5.1.1` exact; `x.1.1` either class; `5.7.*` any detail; `x.1.*`
 *   any detail of either class.
 * - `replyCode`: basic codes, exact (`550`) or by class (`5xx`).
 * - `text`: lower-case substrings of the diagnostic text (any of them).
 * - `words`: the same, outside host names, addresses and links.
 * - `notText`: lower-case substrings that veto the rule.
 * - `notStatus`: status patterns that veto the rule (`x.1.*`: any address status of either class).
 * - `command: ['']` matches a record whose failed command is unknown.
 * - `remoteMta`: host name suffixes of the remote (or reporting) MTA, lower case (`.google.com`,
 *   `protection.outlook.com`); a bare name matches itself and its subdomains.
 * - `command`, `action`, `detector`, `diagnosticType`: exact values.
 */
export interface Rule {
  /** Stable id, unique in its table, e.g. `text-mailbox-full`. Appears in record evidence. */
  readonly id: string;
  readonly reason: ReasonId;
  readonly status?: readonly string[];
  readonly replyCode?: readonly string[];
  readonly text?: readonly string[];
  /**
   * Like `text`, but looked for only in the words of the reply: host names, addresses, links
   * and message ids are blanked first. For generic words ('spam', 'filter', 'policy',
   * 'blocked') that also occur inside names such as `spamfilter.example.net` or `/policy.html`.
   */
  readonly words?: readonly string[];
  readonly notText?: readonly string[];
  /** Status patterns (as `status`) that veto the rule; a record with no status is not vetoed. */
  readonly notStatus?: readonly string[];
  readonly remoteMta?: readonly string[];
  readonly command?: readonly string[];
  readonly action?: readonly string[];
  /** Diagnostic-Code types, exact (`x-unix`: the words are a local delivery program's). */
  readonly diagnosticType?: readonly string[];
  readonly detector?: readonly string[];
  /** Overrides the reason's default hard/soft for records this rule classifies. */
  readonly hard?: boolean;
  /** Overrides the default owner of the reason. */
  readonly owner?: Owner;
}

/** A named, ordered table of rules. */
export interface RuleTable {
  readonly id: string;
  /** One line: what the table decides and why it sits where it does in the order. */
  readonly description: string;
  readonly rules: readonly Rule[];
}

/** What classification decides for one record. */
export interface Classification {
  readonly reason: ReasonId;
  readonly hardBounce: boolean;
  readonly owner: Owner;
  /** The knowledge-base entry that explains the record, or null. */
  readonly kbId: string | null;
  /** What decided: `detector`, `kb:<id>`, `rule:<table>/<rule>`, or `default`. */
  readonly decidedBy: string;
}
