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
 * service, or when the server's words match one of the entry's distinctive reply texts; otherwise
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
    return hosts.test(remote) || hosts.test(reportingMta) || m.matchedText.length >= DISTINCTIVE_TEXT;
  };
  return matches.find(fits) ?? matches[0] ?? null;
}
