/**
 * The shape of one language's texts for the human-readable part of a report. The texts are data,
 * written in the project's own words; `{name}` marks a value filled in at composition time.
 */
import type { Owner, ReasonId } from '../../kb/reasons.js';

/** The three outcomes the human part is written for (relayed/expanded read as delivered). */
export type Outcome = 'failed' | 'delayed' | 'delivered';

/** One language's texts. */
export interface NdrTexts {
  /** Subject prefix, e.g. `Undeliverable`. */
  readonly subjectPrefix: Readonly<Record<Outcome, string>>;
  /** Headline of the report. */
  readonly title: Readonly<Record<Outcome, string>>;
  /** First sentence; `{recipients}` is the list of addresses. */
  readonly lead: Readonly<Record<Outcome, string>>;
  /** `{server}` answered (introduces the server's reply). */
  readonly serverSaid: string;
  readonly headings: {
    readonly cause: string;
    readonly owner: string;
    readonly fix: string;
    readonly admin: string;
    readonly hops: string;
    readonly original: string;
  };
  /** Names of the three parties of the fix-it owner graphic. */
  readonly parties: { readonly sender: string; readonly service: string; readonly recipient: string };
  /** Marker under the party that must act. */
  readonly actionRequired: string;
  /** Marker under the sending service while it keeps retrying a delayed message. */
  readonly retryingMark: string;
  /** Who must act, in one sentence, per owner. */
  readonly owner: Readonly<Record<Owner, string>>;
  /** The owner line for a delivered message. */
  readonly ownerDelivered: string;
  /** Advice for the sender when the knowledge base has none in this language, per owner. */
  readonly fix: Readonly<Record<Owner, string>>;
  readonly fixDelivered: string;
  /** For delays: `{date}` is Will-Retry-Until. */
  readonly retryUntil: string;
  /** For delays without a retry deadline. */
  readonly retrying: string;
  /** Meaning of the status class (first digit). */
  readonly classMeaning: Readonly<Record<'2' | '4' | '5', string>>;
  /** Meaning of the status subject (second number), `0`-`7`. */
  readonly subjectMeaning: Readonly<Record<'0' | '1' | '2' | '3' | '4' | '5' | '6' | '7', string>>;
  /** The cause in everyday words, per reason id. */
  readonly reasons: Readonly<Record<ReasonId, string>>;
  readonly labels: {
    readonly recipient: string;
    readonly originalRecipient: string;
    readonly action: string;
    readonly reportingServer: string;
    readonly remoteServer: string;
    readonly status: string;
    readonly replyCode: string;
    readonly command: string;
    readonly serverReply: string;
    readonly lastAttempt: string;
    readonly retryUntil: string;
    readonly arrival: string;
    readonly reason: string;
    readonly kbEntry: string;
    readonly references: string;
    readonly senderAdminAdvice: string;
    readonly recipientAdminAdvice: string;
    readonly serviceAdvice: string;
    readonly subject: string;
    readonly from: string;
    readonly to: string;
    readonly date: string;
    readonly messageId: string;
    readonly hopTime: string;
    readonly hopDelay: string;
    readonly hopFrom: string;
    readonly hopBy: string;
    readonly hopWith: string;
    /** Said after a negative delay between two hops. */
    readonly clockSkew: string;
  };
  /** Names of the RFC 3464 actions. */
  readonly actions: Readonly<Record<'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded', string>>;
  /** Said when the original's headers held no Received hops. */
  readonly noHops: string;
  /** Said when knowledge-base details are shown in English in another language. */
  readonly inEnglish: string;
  /** Notes about the returned original; `{size}` and `{limit}` are byte counts made readable. */
  readonly originalNotes: {
    readonly tooLarge: string;
    readonly headersCut: string;
    readonly notMimeSafe: string;
    readonly headersOnly: string;
    readonly full: string;
    readonly none: string;
  };
  /** Last line; `{service}` is the reporting service. */
  readonly footer: string;
}
