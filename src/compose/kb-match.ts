/**
 * Finds the knowledge-base explanation of one recipient's failure or delay, through the explain
 * engine (`explainReply`): the status, the reply code, the server's words, the server and the
 * recipient (which decides who must act when the refusing server is the recipient's own).
 */
import { mtaHost } from '../dsn/delivery-status.js';
import { explainReply } from '../explain/explain.js';
import { DISTINCTIVE_LITERAL_TO_EXPLAIN, SERVICE_HOSTS, SERVICE_OF_SOURCE } from '../kb/provider-hosts.js';
import type { ExplainMatch } from '../types.js';
import type { CheckedRecipient } from './validate.js';

/**
 * The best knowledge-base match for a recipient, or null (delivered messages need none).
 *
 * A service's entries (Exchange Online, Gmail, ...) describe that service's own servers: its
 * queues, connectors and policies. One is used when the reporting or remote server belongs to that
 * service, or when the server's words match one of the entry's distinctive reply texts
 * (`DISTINCTIVE_LITERAL_TO_EXPLAIN` long); otherwise
 * the best entry that describes no one service (the code's registry meaning) explains it better.
 */
export function findKbMatch(r: CheckedRecipient, reportingMta: string): ExplainMatch | null {
  if (r.action !== 'failed' && r.action !== 'delayed') return null;
  const remote = mtaHost(r.remoteMta);
  const reporting = mtaHost(reportingMta);
  // The server's own codes only: an X.0.0 written because RFC 3464 requires a Status says nothing
  // about the cause, and would rank the registry's "undefined status" above the reply's meaning.
  const matches = explainReply({ status: r.statusGiven ? r.status : '', replyCode: r.replyCode, text: r.diagnosticText, remoteMta: remote, recipient: r.recipient });
  const fits = (m: ExplainMatch): boolean => {
    const service = SERVICE_OF_SOURCE.get(m.source);
    const hosts = service === undefined ? undefined : SERVICE_HOSTS.get(service);
    if (hosts === undefined) return true;
    return hosts.test(remote) || hosts.test(reporting) || m.matchedText.length >= DISTINCTIVE_LITERAL_TO_EXPLAIN;
  };
  return matches.find(fits) ?? matches[0] ?? null;
}
