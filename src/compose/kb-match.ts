/**
 * Finds the knowledge-base explanation of one recipient's failure or delay, through the explain
 * engine (`explainReply`): the status, the reply code, the server's words, the server and the
 * recipient (which decides who must act when the refusing server is the recipient's own).
 */
import { explainReply } from '../explain/explain.js';
import type { ExplainMatch } from '../types.js';
import type { CheckedRecipient } from './validate.js';

/** Host names of each mail service whose knowledge-base entries describe its own servers. */
const PROVIDER_HOSTS: ReadonlyMap<string, RegExp> = new Map([
  ['microsoft', /(?:^|\.)(?:outlook\.com|office365\.com|hotmail\.com|microsoft\.com|exchangelabs\.com|outlook\.cn)\.?$/i],
  ['google', /(?:^|\.)(?:google\.com|googlemail\.com|gmail\.com)\.?$/i],
  ['yahoo', /(?:^|\.)(?:yahoo\.com|yahoodns\.net|aol\.com)\.?$/i],
]);

/** The service each knowledge-base source describes; the registry sources describe no one service. */
const PROVIDER_OF_SOURCE: ReadonlyMap<string, string> = new Map([
  ['exchange-online', 'microsoft'],
  ['exchange-server', 'microsoft'],
  ['outlook-com', 'microsoft'],
  ['gmail', 'google'],
  ['yahoo', 'yahoo'],
]);

/**
 * Shortest matched reply text that identifies a service's entry on its own. A distinctive phrase
 * (`Client was not authenticated`) does; a generic one (`User unknown`) is said by every system.
 */
const DISTINCTIVE_TEXT = 20;

/**
 * The example reply texts of RFC 5321 (sections 4.2.2 and 4.2.3), lower case. Many servers answer
 * with them word for word, so a service's entry that lists one (Outlook.com's 550 "Requested action
 * not taken: mailbox unavailable") is not identified by it.
 */
const RFC5321_TEXTS: readonly string[] = [
  'service not available, closing transmission channel',
  'requested mail action not taken: mailbox unavailable',
  'requested action aborted: local error in processing',
  'requested action not taken: insufficient system storage',
  'server unable to accommodate parameters',
  'syntax error, command unrecognized',
  'syntax error in parameters or arguments',
  'command not implemented',
  'bad sequence of commands',
  'command parameter not implemented',
  'requested action not taken: mailbox unavailable',
  'user not local; please try',
  'requested mail action aborted: exceeded storage allocation',
  'requested action not taken: mailbox name not allowed',
  'transaction failed',
  'mail from/rcpt to parameters not recognized or not implemented',
];

/** Whether a matched reply text identifies its service: long enough and not RFC 5321's own words. */
function isDistinctive(text: string): boolean {
  if (text.length < DISTINCTIVE_TEXT) return false;
  // the words after the codes the literal opens with (`550 5.5.0 Requested action ...`)
  const t = text.toLowerCase().trim().replace(/^[245]\d\d[ -]?(?:[245]\.\d{1,3}\.\d{1,3} ?)?/, '');
  return !RFC5321_TEXTS.some((generic) => generic.includes(t));
}

/** The host part of a Remote-MTA value (`mx.example.jp [192.0.2.1]` -> `mx.example.jp`). */
function hostOf(value: string): string {
  const space = value.indexOf(' ');
  return space < 0 ? value : value.slice(0, space);
}

/**
 * The best knowledge-base match for a recipient, or null (delivered messages need none).
 *
 * A service's entries (Exchange Online, Gmail, ...) describe that service's own servers: its
 * queues, connectors and policies. One is used when the reporting or remote server belongs to that
 * service, or when the server's words match one of the entry's distinctive reply texts (long, and
 * not one of RFC 5321's example replies); otherwise
 * the best entry that describes no one service (the code's registry meaning) explains it better.
 */
export function findKbMatch(r: CheckedRecipient, reportingMta: string): ExplainMatch | null {
  if (r.action !== 'failed' && r.action !== 'delayed') return null;
  const remote = hostOf(r.remoteMta);
  // The server's own codes only: an X.0.0 written because RFC 3464 requires a Status says nothing
  // about the cause, and would rank the registry's "undefined status" above the reply's meaning.
  const matches = explainReply({ status: r.statusGiven ? r.status : '', replyCode: r.replyCode, text: r.diagnosticText, remoteMta: remote, recipient: r.recipient });
  const fits = (m: ExplainMatch): boolean => {
    const provider = PROVIDER_OF_SOURCE.get(m.source);
    if (provider === undefined) return true;
    const hosts = PROVIDER_HOSTS.get(provider)!;
    return hosts.test(remote) || hosts.test(reportingMta) || isDistinctive(m.matchedText);
  };
  return matches.find(fits) ?? matches[0] ?? null;
}
